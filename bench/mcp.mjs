// @ts-check
// `npm run bench:mcp`: the same two reads through MCP and through REST, in one run on one throwaway
// `wrangler dev`: list_technologies against GET /api/v1/technologies and search_knowledge against
// GET /api/v1/knowledge/search, each pair with the same filters. MCP requests are single stateless
// 2026-07-28 POSTs (no handshake, as a 2026-era client sends them). Rounds interleave the four
// scenarios so a busy machine skews them alike. Prints each MCP/REST throughput ratio against the
// target (>= 0.8) and writes bench/results/mcp-<timestamp>.json and bench/results/mcp-latest.json.
//
// Environment: BENCH_PORT (default 8833), BENCH_DURATION (seconds per scenario and round, default 8),
// BENCH_ROUNDS (default 2), BENCH_CONNECTIONS (default 16), BENCH_ROWS (technologies, default 2000).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { apiClient, applyMigrations, ROOT, wrangler } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { seedSql } from "./lib/technology-seed.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8833);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROWS = Number(process.env.BENCH_ROWS ?? 2000);
const TARGET = 0.8;
const DOCUMENTS = 30;
const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/** @typedef {{ name: string; method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string }} Scenario */

/**
 * A 2026-07-28 tools/call POST: the protocol version, client info and capabilities in `_meta`,
 * mirrored in the headers the revision asks for.
 * @param {string} key
 * @param {string} tool
 * @param {Record<string, unknown>} args
 * @returns {Omit<Scenario, "name">}
 */
function mcpCall(key, tool, args) {
  const _meta = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": { name: "bench", version: "1.0.0" },
    "io.modelcontextprotocol/clientCapabilities": {},
  };
  return {
    method: "POST",
    path: "/mcp",
    headers: {
      authorization: `Bearer ${key}`,
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2026-07-28",
      "mcp-method": "tools/call",
      "mcp-name": tool,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: tool, arguments: args, _meta },
    }),
  };
}

/**
 * One request of a scenario, checked: 200 and, for MCP, a result that is not an error.
 * @param {string} base
 * @param {Scenario} s
 */
async function check(base, s) {
  const res = await fetch(`${base}${s.path}`, { method: s.method, headers: s.headers, body: s.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${s.name}: ${res.status} ${text.slice(0, 300)}`);
  if (s.method === "POST") {
    const answer = JSON.parse(text);
    if (answer.error || answer.result?.isError) throw new Error(`${s.name}: ${text.slice(0, 300)}`);
    return answer.result.structuredContent;
  }
  return JSON.parse(text);
}

/**
 * @param {string} base
 * @param {Scenario} s
 * @returns {Promise<{ reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number }>}
 */
function load(base, s) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${s.path}`,
        method: s.method,
        headers: s.headers,
        body: s.body,
        connections: CONNECTIONS,
        duration: DURATION,
      },
      (err, r) =>
        err
          ? reject(err)
          : resolve({
              // Only answers that served the call count: a refusal or an error is not throughput.
              reqPerSec: r["2xx"] / (r.duration || DURATION),
              p50: r.latency.p50,
              p99: r.latency.p99,
              non2xx: r.non2xx,
              errors: r.errors,
            }),
    );
  });
}

