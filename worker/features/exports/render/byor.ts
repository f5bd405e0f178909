import type { Dataset } from "../export-v1";
import { toCsv } from "./csv";

/** One blip as Thoughtworks' Build Your Own Radar reads it. */
export interface ByorBlip {
  name: string;
  ring: string;
  quadrant: string;
  isNew: "TRUE" | "FALSE";
  description: string;
}

/**
 * The radar in BYOR's own shape: ring and quadrant as this radar draws them, `isNew` for blips
 * added in the last 90 days, and the technology's own description.
 */
export function byorBlips(d: Dataset): ByorBlip[] {
  return d.technologies.map((t) => ({
    name: t.title,
    ring: t.ring,
    quadrant: t.quadrant,
    isNew: t.isNew ? "TRUE" : "FALSE",
    description: t.description,
  }));
}

/** BYOR's CSV: the header `name,ring,quadrant,isNew,description` and one row per blip. */
export function byorCsv(d: Dataset, bom = false): string {
  return toCsv(
    ["name", "ring", "quadrant", "isNew", "description"],
    byorBlips(d).map((b) => [b.name, b.ring, b.quadrant, b.isNew, b.description]),
    bom,
  );
}

/** BYOR's JSON: an array of blips with the same five fields. */
export const byorJson = (d: Dataset): string => `${JSON.stringify(byorBlips(d), null, 2)}\n`;
