// @ts-check
// Closed-loop load with autocannon against a throwaway `wrangler dev`, with the CPU time that
// wrangler's processes spend per request (read from /proc on Linux).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

/**
 * @typedef {{ name: string, path: string, headers: Record<string, string> }} Scenario
 * @typedef {{ requests: { total: number }, duration: number, non2xx: number, errors: number,
 *   timeouts: number, statusCodeStats?: Record<string, { count?: number }> }} RunResult
 * @typedef {Record<string, number>} CpuReading CPU ms so far by `label#pid`
 * @typedef {{ base: string, port: number, pgid: number, connections: number, durationS: number,
 *   warmupS: number, rounds: number, step: (msg: string) => void }} LoadSettings
 * @typedef {{ p50: number | null, p90: number | null, p99: number | null, max: number | null,
 *   mean: number | null }} Latency
 * @typedef {{ scenario: string, path: string, connections: number, durationS: number, requests: number,
 *   reqPerSec: number, reqPerSecByRound: number[], latencyMs: Latency, non2xx: number, errors: number,
 *   timeouts: number, statusCodes: Record<string, number>, cpuMsPerRequest: Record<string, number> }} ScenarioResult
 */

/**
 * One autocannon run; `onResponse` sees each response time in ms.
 * @param {{ url: string, connections: number, headers: Record<string, string>, duration: number }} options
 * @param {(ms: number) => void} [onResponse]
 * @returns {Promise<RunResult>}
 */
function cannon(options, onResponse) {
  return new Promise((resolve, reject) => {
    const run = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    if (onResponse) run.on("response", (_client, _status, _bytes, ms) => onResponse(ms));
  });
}

/**
 * CPU time (ms) used so far by each process of wrangler's process group, read from /proc (Linux
 * only; empty elsewhere). CPU per request is a steadier figure than req/s on a busy machine.
 * @param {number} pgid
 * @param {number} port the port wrangler serves on (tells its proxy workerd from the Worker's)
 * @returns {CpuReading}
 */
export function groupCpu(pgid, port) {
  /** @type {CpuReading} */
  const out = {};
  if (!existsSync("/proc/self/stat")) return out;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      let label = cmd[0]?.split("/").pop() ?? "?";
      if (label === "workerd")
        label = cmd.some((a) => a.includes(`entry=127.0.0.1:${port}`)) ? "workerd-proxy" : "workerd";
      else if (cmd.some((a) => a.endsWith("wrangler-dist/cli.js"))) label = "wrangler-node";
      else if (label === "node" || label === "wrangler") label = "wrangler-launcher";
      out[`${label}#${pid}`] = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {}
  }
  return out;
}

/**
 * CPU ms per request by process between two readings (processes under 0.01 ms left out), with the
 * benchmark's own CPU and the total.
 * @param {CpuReading} before
 * @param {CpuReading} after
 * @param {number} requests
 * @param {number} selfMs
 * @returns {Record<string, number>}
 */
export function cpuPerRequest(before, after, requests, selfMs) {
  /** @type {Record<string, number>} */
  const per = {};
  for (const [k, v] of Object.entries(after)) {
    const label = k.split("#")[0] ?? k;
    const ms = (v - (before[k] ?? 0)) / requests;
    if (ms >= 0.01) per[label] = Math.round(((per[label] ?? 0) + ms) * 100) / 100;
  }
  per["bench (autocannon)"] = Math.round((selfMs / requests) * 100) / 100;
  per.total = Math.round(Object.values(per).reduce((a, b) => a + b, 0) * 100) / 100;
  return per;
}

/**
 * Nearest-rank percentile of sorted values, rounded to 0.1 ms.
 * @param {number[]} sorted
 * @param {number} p
 */
const percentile = (sorted, p) => {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return value === undefined ? null : Math.round(value * 10) / 10;
};

/**
 * Measures every scenario in interleaved rounds (bare, list, ..., bare, list, ...) after a warm-up
 * of each, so drift in the machine's load falls on all scenarios alike rather than on the last one.
 * @param {Scenario[]} scenarios
 * @param {LoadSettings} s
 * @returns {Promise<ScenarioResult[]>}
 */
