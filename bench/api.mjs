// `npm run bench:api`: seeds 10,000 technologies into one project of a throwaway local database,
// drives `wrangler dev` on loopback with autocannon, and compares a filtered, paginated technology
// list with a bare route of the same Worker measured in the same run. Prints a table and writes
// bench/results/api-<timestamp>.json and bench/results/api-latest.json.
//
// Environment: BENCH_PORT (default 8790), BENCH_DURATION (seconds per scenario, default 10),
// BENCH_WARMUP (seconds, default 3), BENCH_ROUNDS (interleaved rounds per scenario, default 2), BENCH_CONNECTIONS (default 32), BENCH_ROWS (default 10000),
// BENCH_LOG_LEVEL (wrangler's --log-level, default: wrangler's own).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { ROOT, wrangler } from "../scripts/lib/local.mjs";
import { prng } from "../scripts/lib/prng.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8790);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL;
const TARGET = { ratio: 0.4, p99Ms: 25, connections: 32 };
const BASE = `http://127.0.0.1:${PORT}`;

const DOMAINS = [
  "ai-ml",
  "languages-frameworks",
  "data",
  "infrastructure",
  "platforms",
  "tools",
  "security",
  "ui-ux",
  "other",
];
const STATUSES = ["discovery", "research", "evaluation", "implementation", "integrated", "archived"];
const TAGS = [
  "edge",
  "runtime",
  "http",
  "orm",
  "sql",
  "sqlite",
  "vectors",
  "search",
  "web",
  "spa",
  "observability",
  "auth",
  "containers",
  "streaming",
  "queues",
  "caching",
  "testing",
  "ci",
  "security",
  "ml",
  "llm",
  "graph",
  "mobile",
  "wasm",
  "rust",
  "go",
  "typescript",
  "python",
  "infra-as-code",
  "serverless",
];
const VENDORS = ["Cloudflare", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", null];
const WORDS = [
  "stream",
  "cache",
  "edge",
  "vector",
  "graph",
  "queue",
  "proxy",
  "engine",
  "runtime",
  "compiler",
  "router",
  "store",
  "index",
  "mesh",
  "agent",
  "pipeline",
];

const step = (msg) => console.log(`\u203a ${msg}`);

const sqlText = (v) => (v === null ? "NULL" : `'${String(v).replaceAll("'", "''")}'`);

/** INSERT statements for `rows` technologies of one project, in multi-row chunks (D1 refuses statements over 100 KB). */
function seedSql(projectId, rows) {
  const rand = prng(20261125);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const start = Date.parse("2026-01-01T00:00:00.000Z");
  const span = 300 * 24 * 3600 * 1000;
  const statements = [];
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const created = start + Math.floor(rand() * span);
    const updated = created + Math.floor(rand() * (start + span - created));
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(TAGS)))];
    const w1 = pick(WORDS);
    const w2 = pick(WORDS);
    const vendor = pick(VENDORS);
    const title = `${w1[0].toUpperCase()}${w1.slice(1)} ${w2} ${String(i).padStart(5, "0")}`;
    const description = `A ${w1} ${w2} for ${pick(DOMAINS)} work${rand() < 0.3 ? `, with ${pick(WORDS)} support` : ""}.`;
    const links = JSON.stringify([{ title: "Home", url: `https://example.com/tech/${i}` }]);
    const values = [
      sqlText(`tech_bench${String(i).padStart(6, "0")}`),
      sqlText(projectId),
      sqlText(title),
      sqlText(vendor),
      sqlText(pick(DOMAINS)),
      sqlText(pick(STATUSES)),
      String(1 + Math.floor(rand() * 5)),
      String(Math.floor(rand() * 101)),
      sqlText(JSON.stringify(tags)),
      sqlText(description),
      sqlText(links),
      "1",
      sqlText(new Date(created).toISOString()),
      sqlText(new Date(updated).toISOString()),
    ];
    chunk.push(`(${values.join(",")})`);
    if (chunk.length === 100 || i === rows - 1) {
      statements.push(
        "INSERT INTO technologies (id, project_id, title, vendor, domain, status, priority, relevance_score, tags, description, links, version, created_at, updated_at) VALUES\n" +
          `${chunk.join(",\n")};`,
      );
      chunk = [];
    }
  }
  return `${statements.join("\n")}\n`;
}

/**
 * CPU time (ms) used so far by each process of wrangler's process group, read from /proc (Linux
 * only; empty elsewhere). CPU per request is a steadier figure than req/s on a busy machine.
 */
function groupCpu(pgid) {
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
        label = cmd.some((a) => a.includes(`entry=127.0.0.1:${PORT}`)) ? "workerd-proxy" : "workerd";
      else if (cmd.some((a) => a.endsWith("wrangler-dist/cli.js"))) label = "wrangler-node";
      else if (label === "node" || label === "wrangler") label = "wrangler-launcher";
      out[`${label}#${pid}`] = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {}
  }
  return out;
}

