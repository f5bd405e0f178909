import { DOMAIN_LABELS, QUADRANTS, RING_LABELS, RINGS, STATUS_LABELS } from "../../../../shared/vocabulary";
import type { Dataset, ExportTechnologyRow } from "../export-v1";
import { topRisks } from "./markdown";

const esc = (s: string | null | undefined) =>
  (s ?? "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const SIZE = 640;
const CENTER = SIZE / 2;
const RING_RADII = [90, 160, 230, 300];
const RING_COLOURS = ["#2e7d32", "#1565c0", "#ef6c00", "#c62828"];

/** A stable number in [0, 1) from a string, so a blip sits in the same place in every report. */
function unit(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function blipPosition(t: ExportTechnologyRow, quadrantIndex: number) {
  const ring = RINGS.indexOf(t.ring);
  const inner = ring === 0 ? 15 : (RING_RADII[ring - 1] ?? 0) + 10;
  const outer = (RING_RADII[ring] ?? 300) - 10;
  const r = inner + unit(t.id, 1) * (outer - inner);
  const start = (quadrantIndex * Math.PI) / 2;
  const angle = start + 0.12 + unit(t.id, 2) * (Math.PI / 2 - 0.24);
  return { x: CENTER + r * Math.cos(angle), y: CENTER - r * Math.sin(angle) };
}

/** The radar drawing as inline SVG: four rings, four quadrants, one numbered blip per technology. */
export function radarSvg(d: Dataset): string {
  const parts: string[] = [];
  for (let i = RING_RADII.length - 1; i >= 0; i--) {
    parts.push(
      `<circle cx="${CENTER}" cy="${CENTER}" r="${RING_RADII[i]}" fill="${RING_COLOURS[i]}" fill-opacity="0.08" stroke="#999"/>`,
      `<text x="${CENTER + 4}" y="${CENTER - (RING_RADII[i] ?? 0) + 14}" class="ring">${RING_LABELS[RINGS[i] ?? "hold"]}</text>`,
    );
  }
  parts.push(
    `<line x1="${CENTER}" y1="10" x2="${CENTER}" y2="${SIZE - 10}" stroke="#999"/>`,
    `<line x1="10" y1="${CENTER}" x2="${SIZE - 10}" y2="${CENTER}" stroke="#999"/>`,
  );
  const corners = [
    [SIZE - 12, 22, "end"],
    [12, 22, "start"],
    [12, SIZE - 12, "start"],
    [SIZE - 12, SIZE - 12, "end"],
  ] as const;
  QUADRANTS.forEach((q, i) => {
    const [x, y, anchor] = corners[i] ?? corners[0];
    parts.push(`<text x="${x}" y="${y}" text-anchor="${anchor}" class="quadrant">${esc(q.name)}</text>`);
  });
  d.technologies.forEach((t, n) => {
    const qi = Math.max(
      0,
      QUADRANTS.findIndex((q) => q.name === t.quadrant),
    );
    const { x, y } = blipPosition(t, qi);
    const colour = RING_COLOURS[RINGS.indexOf(t.ring)];
    parts.push(
      `<g class="blip"><title>${esc(t.title)} (${RING_LABELS[t.ring]})</title><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="7" fill="${colour}"/>` +
        (d.technologies.length <= 200
          ? `<text x="${x.toFixed(1)}" y="${(y + 3).toFixed(1)}" text-anchor="middle" class="num">${n + 1}</text>`
          : "") +
        "</g>",
    );
  });
  return `<svg id="radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="Technology radar">${parts.join("")}</svg>`;
}

function barChart(counts: Record<string, number>, names: Record<string, string>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const rows = entries.map(([k, n], i) => {
    const w = (n / max) * 300;
    return `<text x="0" y="${i * 24 + 16}">${esc(names[k] ?? k)}</text><rect x="210" y="${i * 24 + 4}" width="${w.toFixed(1)}" height="16" fill="#1565c0"/><text x="${(216 + w).toFixed(1)}" y="${i * 24 + 16}">${n}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="560" height="${entries.length * 24 + 8}" role="img" aria-label="Technologies by domain">${rows.join("")}</svg>`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1b1b1b;padding:0 1rem}
h1{margin-bottom:.2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{font-size:8px;fill:#fff;font-weight:700}.ring{font-size:11px;fill:#555}.quadrant{font-size:14px;font-weight:600}
.layout{display:flex;gap:2rem;flex-wrap:wrap;align-items:flex-start}.muted{color:#666}svg text{font-family:system-ui,sans-serif}`;

/**
 * One self-contained HTML file: inline CSS and SVG only, and a Content-Security-Policy that forbids
 * every network request, so it opens offline exactly as it was generated.
 */
export function toHtml(d: Dataset): string {
  const rows = d.technologies
    .map(
      (t, n) =>
        `<tr><td>${n + 1}</td><td>${esc(t.title)}</td><td>${RING_LABELS[t.ring]}</td><td>${esc(t.quadrant)}</td><td>${STATUS_LABELS[t.status]}</td><td>${t.priority}</td><td>${t.repositoryCount}</td><td>${esc(t.description)}</td></tr>`,
    )
    .join("");
  const changes = d.changes
    .slice(0, 200)
    .map(
      (c) =>
        `<tr><td>${esc(c.at.slice(0, 10))}</td><td>${esc(c.title)}</td><td>${esc(c.kind)}</td><td>${esc(c.from)}</td><td>${esc(c.to)}</td></tr>`,
    )
    .join("");
  const risks = topRisks(d)
    .map((r) => `<li><strong>${esc(r.technology.title)}</strong>: ${esc(r.why)}</li>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.project.name)}: technology report</title><style>${CSS}</style></head>
<body>
<h1>${esc(d.project.name)}: technology report</h1>
<p class="muted">Generated ${esc(d.generatedAt)} by CommandCenter · ${d.summary.technologies} technologies · ${d.summary.researchTasks} research tasks · ${d.summary.analyses} analyses</p>
<div class="layout"><div>${radarSvg(d)}</div><div><h2>By ring</h2><ul>${RINGS.map((r) => `<li>${RING_LABELS[r]}: ${d.summary.byRing[r] ?? 0}</li>`).join("")}</ul>
<h2>By domain</h2>${barChart(d.summary.byDomain, DOMAIN_LABELS)}
<h2>Top risks</h2>${risks ? `<ul>${risks}</ul>` : "<p>Nothing stands out.</p>"}</div></div>
<h2>Technologies</h2>
<table><thead><tr><th>#</th><th>Technology</th><th>Ring</th><th>Quadrant</th><th>Status</th><th>Priority</th><th>Repositories</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Changes</h2>
${changes ? `<table><thead><tr><th>When</th><th>Technology</th><th>Change</th><th>From</th><th>To</th></tr></thead><tbody>${changes}</tbody></table>` : "<p>No changes.</p>"}
</body></html>
`;
}
