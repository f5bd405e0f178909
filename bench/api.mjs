// @ts-check
// `npm run bench:api`: seeds technologies into one project of a throwaway local database, drives
// `wrangler dev` on loopback with autocannon, and compares the technology list (plain filtered, by
// tag, by text) with a bare route of the same Worker measured in the same run, at each size in
// turn (10,000 and 100,000 rows), each on a fresh throwaway server. The project and its rows go
// straight into the database as SQL (`wrangler d1 execute --local --file`) before wrangler starts
// (through the API 100,000 rows would take about half an hour, and a database written by another
// process while wrangler serves it can drop wrangler's connections); the key is minted through the
// API once it serves. Prints a table per
// size and writes bench/results/api-<timestamp>.json and bench/results/api-latest.json.
//
// Environment: BENCH_PORT (default 8790), BENCH_SIZES (comma-separated row counts, default
// 10000,100000), BENCH_DURATION (seconds per scenario, default 10), BENCH_WARMUP (seconds, default 3),
// BENCH_ROUNDS (interleaved rounds per scenario, default 2), BENCH_CONNECTIONS (default 32),
// BENCH_LOG_LEVEL (wrangler's --log-level, default: wrangler's own), BENCH_INSPECTOR_PORT (wrangler dev's
// --inspector-port, for a CPU profile under load), BENCH_METRICS_COMPARE=1 (then, at the first size,
// the bare route and the list are also measured on two servers at once, HTTP metrics on and
// `METRICS=off`, in interleaved rounds; the second server uses BENCH_PORT + 2).
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { wrangler } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { measureAll } from "./lib/load.mjs";
import { compareLines, compareMetrics } from "./lib/metrics-compare.mjs";
import { benchServer, loadAtStart, machine, seedBeforeStart, verdict, writeResults } from "./lib/seeded-run.mjs";
import { seedSql } from "./lib/technology-seed.mjs";

/** @typedef {import("./lib/load.mjs").Scenario} Scenario */
/** @typedef {import("./lib/load.mjs").ScenarioResult} ScenarioResult */

const PORT = Number(process.env.BENCH_PORT ?? 8790);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL;
const METRICS_COMPARE = process.env.BENCH_METRICS_COMPARE === "1";
/** Each list scenario's throughput at least this share of the bare route's, at every size. */
const TARGET = { ratio: 0.5, scenarios: ["list", "list+tag", "list+q"], connections: 32 };
const BASE = `http://127.0.0.1:${PORT}`;
const LIST = "/api/v1/technologies?status=evaluation,research&priorityMin=2&sort=-updatedAt&page=3&limit=20";

/** @param {string} msg */
const step = (msg) => console.log(`\u203a ${msg}`);

/**
 * A throwaway server whose database holds a project with `rows` technologies, written before
 * wrangler starts; returns the server (not yet started), the project's id and the seeding time.
 * @param {number} rows
 */
function seededServer(rows) {
  const server = benchServer({ name: "api", port: PORT, args: LOG_LEVEL ? ["--log-level", LOG_LEVEL] : [], step });
  const projectId = `prj_bench${Date.now()}`;
  const head = `INSERT INTO projects (id, slug, name, owner) VALUES ('${projectId}', 'bench-${Date.now()}', 'Bench', 'bench');`;
  step(`seeding a project with ${rows} technologies (wrangler d1 execute --local --file, before wrangler dev starts)`);
  const seedMs = seedBeforeStart(server, (persistTo, tmp) => {
    const file = join(tmp, "seed.sql");
    writeFileSync(file, `${head}\n${seedSql(projectId, 0, rows)}`);
    wrangler(["d1", "execute", "DB", "--local", "--file", file, "--yes"], { persistTo });
    rmSync(file);
  });
  return { server, projectId, seedMs };
}

/**
 * One plain request per scenario first: the right status and a full page, so the load is the real
 * work. Returns how many rows each list scenario matches.
 * @param {Scenario[]} scenarios
 */
async function checkShapes(scenarios) {
  /** @type {Record<string, number>} */
  const matching = {};
  for (const s of scenarios) {
    const res = await fetch(`${BASE}${s.path}`, { headers: s.headers });
    const body = /** @type {{ data: unknown[], total: number }} */ (await res.json());
    if (res.status !== 200) throw new Error(`${s.name}: GET ${s.path} answered ${res.status}: ${JSON.stringify(body)}`);
    if (!s.name.startsWith("list")) continue;
    if (body.data.length !== 20) throw new Error(`${s.name}: expected a full page of 20, got ${body.data.length}`);
    matching[s.name] = body.total;
  }
  return matching;
}

