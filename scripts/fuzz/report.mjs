// @ts-check
// Tallies fuzz answers per operation by status class, prints the table and every finding, and
// writes the JSON summary under bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** @typedef {import("./run.mjs").Answer} Answer */
/** @typedef {import("./run.mjs").Finding} Finding */
/**
 * @typedef {{ requests: number, "2xx": number, "3xx": number, "4xx": number, "5xx": number, none: number,
 *   cases: number, skipped: number, seconds: number }} Counts
 */

/** A fresh set of counters. */
const zero = () => ({ requests: 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, none: 0, cases: 0, skipped: 0, seconds: 0 });

/** Counts per operation and in total, and the findings, as the fuzz goes. */
export function tally() {
  /** @type {Map<string, Counts>} */
  const byOp = new Map();
  /** @type {Finding[]} */
  const findings = [];
  const total = zero();
  return {
    byOp,
    findings,
    total,
    /**
     * Records the answers of one case.
     * @param {string} op
     * @param {Answer[]} answers
     * @param {Finding[]} found
     */
    add(op, answers, found) {
      const counts = byOp.get(op) ?? zero();
      byOp.set(op, counts);
      counts.cases++;
      total.cases++;
      for (const a of answers) {
        const cls = a.status === 0 ? "none" : /** @type {"2xx"} */ (`${Math.floor(a.status / 100)}xx`);
        for (const c of [counts, total]) {
          c.requests++;
          if (cls in c) c[cls]++;
        }
      }
      findings.push(...found);
    },
    /**
     * Records the wall time spent on one operation.
     * @param {string} op
     * @param {number} seconds
     */
    time(op, seconds) {
      const counts = byOp.get(op) ?? zero();
      byOp.set(op, counts);
      counts.seconds = Math.round(seconds * 10) / 10;
    },
    /**
     * Records cases left out by the request or time budget.
     * @param {string} op
     * @param {number} n
     */
    skip(op, n) {
      const counts = byOp.get(op) ?? zero();
      byOp.set(op, counts);
      counts.skipped += n;
      total.skipped += n;
    },
  };
}

/**
 * Findings that fail the run: everything but an accepted foreign id, which is reported apart.
 * @param {Finding[]} findings
 */
export const failuresOf = (findings) => findings.filter((f) => f.problem !== "foreign id accepted");

/**
 * Prints the per-operation table, every finding and the totals.
 * @param {ReturnType<typeof tally>} t
 * @param {{ seconds: number, seed: number }} run
 */
export function print(t, run) {
  const cols = ["requests", "2xx", "3xx", "4xx", "5xx", "none", "skipped", "seconds"];
  const width = Math.max(...[...t.byOp.keys()].map((k) => k.length), 10);
  console.log(`\n${"operation".padEnd(width)}  ${cols.map((c) => c.padStart(8)).join("")}`);
  for (const [op, c] of t.byOp) {
    console.log(
      `${op.padEnd(width)}  ${cols.map((k) => String(c[/** @type {keyof Counts} */ (k)]).padStart(8)).join("")}`,
    );
  }
  const c = t.total;
  console.log(
    `${"total".padEnd(width)}  ${cols.map((k) => String(c[/** @type {keyof Counts} */ (k)]).padStart(8)).join("")}`,
  );
  const failures = failuresOf(t.findings);
  const foreign = t.findings.filter((f) => f.problem === "foreign id accepted");
  for (const [title, list] of /** @type {[string, Finding[]][]} */ ([
    ["failures (5xx, non-JSON, leaks, no answer)", failures],
    ["foreign ids accepted (2xx to another project's id)", foreign],
  ])) {
    if (!list.length) continue;
    console.log(`\n${title}: ${list.length}`);
    for (const f of list) {
      const cause = f.cause ? `\n    cause (Worker log): ${f.cause}` : "";
      console.log(
        `- [${f.problem}] ${f.method} ${f.path}\n    input: ${f.input}\n    answer ${f.status}: ${f.response}${cause}`,
      );
    }
  }
  console.log(
    `\n${t.byOp.size} operations, ${c.cases} cases, ${c.requests} requests in ${run.seconds.toFixed(1)} s (seed ${run.seed}): ` +
      `2xx ${c["2xx"]}, 3xx ${c["3xx"]}, 4xx ${c["4xx"]}, 5xx ${c["5xx"]}, no answer ${c.none}; ` +
      `${failures.length} failures, ${foreign.length} foreign ids accepted, ${c.skipped} cases skipped by the budget`,
  );
}

/**
 * Writes bench/results/fuzz-<timestamp>.json and fuzz-latest.json; returns the first path.
 * @param {string} root
 * @param {ReturnType<typeof tally>} t
 * @param {Record<string, unknown>} run
 */
export function writeSummary(root, t, run) {
  const dir = join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  const summary = {
    ...run,
    total: t.total,
    failures: failuresOf(t.findings),
    foreignAccepted: t.findings.filter((f) => f.problem === "foreign id accepted"),
    operations: Object.fromEntries(t.byOp),
  };
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = join(dir, `fuzz-${stamp}.json`);
  const text = `${JSON.stringify(summary, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(join(dir, "fuzz-latest.json"), text);
  return file;
}
