// @ts-check
// What the throughput benchmarks that seed a throwaway database share: the busy-machine warning,
// a throwaway server whose database is seeded before wrangler starts, the verdict against the bare
// route (table, CPU per request by process, ratios) and the results file.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { applyMigrations, ROOT } from "../../scripts/lib/local.mjs";
import { throwawayServer } from "../../scripts/lib/throwaway.mjs";
import { table } from "./load.mjs";

/** @typedef {import("./load.mjs").ScenarioResult} ScenarioResult */
/** @typedef {{ ratio: number, scenarios: string[], connections: number }} Target */
/** @typedef {Record<string, { ratio: number, cpuRatio: number, ok: boolean }>} Ratios */

/** @param {number} n */
export const round2 = (n) => Math.round(n * 100) / 100;

/** The load average now, with a warning when other work will skew the figures. */
export function loadAtStart() {
  const load = os.loadavg().map(round2);
  if ((load[0] ?? 0) > os.cpus().length * 0.5) {
    console.warn(`! load average ${load[0]} on ${os.cpus().length} CPUs: other work will skew the figures`);
  }
  return load;
}

/**
 * A throwaway server (not yet started) serving a snapshot of the Worker. `BENCH_INSPECTOR_PORT`
 * pins wrangler's inspector (for a CPU profile under load) to a known port.
 * @param {{ name: string, port: number, args?: string[], step: (msg: string) => void }} options
 */
export function benchServer({ name, port, args = [], step }) {
  const inspector = process.env.BENCH_INSPECTOR_PORT;
  return throwawayServer({
    name,
    port,
    args: inspector ? [...args, "--inspector-port", inspector] : args,
    snapshot: true,
    step,
  });
}

/**
 * Gives the server's database its migrations and `seed(persistTo, tmp)`'s rows before wrangler
 * starts (rows written while wrangler serves the file can drop its connections); returns the ms taken.
 * @param {{ persistTo: string, tmp: string }} server
 * @param {(persistTo: string, tmp: string) => void} seed
 */
export function seedBeforeStart(server, seed) {
  const started = performance.now();
  applyMigrations(server.persistTo);
  seed(server.persistTo, server.tmp);
  return Math.round(performance.now() - started);
}

/**
 * Prints the results table, the CPU per request by process and the verdict: each target scenario's
 * throughput as a share of the bare route's. Passes only when measured at the target's connections.
 * @param {ScenarioResult[]} results
 * @param {Target} target
 * @param {number} connections
 * @param {string} [label] what was measured (a size), for the headings
 * @returns {{ ratios: Ratios, pass: boolean }}
 */
export function verdict(results, target, connections, label = "") {
  const bare = results.find((r) => r.scenario === "bare");
  if (!bare) throw new Error("no bare result");
  console.log(`\n${label ? `${label}\n` : ""}${table(results, bare.reqPerSec)}\n`);
  console.log("CPU ms per request by process:");
  for (const r of results) {
    const parts = Object.entries(r.cpuMsPerRequest).filter(([k]) => k !== "total");
    console.log(`  ${r.scenario.padEnd(9)} ${parts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
  }
  /** @type {Ratios} */
  const ratios = {};
  for (const name of target.scenarios) {
    const r = results.find((x) => x.scenario === name);
    if (!r) continue;
    const ratio = r.reqPerSec / bare.reqPerSec;
    const cpuRatio = (bare.cpuMsPerRequest.total ?? 0) / (r.cpuMsPerRequest.total ?? 1);
    ratios[name] = { ratio: round2(ratio), cpuRatio: round2(cpuRatio), ok: ratio >= target.ratio };
  }
  const pass = Object.values(ratios).every((r) => r.ok) && connections === target.connections;
  const list = (/** @type {(r: Ratios[string]) => string} */ f) =>
    Object.entries(ratios)
      .map(([n, r]) => `${n} ${f(r)}`)
      .join(", ");
  console.log(
    `\ntarget${label ? ` at ${label}` : ""} (${target.connections} connections): throughput >= ${target.ratio} of bare -> ` +
      list((r) => `${r.ratio.toFixed(2)} ${r.ok ? "PASS" : "FAIL"}`) +
      (connections === target.connections ? "" : ` (measured at ${connections} connections: not comparable)`),
  );
  console.log(
    `(bare CPU per request / scenario CPU per request: ${list((r) => r.cpuRatio.toFixed(2))}; steadier than req/s when the machine is busy)`,
  );
  return { ratios, pass };
}

/**
 * The machine a run was measured on, with the load average at its start and now.
 * @param {number[]} loadStart
 */
export function machine(loadStart) {
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAvgAtStart: loadStart,
    loadAvgAtEnd: os.loadavg().map(round2),
  };
}

/**
 * Writes bench/results/<name>-<timestamp>.json and <name>-latest.json.
 * @param {string} name
 * @param {Date} date
 * @param {unknown} report
 * @param {(msg: string) => void} step
 */
export function writeResults(name, date, report, step) {
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = date.toISOString().replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `${name}-${stamp}.json`), json);
  writeFileSync(join(dir, `${name}-latest.json`), json);
  step(`wrote bench/results/${name}-${stamp}.json and bench/results/${name}-latest.json`);
}