const loadStart = loadAtStart();
/** @type {ReturnType<typeof seededServer>["server"] | null} */
let current = null;
/** @type {ReturnType<typeof throwawayServer> | null} */
let second = null;
try {
  if (!SIZES.length) throw new Error("BENCH_SIZES names no row count");
  const sizes = [];
  let wranglerOutputLines = 0;
  for (const rows of SIZES) {
    const { server, projectId, seedMs } = seededServer(rows);
    current = server;
    const admin = await server.start();
    const { secret: key } = await admin("POST", "/api/v1/keys", {
      name: "bench",
      scopes: ["read", "write"],
      plan: "service",
      projectId,
    });
    const pgid = server.child?.pid;
    if (!pgid) throw new Error("wrangler dev has no process id");
    const auth = { authorization: `Bearer ${key}` };
    /** @type {Scenario[]} */
    const scenarios = [
      { name: "bare", path: "/api/v1/ping", headers: {} },
      // Not a target: the key check plus one read by id, the least any authenticated read costs.
      { name: "get", path: "/api/v1/technologies/tech_bench000001", headers: auth },
      { name: "list", path: LIST, headers: auth },
      { name: "list+tag", path: `${LIST}&tag=streaming`, headers: auth },
      { name: "list+q", path: `${LIST}&q=cache`, headers: auth },
    ];
    const answer = await fetch(`${BASE}/api/v1/technologies?limit=1`, { headers: auth });
    const check = /** @type {{ total: number }} */ (await answer.json());
    if (check.total !== rows) {
      throw new Error(
        `expected ${rows} technologies after seeding, the API answered ${answer.status}: ${JSON.stringify(check)}`,
      );
    }
    const matching = await checkShapes(scenarios);
    step(
      `seeded in ${(seedMs / 1000).toFixed(1)} s; ${rows} rows, matching ${Object.entries(matching)
        .map(([n, m]) => `${n} ${m}`)
        .join(", ")}`,
    );
    step(
      `measuring ${scenarios.length} scenarios at ${CONNECTIONS} connections: ${WARMUP} s warm-up each, then ${ROUNDS} interleaved rounds of ${DURATION / ROUNDS} s`,
    );
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
    sizes.push({
      rows,
      seedMs,
      matching,
      verdict: verdict(results, TARGET, CONNECTIONS, `${rows} technologies`),
      results,
    });
    wranglerOutputLines += server.log.lines;
    await server.stop();
    current = null;
  }

  /** @type {Awaited<ReturnType<typeof compareMetrics>> | null} */
  let metricsComparison = null;
  if (METRICS_COMPARE) {
    const rows = SIZES[0] ?? 0;
    const { server: on, projectId } = seededServer(rows);
    current = on;
    second = throwawayServer({
      name: "api-metrics-off",
      port: PORT + 2,
      vars: { METRICS: "off" },
      args: LOG_LEVEL ? ["--log-level", LOG_LEVEL] : [],
      snapshot: true,
      step,
    });
    step(`metrics comparison at ${rows} rows: metrics on at ${BASE}, METRICS=off at port ${PORT + 2}`);
    metricsComparison = await compareMetrics({
      on,
      off: second,
      ports: { on: PORT, off: PORT + 2 },
      projectId,
      scenarios: (auth) => [
        { name: "bare", path: "/api/v1/ping", headers: {} },
        { name: "list", path: LIST, headers: auth },
      ],
      settings: { connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, rounds: ROUNDS, step },
    });
    console.log(`\nHTTP metrics on and off at ${rows} rows (same run, interleaved rounds):`);
    for (const line of compareLines(metricsComparison)) console.log(line);
    await second.stop();
    await on.stop();
    second = null;
    current = null;
  }

  const now = new Date();
  const report = {
    benchmark: "api",
    date: now.toISOString(),
    machine: machine(loadStart),
    node: process.version,
    settings: {
      port: PORT,
      connections: CONNECTIONS,
      durationS: DURATION,
      warmupS: WARMUP,
      rounds: ROUNDS,
      sizes: SIZES,
      logLevel: LOG_LEVEL ?? null,
      metricsCompare: METRICS_COMPARE,
    },
    seeding: "SQL INSERTs loaded with wrangler d1 execute --local --file into the throwaway state",
    target: TARGET,
    pass: sizes.every((s) => s.verdict.pass),
    sizes,
    metricsComparison,
    wranglerOutputLines,
  };
  writeResults("api", now, report, step);

  const failures = sizes.flatMap((s) =>
    s.results.filter((r) => r.non2xx || r.errors || r.timeouts).map((r) => ({ rows: s.rows, ...r })),
  );
  if (failures.length) {
    throw new Error(
      `requests failed: ${failures.map((f) => `${f.scenario} at ${f.rows} rows (non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}, codes ${JSON.stringify(f.statusCodes)})`).join("; ")}`,
    );
  }
} catch (err) {
  console.error(`\nbench:api failed: ${err instanceof Error ? err.message : err}`);
  if (err instanceof Error && err.cause) console.error("cause:", err.cause);
  current?.printTail();
  process.exitCode = 1;
} finally {
  await second?.stop();
  await current?.stop();
}
