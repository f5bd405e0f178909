// @ts-check
// `npm run fuzz`: starts a throwaway `wrangler dev` on loopback, seeds two projects with one object
// of every tenant resource, reads /api/v1/openapi.json and sends every operation a valid baseline
// and bad input (wrong types, nulls, huge and odd strings, bad JSON, wrong content types, bad path
// ids and query values, another project's ids, concurrent duplicates). Prints counts per operation
// by status class and every failure; writes bench/results/fuzz-<timestamp>.json and
// fuzz-latest.json; exits 1 when any answer was a 5xx, not JSON on an /api path, leaked a stack
// trace or SQL error, or never came.
//
// Flags (or environment): --port (FUZZ_PORT, default 8797), --seed (FUZZ_SEED), --max-requests
// (FUZZ_MAX_REQUESTS, default 20000), --seconds (FUZZ_SECONDS, the time budget for the cases,
// shared equally by the operations, default 420), --per-op (FUZZ_PER_OP, cases per operation,
// default 400), --concurrency (FUZZ_CONCURRENCY, default 4), --duplicates (FUZZ_DUPLICATES,
// default 20), --only (FUZZ_ONLY, a regular expression on "METHOD /path"), --base and --admin-key
// (FUZZ_BASE, FUZZ_ADMIN_KEY: fuzz a server already running on loopback instead of starting one).
// FUZZ_WRANGLER_LOG names a file that receives wrangler's whole output.
// The seed fixes which cases run and in what order; names and titles carry a time-based suffix.
import { appendFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ROOT } from "../lib/local.mjs";
import { prng } from "../lib/prng.mjs";
import { throwawayServer } from "../lib/throwaway.mjs";
import { casesOf, DUPLICATES } from "./cases.mjs";
import { operationsOf } from "./operations.mjs";
import { failuresOf, print, tally, writeSummary } from "./report.mjs";
import { runCase } from "./run.mjs";
import { seedWorld, send } from "./seed.mjs";

/** @typedef {import("./cases.mjs").Case} Case */
/** @typedef {import("./operations.mjs").Operation} Operation */

const { values: flags } = parseArgs({
  options: {
    port: { type: "string" },
    seed: { type: "string" },
    "max-requests": { type: "string" },
    seconds: { type: "string" },
    "per-op": { type: "string" },
    concurrency: { type: "string" },
    duplicates: { type: "string" },
    only: { type: "string" },
    base: { type: "string" },
    "admin-key": { type: "string" },
  },
});
/** @param {string | undefined} flag @param {string | undefined} env @param {number} fallback */
const num = (flag, env, fallback) => Number(flag ?? env ?? fallback);
const config = {
  port: num(flags.port, process.env.FUZZ_PORT, 8797),
  seed: num(flags.seed, process.env.FUZZ_SEED, 20261206),
  maxRequests: num(flags["max-requests"], process.env.FUZZ_MAX_REQUESTS, 20_000),
  seconds: num(flags.seconds, process.env.FUZZ_SECONDS, 420),
  perOp: num(flags["per-op"], process.env.FUZZ_PER_OP, 400),
  concurrency: Math.max(1, num(flags.concurrency, process.env.FUZZ_CONCURRENCY, 4)),
  duplicates: num(flags.duplicates, process.env.FUZZ_DUPLICATES, DUPLICATES),
  only: new RegExp(flags.only ?? process.env.FUZZ_ONLY ?? "."),
};
const existing = flags.base ?? process.env.FUZZ_BASE;

const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/**
 * Refuses any base URL that is not on loopback: the fuzz sends nothing anywhere else.
 * @param {string} base
 */
function assertLoopback(base) {
  const host = new URL(base).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`refusing to fuzz ${base}: loopback only`);
}

/**
 * Up to `limit` cases in a seeded order, keeping the baseline first.
 * @param {Case[]} cases
 * @param {number} limit
 * @param {() => number} rand
 */
function sample(cases, limit, rand) {
  if (cases.length <= limit) return cases;
  const [first, ...rest] = cases;
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rest[i], rest[j]] = /** @type {[Case, Case]} */ ([rest[j], rest[i]]);
  }
  return first ? [first, ...rest.slice(0, limit - 1)] : [];
}

