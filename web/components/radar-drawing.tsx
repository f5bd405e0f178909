import { QUADRANTS, RING_LABELS, RINGS } from "../../shared/vocabulary";
import {
  byRing,
  CENTER,
  MOVEMENT_MARK,
  MOVEMENT_TEXT,
  type NumberedBlip,
  place,
  RING_RADII,
  SIZE,
} from "../lib/radar-layout";

/** Rings, axes, ring names and quadrant names: the radar without its blips. */
export function RadarGrid() {
  return (
    <>
      {[...RING_RADII].reverse().map((r, i) => (
        <circle
          key={r}
          cx={CENTER}
          cy={CENTER}
          r={r}
          className={`ring ring-${3 - i}`}
          fill="none"
          stroke="currentColor"
          strokeOpacity="0.3"
        />
      ))}
      <line x1={0} y1={CENTER} x2={SIZE} y2={CENTER} stroke="currentColor" strokeOpacity="0.3" />
      <line x1={CENTER} y1={0} x2={CENTER} y2={SIZE} stroke="currentColor" strokeOpacity="0.3" />
      {RINGS.map((ring, i) => (
        <text
          key={ring}
          x={CENTER + 4}
          y={CENTER - (RING_RADII[i] ?? 0) + 14}
          className="ring-label"
          fontSize="12"
          fill="currentColor"
        >
          {ring}
        </text>
      ))}
      {QUADRANTS.map((q, i) => (
        <text
          key={q.name}
          x={i === 0 || i === 3 ? 12 : SIZE - 12}
          y={i < 2 ? 20 : SIZE - 10}
          textAnchor={i === 0 || i === 3 ? "start" : "end"}
          fontSize="14"
          fontWeight="600"
          fill="currentColor"
        >
          {q.name}
        </text>
      ))}
    </>
  );
}

/** The radius a blip of this size is drawn at. */
export const blipRadius = (b: NumberedBlip) => 8 + Math.min(5, Math.max(1, b.size)) * 0.9;

/** An arc on the side of the blip facing the centre (moved in) or facing away (moved out). */
function movementArc(b: NumberedBlip, r: number): string | null {
  if (b.movement !== "moved-in" && b.movement !== "moved-out") return null;
  const { x, y } = place(b);
  const toward = Math.atan2(CENTER - y, CENTER - x) + (b.movement === "moved-out" ? Math.PI : 0);
  const from = toward - Math.PI / 3;
  const to = toward + Math.PI / 3;
  const p = (a: number) => `${(Math.cos(a) * r).toFixed(1)} ${(Math.sin(a) * r).toFixed(1)}`;
  return `M ${p(from)} A ${r} ${r} 0 0 1 ${p(to)}`;
}

/** One numbered blip with its movement mark (a full ring when new, an arc when it moved). */
export function BlipShape({ blip, fill }: { blip: NumberedBlip; fill?: string }) {
  const r = blipRadius(blip);
  const arc = movementArc(blip, r + 3.5);
  return (
    <>
      {blip.movement === "new" && (
        <circle r={r + 3.5} className="blip-mark" fill="none" stroke={fill} strokeWidth="2" />
      )}
      {arc && <path d={arc} className="blip-mark" fill="none" stroke={fill} strokeWidth="2.5" />}
      <circle r={r} fill={fill} />
      <text
        className="blip-number"
        textAnchor="middle"
        dy="0.35em"
        fontSize={blip.n > 99 ? 8 : 10}
        fill={fill && "#ffffff"}
      >
        {blip.n}
      </text>
    </>
  );
}

/** Movement colours written into the export, which carries no stylesheet (the light theme's). */
const EXPORT_FILL = { new: "#1a64d6", "moved-in": "#067647", "moved-out": "#b54708", none: "#505866" } as const;
const MOVES = ["new", "moved-in", "moved-out"] as const;

const LINE = 15;
const COLUMN = 310;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The radar as the SVG and PNG exports save it: the drawing on the left and, beside it, the
 * numbered list of every blip per quadrant and ring with its movement mark, so a printed radar
 * can be read without hovering anything.
 */
export function RadarExportSvg({ id, blips, title }: { id: string; blips: NumberedBlip[]; title: string }) {
  const columns = [
    [0, 1],
    [2, 3],
  ].map((quadrants) => {
    const lines: { text: string; kind: "quadrant" | "ring" | "blip" }[] = [];
    for (const q of quadrants) {
      lines.push({ text: QUADRANTS[q]?.name ?? "", kind: "quadrant" });
      for (const group of byRing(blips, q)) {
        lines.push({ text: RING_LABELS[group.ring], kind: "ring" });
        for (const b of group.blips) {
          const mark = MOVEMENT_MARK[b.movement];
          lines.push({
            text: clip(`${b.n}. ${b.title}${mark ? ` ${mark}` : ""}${b.detail ? ` (${b.detail})` : ""}`, 46),
            kind: "blip",
          });
        }
      }
    }
    return lines;
  });
  const height = Math.max(SIZE + 60, 70 + Math.max(...columns.map((c) => c.length)) * LINE);
  const width = SIZE + 2 * COLUMN + 20;
  return (
    <svg id={id} viewBox={`0 0 ${width} ${height}`} width={width} height={height} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <g color="#14171f" fill="#14171f">
        <text x={12} y={height - 16} fontSize="12">
          {title} · {MOVES.map((m) => `${MOVEMENT_MARK[m]} ${MOVEMENT_TEXT[m]}`).join("  ")}
        </text>
        <g className="radar-export-drawing">
          <RadarGrid />
          {blips.map((b) => {
            const { x, y } = place(b);
            return (
              <g key={b.id} transform={`translate(${x} ${y})`}>
                <BlipShape blip={b} fill={EXPORT_FILL[b.movement]} />
              </g>
            );
          })}
        </g>
        {columns.map((lines, c) => (
          <g key={lines[0]?.text ?? c} transform={`translate(${SIZE + 20 + c * COLUMN} 24)`}>
            {lines.map((line, i) => (
              <text
                key={`${line.kind}-${line.text}`}
                y={i * LINE}
                x={line.kind === "blip" ? 8 : 0}
                fontSize={line.kind === "quadrant" ? 13 : 11}
                fontWeight={line.kind === "blip" ? 400 : 700}
              >
                {line.text}
              </text>
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}
