import type { z } from "@hono/zod-openapi";
import { DOMAINS } from "../../../shared/vocabulary";
import type { Radar } from "./technologies.schema";

const SIZE = 800;
const CENTER = SIZE / 2;
const RADIUS = 360;
const MOVEMENT_MARK: Record<string, string> = { new: "★ ", "moved-in": "▲ ", "moved-out": "▼ ", none: "" };

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/** A stable number in [0, 1) from a string, so a blip keeps its place between renders. */
function unit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * The radar as a self-contained SVG: one ring per radar ring (adopt innermost), one sector per
 * domain, each blip placed inside its ring and sector at a position derived from its id, and
 * labelled with its title (★ new, ▲ moved in, ▼ moved out).
 */
export function radarSvg(radar: z.output<typeof Radar>): string {
  const ringWidth = RADIUS / radar.rings.length;
  const sector = (2 * Math.PI) / DOMAINS.length;
  const rings = radar.rings.map((ring, k) => {
    const outer = (k + 1) * ringWidth;
    const labelY = CENTER - (k * ringWidth + ringWidth / 2);
    return `<circle cx="${CENTER}" cy="${CENTER}" r="${outer}" fill="none" stroke="#bbb"/><text x="${CENTER + 4}" y="${labelY}" font-size="12" fill="#555">${escapeXml(ring)}</text>`;
  });
  const spokes = DOMAINS.map((domain, i) => {
    const a = i * sector;
    const x = CENTER + RADIUS * Math.cos(a);
    const y = CENTER + RADIUS * Math.sin(a);
    const lx = CENTER + (RADIUS + 14) * Math.cos(a + sector / 2);
    const ly = CENTER + (RADIUS + 14) * Math.sin(a + sector / 2);
    return `<line x1="${CENTER}" y1="${CENTER}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#ddd"/><text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="11" text-anchor="middle" fill="#333">${domain}</text>`;
  });
  const blips = radar.blips.map((b) => {
    const ringIndex = radar.rings.indexOf(b.ring);
    const inner = ringIndex * ringWidth;
    const r = inner + ringWidth * (0.2 + 0.6 * unit(`${b.id}:r`));
    const a = DOMAINS.indexOf(b.domain) * sector + sector * (0.1 + 0.8 * unit(`${b.id}:a`));
    const x = (CENTER + r * Math.cos(a)).toFixed(1);
    const y = (CENTER + r * Math.sin(a)).toFixed(1);
    const title = `${MOVEMENT_MARK[b.movement] ?? ""}${b.title}`;
    return `<g><circle cx="${x}" cy="${y}" r="5" fill="#1f6feb"/><text x="${x}" y="${y}" dx="7" dy="4" font-size="11">${escapeXml(title)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img">`,
    `<title>Technology radar as of ${escapeXml(radar.asOf)}</title>`,
    ...rings,
    ...spokes,
    ...blips,
    "</svg>",
  ].join("\n");
}