export async function measureAll(scenarios, s) {
  /** @param {Scenario} sc @param {number} duration */
  const options = (sc, duration) => ({
    url: `${s.base}${sc.path}`,
    connections: s.connections,
    headers: sc.headers,
    duration,
  });
  for (const sc of scenarios) if (s.warmupS > 0) await cannon(options(sc, s.warmupS));
  /** @type {Map<string, { latencies: number[], runs: RunResult[], cpu: CpuReading[][], selfMs: number }>} */
  const acc = new Map(scenarios.map((sc) => [sc.name, { latencies: [], runs: [], cpu: [], selfMs: 0 }]));
  const slice = s.durationS / s.rounds;
  for (let round = 1; round <= s.rounds; round++) {
    for (const sc of scenarios) {
      const a = acc.get(sc.name);
      if (!a) continue;
      const cpuBefore = groupCpu(s.pgid, s.port);
      const selfBefore = process.cpuUsage();
      const r = await cannon(options(sc, slice), (ms) => a.latencies.push(ms));
      const self = process.cpuUsage(selfBefore);
      a.runs.push(r);
      a.cpu.push([cpuBefore, groupCpu(s.pgid, s.port)]);
      a.selfMs += (self.user + self.system) / 1000;
      s.step(`round ${round}/${s.rounds} ${sc.name}: ${(r.requests.total / r.duration).toFixed(1)} req/s`);
    }
  }
  return scenarios.map((sc) => summarise(sc, acc.get(sc.name) ?? { latencies: [], runs: [], cpu: [], selfMs: 0 }, s));
}

/**
 * @param {Scenario} sc
 * @param {{ latencies: number[], runs: RunResult[], cpu: CpuReading[][], selfMs: number }} a
 * @param {LoadSettings} s
 * @returns {ScenarioResult}
 */
function summarise(sc, a, s) {
  const requests = a.runs.reduce((n, r) => n + r.requests.total, 0);
  const durationS = a.runs.reduce((n, r) => n + r.duration, 0);
  /** @type {CpuReading} */
  const cpuMs = {};
  for (const [before = {}, after = {}] of a.cpu) {
    for (const [k, v] of Object.entries(after)) cpuMs[k] = (cpuMs[k] ?? 0) + v - (before[k] ?? 0);
  }
  /** @type {Record<string, number>} */
  const statusCodes = {};
  for (const r of a.runs) {
    for (const [code, { count = 0 }] of Object.entries(r.statusCodeStats ?? {}))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  const sorted = a.latencies.sort((x, y) => x - y);
  return {
    scenario: sc.name,
    path: sc.path,
    connections: s.connections,
    durationS: Math.round(durationS * 100) / 100,
    requests,
    reqPerSec: Math.round((requests / durationS) * 10) / 10,
    reqPerSecByRound: a.runs.map((r) => Math.round((r.requests.total / r.duration) * 10) / 10),
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
      mean: sorted.length ? Math.round((sorted.reduce((x, y) => x + y, 0) / sorted.length) * 10) / 10 : null,
    },
    non2xx: a.runs.reduce((n, r) => n + r.non2xx, 0),
    errors: a.runs.reduce((n, r) => n + r.errors, 0),
    timeouts: a.runs.reduce((n, r) => n + r.timeouts, 0),
    statusCodes,
    cpuMsPerRequest: cpuPerRequest({}, cpuMs, Math.max(1, requests), a.selfMs),
  };
}

/**
 * The results as an aligned text table, each scenario's throughput also as a share of `bareRps`.
 * @param {ScenarioResult[]} rows
 * @param {number} bareRps
 */
export function table(rows, bareRps) {
  const head = ["scenario", "req/s", "p50 ms", "p99 ms", "vs bare", "non-2xx/err", "CPU ms/req"];
  const body = rows.map((r) => [
    r.scenario,
    r.reqPerSec.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p99),
    r.scenario === "bare" ? "1.00" : (r.reqPerSec / bareRps).toFixed(2),
    `${r.non2xx}/${r.errors + r.timeouts}`,
    (r.cpuMsPerRequest.total ?? 0).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
