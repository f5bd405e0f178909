import { type Domain, QUADRANTS, RINGS, type Ring } from "../../shared/vocabulary";

/** A blip's movement in the last 90 days, as the radar marks it. */
export type Movement = "new" | "moved-in" | "moved-out" | "none";

/** One blip as both radars draw it: `size` 1-5 sets its radius, `detail` goes after its name. */
export interface RadarBlip {
  id: string;
  title: string;
  domain: Domain;
  ring: Ring;
  movement: Movement;
  size: number;
  detail?: string;
}

/** A blip with its number, the quadrant it sits in and its place among its quadrant-and-ring neighbours. */
export interface NumberedBlip extends RadarBlip {
  n: number;
  quadrant: number;
  slot: number;
  slots: number;
}

/** How the legend writes each movement (a mark, never colour alone). */
export const MOVEMENT_MARK: Record<Movement, string> = { new: "★", "moved-in": "▲", "moved-out": "▼", none: "" };
export const MOVEMENT_TEXT: Record<Movement, string> = {
  new: "new",
  "moved-in": "moved in",
  "moved-out": "moved out",
  none: "no change",
};

export const SIZE = 640;
export const CENTER = SIZE / 2;
export const RING_RADII = [90, 160, 225, 290] as const;

export const quadrantOf = (domain: Domain): number =>
  Math.max(
    0,
    QUADRANTS.findIndex((q) => q.domains.includes(domain)),
  );

/**
 * Numbers blips as Thoughtworks' radar does: quadrant by quadrant, ring by ring from adopt
 * outwards, alphabetically within a ring, so a number is found in the list beside the drawing.
 */
export function numberBlips(blips: RadarBlip[]): NumberedBlip[] {
  return blips
    .map((b) => ({ ...b, quadrant: quadrantOf(b.domain) }))
    .sort(
      (a, b) =>
        a.quadrant - b.quadrant ||
        RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    )
    .map((b, i, all) => {
      const group = all.filter((o) => o.quadrant === b.quadrant && o.ring === b.ring);
      return { ...b, n: i + 1, slot: group.indexOf(b), slots: group.length };
    });
}

const GOLDEN = 0.618033988749895;

/**
 * Where a blip sits: its quadrant's sector and its ring's band, spread over them like sunflower
 * seeds (the angle by the golden ratio, the radius by its slot), so blips of one band do not
 * pile up and a blip keeps its place between renders and exports.
 */
export function place(blip: NumberedBlip): { x: number; y: number } {
  const r = Math.max(0, RINGS.indexOf(blip.ring));
  const inner = r === 0 ? 22 : (RING_RADII[r - 1] ?? 0) + 14;
  const outer = (RING_RADII[r] ?? 290) - 14;
  const radius = inner + ((blip.slot + 0.5) / Math.max(1, blip.slots)) * (outer - inner);
  const spread = blip.slots === 1 ? 0.5 : (blip.slot * GOLDEN) % 1;
  const angle = (blip.quadrant * Math.PI) / 2 + 0.16 + spread * (Math.PI / 2 - 0.32);
  return { x: CENTER + radius * Math.cos(angle - Math.PI), y: CENTER + radius * Math.sin(angle - Math.PI) };
}

/** The numbered blips of one quadrant grouped by ring, for the lists. */
export function byRing(blips: NumberedBlip[], quadrant: number): { ring: Ring; blips: NumberedBlip[] }[] {
  return RINGS.map((ring) => ({ ring, blips: blips.filter((b) => b.quadrant === quadrant && b.ring === ring) })).filter(
    (g) => g.blips.length > 0,
  );
}
