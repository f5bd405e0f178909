// Small helpers the benchmarks share: progress lines, waiting, wall-clock time, rounding,
// percentiles and a plain-text results table.

/** Prints one progress line. */
export const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/** Resolves after `ms`. */
export const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves after `ms` without keeping the process alive (for timeouts raced against the real work).
 * @param {number} ms
 * @returns {Promise<void>}
 */
export const deadline = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** Wall-clock milliseconds with sub-millisecond resolution, comparable with the server's Date.now(). */
export const nowMs = () => performance.timeOrigin + performance.now();

/**
 * `v` rounded to `d` decimals; null stays null (and NaN becomes null).
 * @param {number | null} v
 * @param {number} [d]
 * @returns {number | null}
 */
export const round = (v, d = 1) => (v === null || Number.isNaN(v) ? null : Math.round(v * 10 ** d) / 10 ** d);

/**
 * Nearest-rank percentile of numbers (sorted copy); null for no numbers.
 * @param {number[]} values
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

/**
 * p50, p90, p99, max and mean of `values` (2 decimals) and their count.
 * @param {number[]} values
 */
export const summary = (values) => ({
  p50: round(percentile(values, 50), 2),
  p90: round(percentile(values, 90), 2),
  p99: round(percentile(values, 99), 2),
  max: round(values.length ? Math.max(...values) : null, 2),
  mean: round(values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, 2),
  n: values.length,
});

/** @typedef {ReturnType<typeof summary>} Summary */

/**
 * A results table with the columns measure, value (right-aligned), target and verdict.
 * @param {(string | number | null | undefined)[][]} rows
 */
export function table(rows) {
  const head = ["measure", "value", "target", "verdict"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (/** @type {(string | number | null | undefined)[]} */ cells) =>
    cells
      .map((c, i) => (i === 1 ? String(c ?? "").padStart(widths[i] ?? 0) : String(c ?? "").padEnd(widths[i] ?? 0)))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** `v` with `d` decimals, or "-" when not measured. */
export const fixed = (/** @type {number | null} */ v, /** @type {number} */ d) => (v === null ? "-" : v.toFixed(d));

/** Milliseconds with one decimal, or "-" when not measured. */
export const ms = (/** @type {number | null | undefined} */ v) =>
  v === null || v === undefined ? "-" : `${v.toFixed(1)} ms`;
