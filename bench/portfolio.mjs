// @ts-check
// `npm run bench:portfolio`: seeds a portfolio of 200 projects × 500 technologies × 5 repositories
// (each repository with a stored analysis) plus open drift items into a throwaway local database,
// drives `wrangler dev` on loopback with autocannon as an instance admin, and compares the
// portfolio radar, a matrix page and the drift list with a bare route of the same Worker measured
// in the same run. The rows go straight into the local D1 SQLite file (node:sqlite, one
// transaction, the schema's own triggers firing) before wrangler starts: through the API they
// would take hours.
// Prints a table and writes bench/results/portfolio-<timestamp>.json and portfolio-latest.json.
//
// Environment: BENCH_PORT (default 8862), BENCH_PROJECTS (200), BENCH_TECHS (500 per project),
// BENCH_REPOS (5 per project), BENCH_POOL (distinct technology names, 2000), BENCH_DURATION
// (seconds per scenario, 10), BENCH_WARMUP (3), BENCH_ROUNDS (2), BENCH_CONNECTIONS (32).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { localDatabaseFile } from "../scripts/lib/d1-backup.mjs";
import { applyMigrations, ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { measureAll, table } from "./lib/load.mjs";
import { portfolioSql } from "./lib/portfolio-seed.mjs";

/** @typedef {import("./lib/load.mjs").Scenario} Scenario */

const PORT = Number(process.env.BENCH_PORT ?? 8862);
const SIZE = {
  projects: Number(process.env.BENCH_PROJECTS ?? 200),
  perProject: Number(process.env.BENCH_TECHS ?? 500),
  repos: Number(process.env.BENCH_REPOS ?? 5),
  pool: Number(process.env.BENCH_POOL ?? 2000),
  driftPerProject: 10,
};
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
/** Each portfolio scenario's throughput at least this share of the bare route's. */
const TARGET = { ratio: 0.3, scenarios: ["radar", "matrix", "drift"], connections: 32 };
const BASE = `http://127.0.0.1:${PORT}`;

/** @param {string} msg */
const step = (msg) => console.log(`\u203a ${msg}`);
/** @param {number} n */
const round2 = (n) => Math.round(n * 100) / 100;

const loadAtStart = os.loadavg().map(round2);
const INSPECTOR = process.env.BENCH_INSPECTOR_PORT;
const server = throwawayServer({
  name: "portfolio",
  port: PORT,
  args: INSPECTOR ? ["--inspector-port", INSPECTOR] : [],
  snapshot: true,
  step,
});
try {
  if ((loadAtStart[0] ?? 0) > os.cpus().length * 0.5) {
    console.warn(`! load average ${loadAtStart[0]} on ${os.cpus().length} CPUs: other work will skew the figures`);
  }
  step(
    `seeding ${SIZE.projects} projects × ${SIZE.perProject} technologies × ${SIZE.repos} repositories (pool of ${SIZE.pool} names) into the local D1 file`,
  );
  const started = performance.now();
  applyMigrations(server.persistTo);
  const file = localDatabaseFile(server.persistTo);
  if (!file) throw new Error(`no local D1 database under ${server.persistTo}`);
  // One transaction with a large page cache: wrangler d1 execute --file took minutes per 10,000
  // rows here, thrashing SQLite's default 2 MB cache through the triggers' index writes.
  const db = new DatabaseSync(file);
  db.exec("PRAGMA cache_size = -262144");
  db.exec(`BEGIN;\n${portfolioSql(SIZE).sql}COMMIT;`);
  const counts = db
    .prepare(
      "select (select count(*) from technologies) as technologies, (select count(*) from portfolio_keys) as keys",
    )
    .get();
  db.close();
  const seedMs = Math.round(performance.now() - started);
  step(`seeded in ${(seedMs / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  await server.start();
  const pgid = server.child?.pid;
  if (!pgid || !server.adminKey) throw new Error("wrangler dev has no process id or admin key");
  const auth = { authorization: `Bearer ${server.adminKey}` };
  /** @type {Scenario[]} */
  const scenarios = [
    { name: "bare", path: "/api/v1/ping", headers: {} },
    { name: "radar", path: "/api/v1/portfolio/radar", headers: auth },
    { name: "matrix", path: "/api/v1/portfolio/matrix?limit=20", headers: auth },
    { name: "drift", path: "/api/v1/portfolio/drift?limit=20", headers: auth },
  ];
  /** @type {Record<string, unknown>} */
  const shapes = {};
  for (const s of scenarios.slice(1)) {
    const res = await fetch(`${BASE}${s.path}`, { headers: s.headers });
    const body = /** @type {{ blips?: unknown[], data?: { cells?: unknown[] }[], projects?: unknown[] }} */ (
      await res.json()
    );
    if (res.status !== 200) throw new Error(`${s.name}: ${s.path} answered ${res.status}: ${JSON.stringify(body)}`);
    shapes[s.name] =
      s.name === "radar"
        ? { blips: body.blips?.length }
        : s.name === "matrix"
          ? {
              rows: body.data?.length,
              cells: body.data?.reduce((n, r) => n + (r.cells?.length ?? 0), 0),
              projects: body.projects?.length,
            }
          : { items: body.data?.length };
  }
  step(`answers: ${JSON.stringify(shapes)}`);
  const results = await measureAll(scenarios, {
    base: BASE,
    port: PORT,
    pgid,
    connections: CONNECTIONS,
    durationS: DURATION,
    warmupS: WARMUP,
    rounds: ROUNDS,
    step,
  });
  const bare = results.find((r) => r.scenario === "bare");
  if (!bare) throw new Error("no bare result");
  console.log(`\n${table(results, bare.reqPerSec)}\n`);
  console.log("CPU ms per request by process:");
  for (const r of results) {
    const parts = Object.entries(r.cpuMsPerRequest).filter(([k]) => k !== "total");
    console.log(`  ${r.scenario.padEnd(9)} ${parts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
  }
  /** @type {Record<string, { ratio: number, cpuRatio: number, ok: boolean }>} */
  const ratios = {};
  for (const name of TARGET.scenarios) {
    const r = results.find((x) => x.scenario === name);
    if (!r) continue;
    const ratio = r.reqPerSec / bare.reqPerSec;
    const cpuRatio = (bare.cpuMsPerRequest.total ?? 0) / (r.cpuMsPerRequest.total ?? 1);
    ratios[name] = { ratio: round2(ratio), cpuRatio: round2(cpuRatio), ok: ratio >= TARGET.ratio };
  }
  const pass = Object.values(ratios).every((r) => r.ok) && CONNECTIONS === TARGET.connections;
  console.log(
    `target (${TARGET.connections} connections): throughput >= ${TARGET.ratio} of bare -> ${Object.entries(ratios)
      .map(([n, r]) => `${n} ${r.ratio.toFixed(2)} ${r.ok ? "PASS" : "FAIL"}`)
      .join(", ")}`,
  );
  const now = new Date();
  const report = {
    benchmark: "portfolio",
    date: now.toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      loadAvgAtStart: loadAtStart,
      loadAvgAtEnd: os.loadavg().map(round2),
    },
    node: process.version,
    size: SIZE,
    settings: { port: PORT, connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, rounds: ROUNDS },
    seeding:
      "SQL INSERTs loaded with wrangler d1 execute --local --file into the throwaway state (migration 0050's triggers build the portfolio keys)",
    seedMs,
    shapes,
    target: TARGET,
    ratios,
    pass,
    results,
  };
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `portfolio-${stamp}.json`), json);
  writeFileSync(join(dir, "portfolio-latest.json"), json);
  step(`wrote bench/results/portfolio-${stamp}.json and bench/results/portfolio-latest.json`);
  const failed = results.filter((r) => r.non2xx || r.errors || r.timeouts);
  if (failed.length)
    throw new Error(
      `requests failed: ${failed.map((f) => `${f.scenario} ${JSON.stringify(f.statusCodes)}`).join("; ")}`,
    );
  if (!pass) process.exitCode = 1;
} catch (err) {
  console.error(`\nbench:portfolio failed: ${err instanceof Error ? err.message : err}`);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
