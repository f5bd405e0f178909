// @ts-check
// `npm run bench:portfolio`: seeds a portfolio of 200 projects × 500 technologies × 5 repositories
// (each repository with a stored analysis) plus open drift items into a throwaway local database,
// drives `wrangler dev` on loopback with autocannon as an instance admin, and compares the
// portfolio radar, a matrix page and the drift list with a bare route of the same Worker measured
// in the same run (not a target: "floor", an authenticated read of almost nothing). The rows go
// straight into the local D1 SQLite file (node:sqlite, one transaction, the schema's own triggers
// firing) before wrangler starts: through the API they would take hours.
// Prints a table and writes bench/results/portfolio-<timestamp>.json and portfolio-latest.json.
//
// Environment: BENCH_PORT (default 8862), BENCH_PROJECTS (200), BENCH_TECHS (500 per project),
// BENCH_REPOS (5 per project), BENCH_POOL (distinct technology names, 2000), BENCH_DURATION
// (seconds per scenario, 10), BENCH_WARMUP (3), BENCH_ROUNDS (2), BENCH_CONNECTIONS (32),
// BENCH_INSPECTOR_PORT (wrangler dev's --inspector-port, for a CPU profile under load).
import { DatabaseSync } from "node:sqlite";
import { localDatabaseFile } from "../scripts/lib/d1-backup.mjs";
import { measureAll } from "./lib/load.mjs";
import { portfolioSql } from "./lib/portfolio-seed.mjs";
import { benchServer, loadAtStart, machine, seedBeforeStart, verdict, writeResults } from "./lib/seeded-run.mjs";

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

const loadStart = loadAtStart();
const server = benchServer({ name: "portfolio", port: PORT, step });
try {
  step(
    `seeding ${SIZE.projects} projects × ${SIZE.perProject} technologies × ${SIZE.repos} repositories (pool of ${SIZE.pool} names) into the local D1 file`,
  );
  /** @type {unknown} */
  let counts = null;
  const seedMs = seedBeforeStart(server, (persistTo) => {
    const file = localDatabaseFile(persistTo);
    if (!file) throw new Error(`no local D1 database under ${persistTo}`);
    // One transaction with a large page cache: wrangler d1 execute --file took minutes per 10,000
    // rows here, thrashing SQLite's default 2 MB cache through the triggers' index writes.
    const db = new DatabaseSync(file);
    db.exec("PRAGMA cache_size = -262144");
    db.exec(`BEGIN;\n${portfolioSql(SIZE).sql}COMMIT;`);
    counts = db
      .prepare(
        "select (select count(*) from technologies) as technologies, (select count(*) from portfolio_keys) as keys",
      )
      .get();
    db.close();
  });
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
    // Not a target: the key check plus one tiny read, the least any authenticated portfolio read costs.
    { name: "floor", path: "/api/v1/portfolio/links", headers: auth },
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
  const { ratios, pass } = verdict(results, TARGET, CONNECTIONS);
  const now = new Date();
  const report = {
    benchmark: "portfolio",
    date: now.toISOString(),
    machine: machine(loadStart),
    node: process.version,
    size: SIZE,
    settings: { port: PORT, connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, rounds: ROUNDS },
    seeding:
      "SQL INSERTs run with node:sqlite in one transaction on the throwaway state's D1 file before wrangler starts (migration 0050's triggers build the portfolio keys)",
    seedMs,
    shapes,
    target: TARGET,
    ratios,
    pass,
    results,
  };
  writeResults("portfolio", now, report, step);

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
