import { useMemo, useState } from "react";
import { QUADRANTS, RING_LABELS } from "../../shared/vocabulary";
import {
  byRing,
  MOVEMENT_MARK,
  MOVEMENT_TEXT,
  type NumberedBlip,
  numberBlips,
  place,
  type RadarBlip,
  SIZE,
} from "../lib/radar-layout";
import { BlipShape, blipRadius, RadarExportSvg, RadarGrid } from "./radar-drawing";

export type { RadarBlip } from "../lib/radar-layout";

/** A blip's accessible name: its number (the text it shows), what it is, where, and how it moved. */
const label = (b: NumberedBlip) =>
  `${b.n}. ${b.title}: ${b.ring}${b.detail ? `, ${b.detail}` : ""}${b.movement !== "none" ? `, ${MOVEMENT_TEXT[b.movement]}` : ""}`;

/**
 * A radar people can read: numbered blips (quadrant by quadrant, ring by ring, by name), the
 * numbered list of each quadrant beside the drawing (below it on a narrow screen), the name on
 * hover and on keyboard focus of a blip or its list entry, and movement marks (a ring when new,
 * an arc towards the centre when moved in, away from it when moved out). `id` names the export
 * SVG (drawing plus legend) that `svgText`/`exportPng` save.
 */
export function RadarChart({
  blips,
  id = "radar-svg",
  title = "Technology radar",
  onOpen,
}: {
  blips: RadarBlip[];
  id?: string;
  title?: string;
  onOpen?: (blip: RadarBlip) => void;
}) {
  const numbered = useMemo(() => numberBlips(blips), [blips]);
  const [active, setActive] = useState<NumberedBlip | null>(null);
  const activePos = active ? place(active) : null;
  const hover = (b: NumberedBlip) => ({
    onMouseEnter: () => setActive(b),
    onMouseLeave: () => setActive(null),
    onFocus: () => setActive(b),
    onBlur: () => setActive(null),
  });
  return (
    <div className="radar-layout">
      <figure className="radar">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-labelledby={`${id}-title`} xmlns="http://www.w3.org/2000/svg">
          <title id={`${id}-title`}>{title}</title>
          <rect width={SIZE} height={SIZE} fill="var(--bg, #fff)" />
          <RadarGrid />
          {numbered.map((b) => {
            const { x, y } = place(b);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it gets the button role and keys instead
              <g
                key={b.id}
                role="button"
                tabIndex={0}
                aria-label={label(b)}
                className={`blip blip-${b.movement}${active?.id === b.id ? " blip-active" : ""}`}
                transform={`translate(${x} ${y})`}
                {...hover(b)}
                onClick={() => onOpen?.(b)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    onOpen?.(b);
                  }
                }}
              >
                <BlipShape blip={b} />
              </g>
            );
          })}
          {active && activePos && (
            <g
              className="tooltip"
              transform={`translate(${Math.min(activePos.x + blipRadius(active) + 4, SIZE - 250)} ${Math.max(activePos.y - 34, 4)})`}
              pointerEvents="none"
            >
              <rect width="246" height="30" rx="4" />
              <text x="8" y="19" fontSize="13">
                {`${active.n}. ${active.title}`.slice(0, 34)} · {active.ring}
              </text>
            </g>
          )}
        </svg>
        <figcaption className="legend">
          {(["new", "moved-in", "moved-out"] as const).map((m) => (
            <span key={m} className={`legend-${m}`}>
              {MOVEMENT_MARK[m]} {MOVEMENT_TEXT[m]}
            </span>
          ))}{" "}
          · numbers match the lists
        </figcaption>
      </figure>
      <div className="radar-lists">
        {QUADRANTS.map((q, qi) => (
          <section key={q.name} aria-labelledby={`${id}-q${qi}`}>
            <h3 id={`${id}-q${qi}`}>{q.name}</h3>
            {byRing(numbered, qi).map((group) => (
              <div key={group.ring}>
                <h4>{RING_LABELS[group.ring]}</h4>
                <ol>
                  {group.blips.map((b) => (
                    <li key={b.id} value={b.n} className={active?.id === b.id ? "active" : undefined}>
                      <button type="button" className="link" {...hover(b)} onClick={() => onOpen?.(b)}>
                        <span className="blip-n">{b.n}.</span> {b.title}
                        {b.movement !== "none" && (
                          <span className={`mark legend-${b.movement}`} title={MOVEMENT_TEXT[b.movement]}>
                            {" "}
                            {MOVEMENT_MARK[b.movement]}
                          </span>
                        )}
                        {b.detail && <span className="muted"> · {b.detail}</span>}
                      </button>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        ))}
      </div>
      <div hidden>
        <RadarExportSvg id={id} blips={numbered} title={title} />
      </div>
    </div>
  );
}
