import { useState } from "react";
import { useNavigate } from "react-router";
import { type Domain, QUADRANTS, RINGS, type Ring } from "../../shared/vocabulary";

export interface Blip {
  id: string;
  title: string;
  domain: Domain;
  ring: Ring;
  priority: number;
  movement: "new" | "moved-in" | "moved-out" | "none";
}

const SIZE = 640;
const CENTER = SIZE / 2;
const RING_RADII = [90, 160, 225, 290];

/** Deterministic jitter so a blip keeps its place between renders and exports. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

function place(blip: Blip) {
  const q = Math.max(
    0,
    QUADRANTS.findIndex((quad) => quad.domains.includes(blip.domain)),
  );
  const r = Math.max(0, RINGS.indexOf(blip.ring));
  const inner = r === 0 ? 15 : (RING_RADII[r - 1] ?? 0) + 12;
  const outer = (RING_RADII[r] ?? 290) - 12;
  const radius = inner + hash(`${blip.id}r`) * (outer - inner);
  const angle = (q * Math.PI) / 2 + 0.12 + hash(`${blip.id}a`) * (Math.PI / 2 - 0.24);
  return { x: CENTER + radius * Math.cos(angle - Math.PI), y: CENTER + radius * Math.sin(angle - Math.PI) };
}

/**
 * The SVG radar: quadrants by domain group, rings adopt → hold from the centre, blips sized by
 * priority and coloured by movement. Blips are focusable; hover or focus shows the tooltip, Enter
 * or a click opens the technology.
 */
export function RadarChart({ blips, id = "radar-svg" }: { blips: Blip[]; id?: string }) {
  const navigate = useNavigate();
  const [active, setActive] = useState<Blip | null>(null);
  const activePos = active ? place(active) : null;
  return (
    <figure className="radar">
      <svg id={id} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-labelledby="radar-title" xmlns="http://www.w3.org/2000/svg">
        <title id="radar-title">Technology radar</title>
        <rect width={SIZE} height={SIZE} fill="var(--bg, #fff)" />
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
        {blips.map((b) => {
          const { x, y } = place(b);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it gets the button role and keys instead
            <g
              key={b.id}
              role="button"
              tabIndex={0}
              aria-label={`${b.title}: ${b.ring}, priority ${b.priority}${b.movement !== "none" ? `, ${b.movement.replace("-", " ")}` : ""}`}
              className={`blip blip-${b.movement}`}
              transform={`translate(${x} ${y})`}
              onMouseEnter={() => setActive(b)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(b)}
              onBlur={() => setActive(null)}
              onClick={() => navigate(`/technologies/${b.id}`)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  navigate(`/technologies/${b.id}`);
                }
              }}
            >
              <circle r={4 + b.priority * 1.6} />
            </g>
          );
        })}
        {active && activePos && (
          <g
            className="tooltip"
            transform={`translate(${Math.min(activePos.x + 10, SIZE - 170)} ${Math.max(activePos.y - 34, 4)})`}
            pointerEvents="none"
          >
            <rect width="160" height="30" rx="4" />
            <text x="8" y="19" fontSize="12">
              {active.title} · {active.ring}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="legend">
        <span className="legend-new">● new</span> <span className="legend-moved-in">● moved in</span>{" "}
        <span className="legend-moved-out">● moved out</span> <span className="legend-none">● unchanged</span> · size =
        priority
      </figcaption>
    </figure>
  );
}
