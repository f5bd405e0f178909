// @ts-check
// bench:api's metrics comparison (BENCH_METRICS_COMPARE=1): the same seeded database served twice at
// once, with HTTP metrics recorded (the default) and with `METRICS=off`, the bare route and the list
// measured on both in interleaved rounds (the side measured first alternates), so drift in the
// machine's load falls on both alike.
import { cpSync } from "node:fs";
import { measureAll } from "./load.mjs";

/** @typedef {import("./load.mjs").Scenario} Scenario */
/** @typedef {import("./load.mjs").ScenarioResult} ScenarioResult */

/**
 * @typedef {{ persistTo: string, child: { pid?: number } | null, start(): Promise<(method: string, path: string, body?: unknown) => Promise<{ secret: string }>>, stop(): Promise<void> }} Server
 * @typedef {{ connections: number, durationS: number, warmupS: number, rounds: number, step: (msg: string) => void }} Settings
 */

/**
 * One scenario's rounds (each a ScenarioResult of one round) merged: requests and CPU summed, req/s
 * over the summed duration, CPU per request weighted by requests.
 * @param {ScenarioResult[]} parts
 */
function merge(parts) {
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const durationS = parts.reduce((n, p) => n + p.durationS, 0);
  /** @type {Record<string, number>} */
  const cpu = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.cpuMsPerRequest)) cpu[k] = (cpu[k] ?? 0) + v * p.requests;
  }
  for (const k of Object.keys(cpu)) cpu[k] = Math.round(((cpu[k] ?? 0) / Math.max(1, requests)) * 100) / 100;
  const failed = parts.reduce((n, p) => n + p.non2xx + p.errors + p.timeouts, 0);
  return { requests, reqPerSec: Math.round((requests / durationS) * 10) / 10, cpuMsPerRequest: cpu, failed };
}

/**
 * Seeds nothing itself: `on` is a seeded server not yet started, `off` a fresh one (started with
 * `METRICS=off`) whose state is copied from `on`'s before either starts. Returns, per side, bare and
 * list merged over the rounds, and each side's list/bare throughput and CPU ratios.
 * @param {{ on: Server, off: Server, ports: { on: number, off: number }, projectId: string,
 *   scenarios: (auth: Record<string, string>) => Scenario[], settings: Settings }} run
 */
export async function compareMetrics({ on, off, ports, projectId, scenarios, settings }) {
  cpSync(on.persistTo, off.persistTo, { recursive: true });
  const sides = [
    { name: "metrics on", server: on, port: ports.on },
    { name: "metrics off", server: off, port: ports.off },
  ];
  const ready = [];
  for (const side of sides) {
    const admin = await side.server.start();
    const { secret } = await admin("POST", "/api/v1/keys", {
      name: "bench",
      scopes: ["read", "write"],
      plan: "service",
      projectId,
    });
    const pgid = side.server.child?.pid;
    if (!pgid) throw new Error("wrangler dev has no process id");
    ready.push({ ...side, pgid, list: scenarios({ authorization: `Bearer ${secret}` }) });
  }
  /** @type {Map<string, ScenarioResult[]>} */
  const parts = new Map();
  for (let round = 1; round <= settings.rounds; round++) {
    // Alternate which side goes first: a fixed order put any drift between the two on one side.
    for (const side of round % 2 ? ready : [...ready].reverse()) {
      settings.step(`metrics comparison, round ${round}/${settings.rounds}: ${side.name}`);
      const results = await measureAll(side.list, {
        base: `http://127.0.0.1:${side.port}`,
        port: side.port,
        pgid: side.pgid,
        connections: settings.connections,
        durationS: settings.durationS / settings.rounds,
        warmupS: round === 1 ? settings.warmupS : 0,
        rounds: 1,
        step: settings.step,
      });
      for (const r of results)
        parts.set(`${side.name}|${r.scenario}`, [...(parts.get(`${side.name}|${r.scenario}`) ?? []), r]);
    }
  }
  return ready.map((side) => {
    const bare = merge(parts.get(`${side.name}|bare`) ?? []);
    const list = merge(parts.get(`${side.name}|list`) ?? []);
    const cpu = (/** @type {Record<string, number>} */ c) => c.workerd ?? 0;
    return {
      side: side.name,
      bare,
      list,
      ratio: Math.round((list.reqPerSec / bare.reqPerSec) * 100) / 100,
      workerdCpuMs: { bare: cpu(bare.cpuMsPerRequest), list: cpu(list.cpuMsPerRequest) },
    };
  });
}

/**
 * The comparison as lines for the console.
 * @param {Awaited<ReturnType<typeof compareMetrics>>} sides
 */
export function compareLines(sides) {
  const lines = sides.map(
    (s) =>
      `  ${s.side.padEnd(11)} bare ${s.bare.reqPerSec.toFixed(1)} req/s, list ${s.list.reqPerSec.toFixed(1)} req/s -> list/bare ${s.ratio.toFixed(2)}; workerd CPU ms/req bare ${s.workerdCpuMs.bare.toFixed(2)}, list ${s.workerdCpuMs.list.toFixed(2)}`,
  );
  const [withM, without] = sides;
  if (withM && without) {
    lines.push(
      `  metrics cost per request (workerd CPU, on - off): bare ${(withM.workerdCpuMs.bare - without.workerdCpuMs.bare).toFixed(2)} ms, list ${(withM.workerdCpuMs.list - without.workerdCpuMs.list).toFixed(2)} ms`,
    );
  }
  return lines;
}