/** Deletes and revokes run after everything else, deleting a project last of all. */
const rank = (/** @type {Operation} */ op) =>
  op.destructive ? (op.template.startsWith("/api/v1/projects") ? 2 : 1) : 0;

/**
 * Runs every operation's cases with `config.concurrency` in flight, within the budgets.
 * @param {Record<string, any>} doc
 * @param {import("./seed.mjs").World} world
 */
async function fuzz(doc, world) {
  const rand = prng(config.seed);
  const jobTypes = await send(world.base, world.a.admin, "GET", "/api/v1/job-types");
  const ops = operationsOf(doc)
    .filter((op) => config.only.test(op.key))
    .sort((x, y) => rank(x) - rank(y));
  const t = tally();
  const deadline = Date.now() + config.seconds * 1000;
  for (const [index, op] of ops.entries()) {
    // Each operation gets an equal share of the time left, so a slow one cannot starve the rest.
    const opDeadline = Date.now() + (deadline - Date.now()) / (ops.length - index);
    const ctx = { doc, world, op, jobTypes, duplicates: config.duplicates };
    const all = casesOf(ctx);
    const cases = sample(all, config.perOp, rand);
    t.skip(op.key, all.length - cases.length);
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = /** @type {Case} */ (cases[next++]);
        if (Date.now() > opDeadline || t.total.requests + (c.repeat ?? 1) > config.maxRequests) {
          t.skip(op.key, 1);
          continue;
        }
        const { answers, findings } = await runCase(ctx, c);
        t.add(op.key, answers, findings);
        if (findings.length)
          for (const f of findings) console.log(`  ! ${f.problem}: ${f.method} ${f.path} (${f.label})`);
      }
    };
    const opStarted = Date.now();
    await Promise.all(Array.from({ length: config.concurrency }, worker));
    t.time(op.key, (Date.now() - opStarted) / 1000);
    const c = t.byOp.get(op.key);
    step(`${op.key}: ${c?.requests ?? 0} requests, 5xx ${c?.["5xx"] ?? 0}`);
  }
  return t;
}

/** The Worker's own log of each unhandled error, by request id: the cause behind a 500. */
const causes = new Map();
/** @param {string} line */
function noteCause(line) {
  const at = line.indexOf('{"level":"error"');
  if (at < 0) return;
  try {
    const entry = JSON.parse(line.slice(at, line.lastIndexOf("}") + 1));
    if (entry.requestId) causes.set(entry.requestId, String(entry.error ?? entry.msg));
  } catch {}
}
const server = existing
  ? null
  : throwawayServer({
      name: "fuzz",
      port: config.port,
      snapshot: true,
      step,
      onLine: (line) => {
        if (process.env.FUZZ_WRANGLER_LOG) appendFileSync(process.env.FUZZ_WRANGLER_LOG, `${line}\n`);
        noteCause(line);
      },
    });
const started = Date.now();
let exitCode = 1;
try {
  let base;
  let adminKey;
  if (server) {
    await server.start();
    base = server.base;
    adminKey = String(server.adminKey);
  } else {
    base = /** @type {string} */ (existing);
    adminKey = flags["admin-key"] ?? process.env.FUZZ_ADMIN_KEY ?? "";
  }
  assertLoopback(base);
  step("seeding two projects with one object of every tenant resource");
  const world = await seedWorld(base, adminKey);
  const doc = /** @type {Record<string, any>} */ (await (await fetch(`${base}/api/v1/openapi.json`)).json());
  step(`fuzzing ${Object.keys(doc.paths).length} paths of /api/v1/openapi.json (seed ${config.seed})`);
  const t = await fuzz(doc, world);
  const seconds = (Date.now() - started) / 1000;
  t.total.seconds = Math.round(seconds * 10) / 10;
  for (const f of t.findings) if (f.requestId && causes.has(f.requestId)) f.cause = causes.get(f.requestId);
  print(t, { seconds, seed: config.seed });
  const file = writeSummary(ROOT, t, {
    when: new Date().toISOString(),
    seconds,
    config: { ...config, only: String(config.only) },
  });
  step(`summary written to ${file}`);
  exitCode = failuresOf(t.findings).length ? 1 : 0;
} catch (err) {
  console.error(err);
  server?.printTail();
} finally {
  await server?.stop();
}
process.exit(exitCode);
