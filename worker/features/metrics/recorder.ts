import { sql } from "drizzle-orm";
import { createDb } from "../../db/client";
import { metricCounters } from "../../db/schema";
import { type Family, LATENCY_BUCKETS, labelText } from "./registry";

/** How often an isolate writes its counts to D1 at most (ms). */
export const FLUSH_INTERVAL_MS = 5000;

/** This isolate's counts since its last flush, by series (`name{labels}`). */
const pending = new Map<string, number>();
let lastFlush = Date.now();
let flushing: Promise<void> | null = null;

/** Adds `by` to a counter series. */
export function count(family: Family, labels: Record<string, string>, by = 1): void {
  const key = `${family.name}${labelText(labels)}`;
  pending.set(key, (pending.get(key) ?? 0) + by);
}

/** Records one observation (seconds) in a histogram: its buckets, sum and count. */
export function observe(
  family: Family,
  labels: Record<string, string>,
  seconds: number,
  buckets: readonly number[] = LATENCY_BUCKETS,
): void {
  for (const le of buckets)
    if (seconds <= le) count({ ...family, name: `${family.name}_bucket` }, { ...labels, le: String(le) });
  count({ ...family, name: `${family.name}_bucket` }, { ...labels, le: "+Inf" });
  count({ ...family, name: `${family.name}_sum` }, labels, seconds);
  count({ ...family, name: `${family.name}_count` }, labels);
}

/** Writes this isolate's pending counts to D1 in one batch of upserts and forgets them. */
export async function flushMetrics(db: D1Database): Promise<void> {
  if (flushing) await flushing;
  if (pending.size === 0) return;
  const rows = [...pending.entries()];
  pending.clear();
  lastFlush = Date.now();
  const d = createDb(db);
  const statements = rows.map(([series, value]) =>
    d
      .insert(metricCounters)
      .values({ series, value })
      .onConflictDoUpdate({ target: metricCounters.series, set: { value: sql`${metricCounters.value} + ${value}` } }),
  );
  const [first, ...rest] = statements;
  if (!first) return;
  flushing = d
    .batch([first, ...rest])
    .then(() => undefined)
    .catch((err: unknown) => {
      for (const [series, value] of rows) pending.set(series, (pending.get(series) ?? 0) + value);
      console.error(JSON.stringify({ level: "error", msg: "metrics flush failed", error: String(err) }));
    })
    .finally(() => {
      flushing = null;
    });
  await flushing;
}

/**
 * Flushes in the background when the last flush is `FLUSH_INTERVAL_MS` old: the cost of a request
 * is a few map updates, and one D1 batch per isolate every few seconds at most.
 */
export function flushSoon(db: D1Database | undefined, waitUntil: (p: Promise<unknown>) => void): void {
  if (!db || flushing || pending.size === 0 || Date.now() - lastFlush < FLUSH_INTERVAL_MS) return;
  waitUntil(flushMetrics(db));
}
