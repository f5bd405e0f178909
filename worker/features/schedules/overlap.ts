import { Cron, CronPattern } from "croner";
import { type Timing, utcOffsetMinutes } from "./timing";

/** How far ahead two schedules are compared for a common run. */
export const OVERLAP_HORIZON_MS = 30 * 24 * 3600_000;
const MINUTE = 60_000;
/** Safety bound on the leapfrog below: an hourly interleave over the horizon takes 720 steps. */
const MAX_STEPS = 5_000;

/** The first run of `timing` at or after `t` (ms, whole minute), as a whole minute, or null. */
function firstRunFrom(timing: Timing, cron: Cron | null, t: number): number | null {
  if (!cron) {
    if (!timing.runAt) return null;
    const at = Math.floor(Date.parse(timing.runAt) / MINUTE) * MINUTE;
    return at >= t ? at : null;
  }
  const next = cron.nextRun(new Date(t - 1000));
  return next ? next.getTime() : null;
}

const cronOf = (timing: Timing) =>
  timing.cronExpression ? new Cron(timing.cronExpression, { timezone: timing.timezone, mode: "5-part" }) : null;

/**
 * The first minute within the horizon at which both schedules run, or null. The Cron Trigger ticks
 * once a minute, so runs in the same minute are dispatched together and count as overlapping.
 * Each step jumps the earlier schedule to its first run at or after the later one's, so even two
 * every-minute schedules meet at once and disjoint ones part in a few steps.
 */
export function firstCommonRun(a: Timing, b: Timing, from: Date): Date | null {
  const end = from.getTime() + OVERLAP_HORIZON_MS;
  if (disjointMinutes(a, b, from, new Date(end))) return null;
  const [ca, cb] = [cronOf(a), cronOf(b)];
  let t = Math.ceil((from.getTime() + 1) / MINUTE) * MINUTE;
  for (let step = 0; step < MAX_STEPS && t <= end; step++) {
    const ra = firstRunFrom(a, ca, t);
    const rb = firstRunFrom(b, cb, t);
    if (ra === null || rb === null || ra > end || rb > end) return null;
    if (ra === rb) return new Date(ra);
    t = Math.max(ra, rb);
  }
  return null;
}

/**
 * The minutes past the UTC hour at which an expression can fire, or null when that is not fixed
 * over the horizon (a `once`, or a zone whose offset changes by other than whole hours).
 */
function utcMinutes(timing: Timing, from: Date, end: Date): Set<number> | null {
  if (!timing.cronExpression) return null;
  const offset = utcOffsetMinutes(from, timing.timezone);
  if ((offset - utcOffsetMinutes(end, timing.timezone)) % 60 !== 0) return null;
  const pattern = new CronPattern(timing.cronExpression, timing.timezone, { mode: "5-part" });
  const minutes = new Set<number>();
  for (const [m, on] of pattern.minute.entries()) if (on) minutes.add((((m - offset) % 60) + 60) % 60);
  return minutes;
}

/**
 * True when the two expressions can never fire in the same minute because their minutes past the
 * hour never meet (every even minute against every odd one). Without this shortcut the leapfrog
 * would crawl minute by minute through such dense, interleaved pairs.
 */
function disjointMinutes(a: Timing, b: Timing, from: Date, end: Date): boolean {
  const [ma, mb] = [utcMinutes(a, from, end), utcMinutes(b, from, end)];
  return ma !== null && mb !== null && ![...ma].some((m) => mb.has(m));
}

/** True when two timings are the same expression in the same zone (they always coincide, however rarely they run). */
export function sameExpression(a: Timing, b: Timing): boolean {
  return a.cronExpression !== null && a.cronExpression === b.cronExpression && a.timezone === b.timezone;
}

/** JSON with object keys sorted, so equal parameters compare equal whatever order they were sent in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