/** CPU ms per request by process between two `groupCpu` readings (processes under 0.01 ms left out). */
function cpuPerRequest(before, after, requests, selfMs) {
  const per = {};
  for (const [k, v] of Object.entries(after)) {
    const label = k.split("#")[0];
    const ms = (v - (before[k] ?? 0)) / requests;
    if (ms >= 0.01) per[label] = Math.round(((per[label] ?? 0) + ms) * 100) / 100;
  }
  per["bench (autocannon)"] = Math.round((selfMs / requests) * 100) / 100;
  per.total = Math.round(Object.values(per).reduce((a, b) => a + b, 0) * 100) / 100;
  return per;
}

/** Nearest-rank percentile of sorted values, rounded to 0.1 ms. */
const percentile = (sorted, p) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
    : null;

/** One autocannon run of a scenario, keeping every response time (ms) and the group's CPU use. */
async function runOnce(s, duration) {
  const latencies = [];
  const cpuBefore = groupCpu(server.child.pid);
  const selfBefore = process.cpuUsage();
  const run = autocannon({ url: `${BASE}${s.path}`, connections: CONNECTIONS, headers: s.headers, duration });
  run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const r = await run;
  const self = process.cpuUsage(selfBefore);
  return { r, latencies, cpuBefore, cpuAfter: groupCpu(server.child.pid), selfMs: (self.user + self.system) / 1000 };
}

/**
 * Measures every scenario in interleaved rounds (bare, list, ..., bare, list, ...) after a warm-up
 * of each, so drift in the machine's load falls on all scenarios alike rather than on the last one.
 */
async function measureAll(scenarios) {
  for (const s of scenarios)
    if (WARMUP > 0)
      await autocannon({ url: `${BASE}${s.path}`, connections: CONNECTIONS, headers: s.headers, duration: WARMUP });
  const acc = new Map(scenarios.map((s) => [s.name, { latencies: [], runs: [], cpu: [], selfMs: 0 }]));
  const slice = DURATION / ROUNDS;
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of scenarios) {
      const { r, latencies, cpuBefore, cpuAfter, selfMs } = await runOnce(s, slice);
      const a = acc.get(s.name);
      a.latencies.push(...latencies);
      a.runs.push(r);
      a.cpu.push([cpuBefore, cpuAfter]);
      a.selfMs += selfMs;
      step(`round ${round}/${ROUNDS} ${s.name}: ${(r.requests.total / r.duration).toFixed(1)} req/s`);
    }
  }
  return scenarios.map((s) => {
    const a = acc.get(s.name);
    const requests = a.runs.reduce((n, r) => n + r.requests.total, 0);
    const durationS = a.runs.reduce((n, r) => n + r.duration, 0);
    const cpuMs = {};
    for (const [before, after] of a.cpu) {
      for (const [k, v] of Object.entries(after)) cpuMs[k] = (cpuMs[k] ?? 0) + v - (before[k] ?? 0);
    }
    const statusCodes = {};
    for (const r of a.runs) {
      for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {}))
        statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
    const sorted = a.latencies.sort((x, y) => x - y);
    return {
      scenario: s.name,
      path: s.path,
      connections: CONNECTIONS,
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
  });
}