const server = throwawayServer({ name: "mcp", port: PORT, snapshot: true, step });
const round2 = (/** @type {number} */ n) => Math.round(n * 100) / 100;
let exitCode = 0;
try {
  // Rows go in before wrangler starts: a database written by another process while wrangler serves
  // it can drop wrangler's connections (see bench/api.mjs).
  const projectId = `prj_bench${Date.now()}`;
  step(`seeding ${ROWS} technologies (SQL, before wrangler dev starts)`);
  applyMigrations(server.persistTo);
  const file = join(server.tmp, "seed.sql");
  const head = `INSERT INTO projects (id, slug, name, owner) VALUES ('${projectId}', 'bench-${Date.now()}', 'MCP bench', 'bench');`;
  writeFileSync(file, `${head}\n${seedSql(projectId, 0, ROWS)}`);
  wrangler(["d1", "execute", "DB", "--local", "--file", file, "--yes"], { persistTo: server.persistTo });
  rmSync(file);
  const admin = await server.start();
  // The service plan's limit (60000 a minute) is far above what this machine serves: a standard key
  // (600 a minute) would be answered 429 for most of a round and the cheap refusals counted as load.
  const { secret: key } = await admin("POST", "/api/v1/keys", {
    name: "bench",
    scopes: ["read", "write"],
    plan: "service",
    projectId,
  });
  const api = apiClient(server.base, key);
  step(`ingesting ${DOCUMENTS} knowledge documents through the API`);
  for (let i = 0; i < DOCUMENTS; i++) {
    await api("POST", "/api/v1/knowledge/documents", {
      title: `Runbook ${i}`,
      content: `# Runbook ${i}\n\n## Deploys\n\nRoll back a failed deploy of service ${i} with the release tool; caches warm in ${i} minutes.`,
    });
  }
  const auth = { authorization: `Bearer ${key}` };
  const listArgs = { status: "evaluation,research", priorityMin: 2, sort: "-updatedAt", limit: 20 };
  const searchArgs = { q: "roll back a failed deploy", mode: "keyword", limit: 10 };
  /** @type {Scenario[]} */
  const scenarios = [
    {
      name: "rest list",
      method: "GET",
      path: `/api/v1/technologies?${new URLSearchParams({ ...listArgs, priorityMin: "2", limit: "20" })}`,
      headers: auth,
    },
    { name: "mcp list_technologies", ...mcpCall(key, "list_technologies", listArgs) },
    {
      name: "rest search",
      method: "GET",
      path: `/api/v1/knowledge/search?${new URLSearchParams({ ...searchArgs, limit: "10" })}`,
      headers: auth,
    },
    { name: "mcp search_knowledge", ...mcpCall(key, "search_knowledge", searchArgs) },
  ];
  /** @type {{ data: { id?: string }[] }[]} */
  const answers = await Promise.all(scenarios.map((s) => check(server.base, s)));
  const ids = (/** @type {number} */ i) => JSON.stringify(answers[i]?.data.map((r) => r.id));
  if (ids(0) !== ids(1)) throw new Error("list_technologies and the REST list answered different rows");
  if (!answers[2]?.data.length || answers[2].data.length !== answers[3]?.data.length)
    throw new Error("search_knowledge and the REST search answered different hits");
  step(`${ROUNDS} rounds of ${DURATION} s per scenario at ${CONNECTIONS} connections`);
  /** @type {Record<string, { reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number }[]>} */
  const runs = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of scenarios) {
      const r = await load(server.base, s);
      runs[s.name] = [...(runs[s.name] ?? []), r];
      step(`round ${round} ${s.name}: ${r.reqPerSec.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [
      name,
      {
        reqPerSec: round2(rs.reduce((a, r) => a + r.reqPerSec, 0) / rs.length),
        p50Ms: Math.max(...rs.map((r) => r.p50)),
        p99Ms: Math.max(...rs.map((r) => r.p99)),
        non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
        errors: rs.reduce((a, r) => a + r.errors, 0),
      },
    ]),
  );
  const ratio = (/** @type {string} */ mcp, /** @type {string} */ rest) =>
    round2((summary[mcp]?.reqPerSec ?? 0) / (summary[rest]?.reqPerSec ?? 1));
  const ratios = {
    list: ratio("mcp list_technologies", "rest list"),
    search: ratio("mcp search_knowledge", "rest search"),
  };
  const failed = Object.values(summary).some((s) => s.non2xx > 0 || s.errors > 0);
  const pass = ratios.list >= TARGET && ratios.search >= TARGET && !failed;
  console.log("\nscenario                  req/s   p50 ms   p99 ms  non-2xx");
  for (const [name, s] of Object.entries(summary)) {
    console.log(
      `${name.padEnd(24)}${String(s.reqPerSec).padStart(7)}${String(s.p50Ms).padStart(9)}${String(s.p99Ms).padStart(9)}${String(s.non2xx).padStart(9)}`,
    );
  }
  console.log(
    `\nMCP / REST throughput: list ${ratios.list}, search ${ratios.search} (target >= ${TARGET}; 2xx answers only${failed ? "; some requests failed" : ""}) -> ${pass ? "PASS" : "FAIL"}`,
  );
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAvg: os.loadavg().map(round2) },
    settings: { rows: ROWS, documents: DOCUMENTS, durationS: DURATION, rounds: ROUNDS, connections: CONNECTIONS },
    summary,
    ratios,
    target: TARGET,
    pass,
  };
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(dir, `mcp-${result.at.replace(/[:.]/g, "-")}.json`), json);
  writeFileSync(join(dir, "mcp-latest.json"), json);
  if (!pass) exitCode = 1;
} catch (err) {
  exitCode = 1;
  console.error(err);
  server.printTail();
} finally {
  await server.stop();
}
process.exit(exitCode);
