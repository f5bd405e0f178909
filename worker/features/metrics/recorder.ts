import { sql } from "drizzle-orm";
import { createDb } from "../../db/client";
import { metricCounters } from "../../db/schema";
import { type Family, LATENCY_BUCKETS, labelText } from "./registry";

/** How often an isolate writes its counts to D1 at most (ms). */
export const FLUSH_INTERVAL_MS = 5000;

/** A counter series of this isolate, its name and labels rendered once; `add` is one addition. */
export interface Counter {
  add(by?: number): void;
}

/** A histogram series of this isolate, its series names rendered once; `observe` is a few additions. */
export interface Histogram {
  observe(seconds: number): void;
}

/** What a series hands to a flush: its rolled-up rows (`name{labels}` → amount since the last flush). */
type Drain = (rows: Map<string, number>) => void;

/** Every series this isolate has recorded into, by `name{labels}`: bounded by the label values in use. */
const counters = new Map<string, Counter>();
const histograms = new Map<string, Histogram>();
/** The series with amounts since the last flush, and what a failed flush handed back. */
const dirty = new Set<Drain>();
const carried = new Map<string, number>();
let lastFlush = Date.now();
let flushing: Promise<void> | null = null;

const addTo = (rows: Map<string, number>, key: string, by: number) => rows.set(key, (rows.get(key) ?? 0) + by);

function makeCounter(key: string): Counter {
  let pending = 0;
  const drain: Drain = (rows) => {
    addTo(rows, key, pending);
    pending = 0;
  };
  return {
    add(by = 1) {
      pending += by;
      dirty.add(drain);
    },
  };
}

function makeHistogram(family: Family, labels: Record<string, string>, bounds: readonly number[]): Histogram {
  const buckets = [...bounds.map(String), "+Inf"].map((le) => `${family.name}_bucket${labelText({ ...labels, le })}`);
  const sumKey = `${family.name}_sum${labelText(labels)}`;
  const countKey = `${family.name}_count${labelText(labels)}`;
  // Observations per bucket (not cumulative): the last slot holds those above every bound.
  const inBucket = new Array<number>(buckets.length).fill(0);
  let sum = 0;
  const drain: Drain = (rows) => {
    let cumulative = 0;
    buckets.forEach((key, i) => {
      cumulative += inBucket[i] ?? 0;
      if (cumulative > 0) addTo(rows, key, cumulative);
    });
    addTo(rows, sumKey, sum);
    addTo(rows, countKey, cumulative);
    inBucket.fill(0);
    sum = 0;
  };
  return {
    observe(seconds) {
      let i = 0;
      while (i < bounds.length && seconds > (bounds[i] ?? 0)) i++;
      inBucket[i] = (inBucket[i] ?? 0) + 1;
      sum += seconds;
      dirty.add(drain);
    },
  };
}

/** The counter series of `family` with `labels` (made on first use, then the same object). */
export function counter(family: Family, labels: Record<string, string>): Counter {
  const key = `${family.name}${labelText(labels)}`;
  let found = counters.get(key);
  if (!found) {
    found = makeCounter(key);
    counters.set(key, found);
  }
  return found;
}

/** The histogram series of `family` with `labels` and bucket bounds (seconds), made on first use. */
export function histogram(
  family: Family,
  labels: Record<string, string>,
  buckets: readonly number[] = LATENCY_BUCKETS,
): Histogram {
  const key = `${family.name}${labelText(labels)}`;
  let found = histograms.get(key);
  if (!found) {
    found = makeHistogram(family, labels, buckets);
    histograms.set(key, found);
  }
  return found;
}

/** Adds `by` to a counter series. */
export function count(family: Family, labels: Record<string, string>, by = 1): void {
  counter(family, labels).add(by);
}

/** Records one observation (seconds) in a histogram: its buckets, sum and count. */
export function observe(
  family: Family,
  labels: Record<string, string>,
  seconds: number,
  buckets: readonly number[] = LATENCY_BUCKETS,
): void {
  histogram(family, labels, buckets).observe(seconds);
}

/** Writes this isolate's pending counts to D1 in one batch of upserts and forgets them (kept on failure). */
export async function flushMetrics(db: D1Database): Promise<void> {
  if (flushing) await flushing;
  if (dirty.size === 0 && carried.size === 0) return;
  const rows = new Map(carried);
  carried.clear();
  for (const drain of dirty) drain(rows);
  dirty.clear();
  lastFlush = Date.now();
  const d = createDb(db);
  const statements = [...rows].map(([key, value]) =>
    d
      .insert(metricCounters)
      .values({ series: key, value })
      .onConflictDoUpdate({ target: metricCounters.series, set: { value: sql`${metricCounters.value} + ${value}` } }),
  );
  const [first, ...rest] = statements;
  if (!first) return;
  flushing = d
    .batch([first, ...rest])
    .then(() => undefined)
    .catch((err: unknown) => {
      for (const [key, value] of rows) addTo(carried, key, value);
      console.error(JSON.stringify({ level: "error", msg: "metrics flush failed", error: String(err) }));
    })
    .finally(() => {
      flushing = null;
    });
  await flushing;
}

/**
 * Flushes in the background when the last flush is `FLUSH_INTERVAL_MS` old: the cost of a request
 * is a few additions, and one D1 batch per isolate every few seconds at most.
 */
export function flushSoon(db: D1Database | undefined, waitUntil: (p: Promise<unknown>) => void): void {
  if (!db || flushing || (dirty.size === 0 && carried.size === 0) || Date.now() - lastFlush < FLUSH_INTERVAL_MS) return;
  waitUntil(flushMetrics(db));
}