function table(rows, bareRps) {
  const head = ["scenario", "req/s", "p50 ms", "p99 ms", "vs bare", "non-2xx/err", "CPU ms/req"];
  const body = rows.map((r) => [
    r.scenario,
    r.reqPerSec.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p99),
    r.scenario === "bare" ? "1.00" : (r.reqPerSec / bareRps).toFixed(2),
    `${r.non2xx}/${r.errors + r.timeouts}`,
    r.cpuMsPerRequest.total.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

// --- run ---------------------------------------------------------------------------------------

const server = throwawayServer({
  name: "api",
  port: PORT,
  args: LOG_LEVEL ? ["--log-level", LOG_LEVEL] : [],
  step,
});
const { tmp, persistTo } = server;

const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
try {
  if (loadAtStart[0] > os.cpus().length * 0.5) {
    console.warn(`! load average ${loadAtStart[0]} on ${os.cpus().length} CPUs: other work will skew the figures`);
  }
  const admin = await server.start();
  const { project, key, api } = await server.project(admin, { name: "Bench", description: "API benchmark" });

  step(`seeding ${ROWS} technologies into ${project.slug} (wrangler d1 execute --file)`);
  const seedStarted = performance.now();
  const seedFile = join(tmp, "seed.sql");
  writeFileSync(seedFile, seedSql(project.id, ROWS));
  wrangler(["d1", "execute", "DB", "--local", "--file", seedFile, "--yes"], { persistTo });
  const seedMs = Math.round(performance.now() - seedStarted);
  const check = await api("GET", "/api/v1/technologies?limit=1");
  if (check.total !== ROWS)
    throw new Error(`expected ${ROWS} technologies after seeding, the API counts ${check.total}`);
  step(`seeded in ${(seedMs / 1000).toFixed(1)} s; the API counts ${check.total}`);

  const auth = { authorization: `Bearer ${key}` };
  const LIST = "/api/v1/technologies?status=evaluation,research&priorityMin=2&sort=-updatedAt&page=3&limit=20";
  const scenarios = [
    { name: "bare", path: "/api/v1/ping", headers: {} },
    { name: "list", path: LIST, headers: auth },
    { name: "list+tag", path: `${LIST}&tag=streaming`, headers: auth },
    { name: "list+q", path: `${LIST}&q=cache`, headers: auth },
  ];
  // One plain request each first: the right status and a full page, so the load is the real work.
  const shapes = {};
  for (const s of scenarios) {
    const res = await fetch(`${BASE}${s.path}`, { headers: s.headers });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`${s.name}: GET ${s.path} answered ${res.status}: ${JSON.stringify(body)}`);
    if (s.name !== "bare") {
      shapes[s.name] = { total: body.total, rows: body.data.length };
      if (body.data.length !== 20) throw new Error(`${s.name}: expected a full page of 20, got ${body.data.length}`);
    }
  }
  step(
    `matching rows: ${Object.entries(shapes)
      .map(([n, s]) => `${n} ${s.total}`)
      .join(", ")}`,
  );

  step(
    `measuring ${scenarios.length} scenarios at ${CONNECTIONS} connections: ${WARMUP} s warm-up each, then ${ROUNDS} interleaved rounds of ${DURATION / ROUNDS} s`,
  );
  const results = await measureAll(scenarios);

  const bare = results.find((r) => r.scenario === "bare");
  const list = results.find((r) => r.scenario === "list");
  const ratio = list.reqPerSec / bare.reqPerSec;
  const verdict = {
    ratio: Math.round(ratio * 1000) / 1000,
    ratioOk: ratio >= TARGET.ratio,
    p99Ms: list.latencyMs.p99,
    p99Ok: list.latencyMs.p99 < TARGET.p99Ms,
  };
  verdict.pass = verdict.ratioOk && verdict.p99Ok && CONNECTIONS === TARGET.connections;

  console.log(`\n${table(results, bare.reqPerSec)}\n`);
  console.log("CPU ms per request by process:");
  for (const r of results) {
    const parts = Object.entries(r.cpuMsPerRequest).filter(([k]) => k !== "total");
    console.log(`  ${r.scenario.padEnd(9)} ${parts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
  }
  console.log("");
  console.log(
    `target (list, ${TARGET.connections} connections): throughput >= ${TARGET.ratio * 100}% of bare -> ` +
      `${(ratio * 100).toFixed(1)}% ${verdict.ratioOk ? "PASS" : "FAIL"}; p99 < ${TARGET.p99Ms} ms -> ` +
      `${list.latencyMs.p99} ms ${verdict.p99Ok ? "PASS" : "FAIL"}` +
      (CONNECTIONS === TARGET.connections ? "" : ` (measured at ${CONNECTIONS} connections: not comparable)`),
  );
  // A closed loop keeps CONNECTIONS requests in flight, so mean latency ~= CONNECTIONS / throughput.
  const neededRps = Math.ceil(CONNECTIONS / (TARGET.p99Ms / 1000));
  console.log(
    `note: with ${CONNECTIONS} connections always busy, mean latency ~= ${CONNECTIONS} / req/s; a p99 under ` +
      `${TARGET.p99Ms} ms needs well over ${neededRps} req/s (the bare route here: ${bare.reqPerSec} req/s, ` +
      `${bare.cpuMsPerRequest.total} ms CPU per request across wrangler's processes on ${os.cpus().length} CPUs)`,
  );

  const failures = results.filter((r) => r.non2xx || r.errors || r.timeouts);
  const now = new Date();
  const report = {
    benchmark: "api",
    date: now.toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      loadAvgAtStart: loadAtStart,
      loadAvgAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    node: process.version,
    settings: {
      port: PORT,
      connections: CONNECTIONS,
      durationS: DURATION,
      warmupS: WARMUP,
      rounds: ROUNDS,
      rows: ROWS,
      logLevel: LOG_LEVEL ?? null,
    },
    seed: { rows: ROWS, ms: seedMs, matching: shapes },
    target: TARGET,
    verdict,
    results,
    wranglerOutputLines: server.log.lines,
  };
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `api-${stamp}.json`), json);
  writeFileSync(join(dir, "api-latest.json"), json);
  step(`wrote bench/results/api-${stamp}.json and bench/results/api-latest.json`);

  if (failures.length) {
    throw new Error(
      `requests failed: ${failures.map((f) => `${f.scenario} (non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}, codes ${JSON.stringify(f.statusCodes)})`).join("; ")}`,
    );
  }
} catch (err) {
  console.error(`\nbench:api failed: ${err instanceof Error ? err.message : err}`);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
