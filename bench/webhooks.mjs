// `npm run bench:webhooks`: signed webhook delivery through the local Queue, against `wrangler dev`
// on loopback with a throwaway local database.
//
// One project, one endpoint subscribed to `technology.created`, pointing at an HTTP receiver on
// 127.0.0.1 run by this script. BENCH_EVENTS technologies are created through the API (each
// change writes its event and the endpoint's `pending` delivery in one D1 batch; the request
// queues it after commit). The receiver verifies every signature with the `standardwebhooks`
// package and fails 30% of first attempts at random with a 500, so those go through the Queue's
// 5 s retry. The Cron Trigger is ticked every minute as `npm start` does (the sweeper).
//
// Reported: deliveries per second (successful deliveries over the span from the first event to
// the last delivery), p50/p99 from event (`occurredAt`) to its successful delivery at the receiver
// (all events, and first-attempt successes alone), and the lost count, which must be 0: every
// delivery is `delivered`, or `retrying` with its next attempt recorded when the cut-off came.
// Prints a table and writes bench/results/webhooks-<timestamp>.json and webhooks-latest.json.
//
// The producer writes 4 at a time by default: that is the local server's fastest write rate; at 16
// the single local D1 is saturated by the writes, the consumer queues up behind them, and the
// latencies measure that backlog rather than the delivery pipeline.
//
// Environment: BENCH_PORT (default 8792), BENCH_EVENTS (10000), BENCH_CONCURRENCY (concurrent
// writes, 4), BENCH_FAIL_RATE (0.3), BENCH_TIMEOUT_S (cut-off after the last write, 300),
// BENCH_LOG_LEVEL (wrangler's --log-level, default warn), BENCH_DEV_LOG (a file to append
// wrangler's output to, e.g. with BENCH_LOG_LEVEL=log to see every batch and attempt).
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";
import { ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { percentile, round, sleep, step } from "./lib/measure.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8792);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const FAIL_RATE = Number(process.env.BENCH_FAIL_RATE ?? 0.3);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 300);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? "warn";
const BASE = `http://127.0.0.1:${PORT}`;

/** @typedef {{ occurredAt: number; attempts: number; okAt: number | null }} Seen one event at the receiver */

/**
 * The receiver: records each webhook by its `webhook-id` (the event id), verifies its signature,
 * and answers 500 to a random FAIL_RATE share of first attempts.
 */
function startReceiver() {
  /** @type {Map<string, Seen>} */
  const seen = new Map();
  const stats = { requests: 0, failedOnPurpose: 0, badSignatures: 0, duplicates: 0, lastOkAt: 0 };
  /** @type {Webhook | null} */
  let verifier = null;
  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      stats.requests++;
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(req.headers["webhook-id"] ?? "");
      /** @type {{ occurredAt: string }} */
      let event;
      try {
        if (!verifier) throw new Error("no secret yet");
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
        );
        event = /** @type {{ occurredAt: string }} */ (verifier.verify(body, headers));
      } catch {
        stats.badSignatures++;
        res.writeHead(400).end("bad signature");
        return;
      }
      let entry = seen.get(id);
      if (!entry) {
        entry = { occurredAt: Date.parse(event.occurredAt), attempts: 0, okAt: null };
        seen.set(id, entry);
      }
      entry.attempts++;
      if (entry.attempts === 1 && Math.random() < FAIL_RATE) {
        stats.failedOnPurpose++;
        res.writeHead(500).end("failing this first attempt on purpose");
        return;
      }
      if (entry.okAt !== null) stats.duplicates++;
      else {
        entry.okAt = at;
        stats.lastOkAt = at;
      }
      res.writeHead(204).end();
    });
  });
  const receiver = (/** @type {number} */ port) => ({
    url: `http://127.0.0.1:${port}/hook`,
    seen,
    stats,
    /** Checks signatures with the endpoint's secret from now on. */
    verifyWith: (/** @type {string} */ secret) => {
      verifier = new Webhook(secret);
    },
    /** Events delivered successfully so far. */
    delivered: () => [...seen.values()].filter((e) => e.okAt !== null).length,
    close: () => new Promise((r) => server.close(r)),
  });
  /** @type {Promise<ReturnType<typeof receiver>>} */
  const started = new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(receiver(typeof address === "object" && address ? address.port : 0));
    });
  });
  return started;
}

/**
 * Runs `count` tasks with at most `limit` in flight.
 * @param {number} count
 * @param {number} limit
 * @param {(i: number) => Promise<void>} task
 */
async function pool(count, limit, task) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) await task(next++);
  });
  await Promise.all(workers);
}

/**
 * Every delivery row of the endpoint with a given status, through the API.
 * @param {ReturnType<typeof import("../scripts/lib/local.mjs").apiClient>} api
 * @param {string} hookId
 * @param {string} status
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function deliveriesWith(api, hookId, status) {
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  for (let page = 1; ; page++) {
    const res = await api("GET", `/api/v1/webhooks/${hookId}/deliveries?status=${status}&limit=100&page=${page}`);
    rows.push(...res.data);
    if (rows.length >= res.total || res.data.length === 0) return rows;
  }
}

/** Two columns: measure and value. */
function table(/** @type {[string, unknown][]} */ rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n");
}

/** @type {Awaited<ReturnType<typeof startReceiver>> | null} */
let receiver = null;
/** @type {NodeJS.Timeout | null} */
let ticker = null;
const server = throwawayServer({
  name: "webhooks",
  port: PORT,
  vars: { ALLOW_PRIVATE_WEBHOOK_TARGETS: "true", ENCRYPTION_KEY: randomBytes(32).toString("base64") },
  args: ["--log-level", LOG_LEVEL],
  step,
  onLine: (line) => {
    if (process.env.BENCH_DEV_LOG) appendFileSync(process.env.BENCH_DEV_LOG, `${new Date().toISOString()} ${line}\n`);
  },
  beforeStop: () => {
    if (ticker) clearInterval(ticker);
  },
  afterStop: () => receiver?.close(),
});

const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
try {
  if ((loadAtStart[0] ?? 0) > os.cpus().length * 0.5) {
    console.warn(`! load average ${loadAtStart[0]} on ${os.cpus().length} CPUs: other work will skew the figures`);
  }
  const hooks = await startReceiver();
  receiver = hooks;
  step(`receiver on ${hooks.url}`);
  // wrangler dev refuses to start without the assets directory; the dashboard is not needed here.
  if (!existsSync(join(ROOT, "build/client"))) mkdirSync(join(ROOT, "build/client"), { recursive: true });
  const admin = await server.start();
  const { api } = await server.project(admin, { name: "Webhooks" });
  const hook = await api("POST", "/api/v1/webhooks", {
    url: hooks.url,
    description: "bench receiver",
    eventPatterns: ["technology.created"],
  });
  hooks.verifyWith(hook.secret);

  let ticks = 0;
  ticker = setInterval(() => {
    ticks++;
    fetch(`${BASE}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("* * * * *")}&time=${Date.now()}`).catch(
      () => undefined,
    );
  }, 60_000);

  step(`creating ${EVENTS} technologies (${CONCURRENCY} at a time); each emits technology.created`);
  const writeStarted = Date.now();
  let writeErrors = 0;
  await pool(EVENTS, CONCURRENCY, async (i) => {
    try {
      await api("POST", "/api/v1/technologies", { title: `Bench technology ${String(i).padStart(5, "0")}` });
    } catch (err) {
      writeErrors++;
      if (writeErrors <= 3) console.error(`write ${i} failed: ${err instanceof Error ? err.message : err}`);
    }
    if ((i + 1) % 2000 === 0) step(`${i + 1} written, ${hooks.delivered()} delivered so far`);
  });
  const writeEnded = Date.now();
  const writeS = (writeEnded - writeStarted) / 1000;
  const deliveredDuringWrites = hooks.delivered();
  const events = EVENTS - writeErrors;
  step(`writes done in ${writeS.toFixed(1)} s (${round(events / writeS)} writes/s); waiting for deliveries`);

  const deadline = Date.now() + TIMEOUT_S * 1000;
  let lastReport = Date.now();
  while (hooks.delivered() < events && Date.now() < deadline) {
    await sleep(250);
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      step(`${hooks.delivered()} of ${events} delivered`);
    }
  }
  const cutOff = hooks.delivered() < events;
  if (cutOff) step(`cut-off after ${TIMEOUT_S} s: ${hooks.delivered()} of ${events} delivered`);
  await sleep(1500); // let the last acknowledgements reach D1 before reading the log

  const stats = await api("GET", `/api/v1/webhooks/${hook.id}/stats`);
  const byStatus = stats.deliveries.byStatus;
  const retrying = byStatus.retrying ? await deliveriesWith(api, hook.id, "retrying") : [];
  const retryingWithNext = retrying.filter((d) => d.nextAttemptAt).length;
  const lost = events - (byStatus.delivered ?? 0) - retryingWithNext;

  const entries = [...hooks.seen.values()];
  const ok = entries.flatMap((e) => (e.okAt === null ? [] : [{ ...e, okAt: e.okAt }]));
  const latency = ok.map((e) => e.okAt - e.occurredAt);
  const firstTry = ok.filter((e) => e.attempts === 1).map((e) => e.okAt - e.occurredAt);
  const retried = ok.filter((e) => e.attempts > 1).map((e) => e.okAt - e.occurredAt);
  const firstEvent = Math.min(...entries.map((e) => e.occurredAt));
  const spanS = (hooks.stats.lastOkAt - firstEvent) / 1000;
  // After the writes stop, the consumer no longer shares the local D1 and CPU with the producer.
  const drained = ok.filter((e) => e.okAt > writeEnded);
  const drainS = drained.length ? (Math.max(...drained.map((e) => e.okAt)) - writeEnded) / 1000 : null;
  const result = {
    events,
    deliveries: stats.deliveries.total,
    delivered: byStatus.delivered ?? 0,
    byStatus,
    retryingWithNextAttempt: retryingWithNext,
    lost,
    cutOff,
    deliveriesPerSec: round(ok.length / spanS),
    spanS: round(spanS),
    deliveredDuringWrites,
    drain: {
      deliveries: drained.length,
      seconds: round(drainS),
      perSec: drainS ? round(drained.length / drainS) : null,
    },
    writesPerSec: round(events / writeS),
    latencyMs: {
      p50: percentile(latency, 50),
      p99: percentile(latency, 99),
      max: percentile(latency, 100),
      firstAttempt: { count: firstTry.length, p50: percentile(firstTry, 50), p99: percentile(firstTry, 99) },
      retried: { count: retried.length, p50: percentile(retried, 50), p99: percentile(retried, 99) },
    },
    attempts: stats.attempts,
    receiver: hooks.stats,
    cronTicks: ticks,
    writeErrors,
  };

  console.log(
    `\n${table([
      ["events (technology.created)", String(events)],
      ["deliveries recorded", String(result.deliveries)],
      ["delivered", `${result.delivered}${cutOff ? " (cut-off)" : ""}`],
      ["retrying, next attempt recorded", String(retryingWithNext)],
      ["lost", `${lost} ${lost === 0 ? "PASS" : "FAIL"}`],
      ["deliveries/s", `${result.deliveriesPerSec} (over ${result.spanS} s from first event to last delivery)`],
      [
        "  after the writes stopped",
        `${result.drain.perSec ?? "-"} (${drained.length} deliveries in ${result.drain.seconds ?? 0} s, retry waits included)`,
      ],
      ["event -> delivery p50 / p99", `${result.latencyMs.p50} / ${result.latencyMs.p99} ms (all)`],
      [
        "  first attempt p50 / p99",
        `${result.latencyMs.firstAttempt.p50} / ${result.latencyMs.firstAttempt.p99} ms (${firstTry.length} events)`,
      ],
      [
        "  after a retry p50 / p99",
        `${result.latencyMs.retried.p50} / ${result.latencyMs.retried.p99} ms (${retried.length} events; 5 s retry delay)`,
      ],
      ["receiver requests", String(hooks.stats.requests)],
      ["failed on purpose (first attempts)", String(hooks.stats.failedOnPurpose)],
      ["signatures failing standardwebhooks", String(hooks.stats.badSignatures)],
      ["duplicate deliveries", String(hooks.stats.duplicates)],
      ["writes/s while producing", String(result.writesPerSec)],
    ])}\n`,
  );

  const now = new Date();
  const report = {
    benchmark: "webhooks",
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
      events: EVENTS,
      concurrency: CONCURRENCY,
      failRate: FAIL_RATE,
      timeoutS: TIMEOUT_S,
      logLevel: LOG_LEVEL,
    },
    verdict: { lost, pass: lost === 0 && hooks.stats.badSignatures === 0 },
    result,
    wranglerOutputLines: server.log.lines,
  };
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `webhooks-${stamp}.json`), json);
  writeFileSync(join(dir, "webhooks-latest.json"), json);
  step(`wrote bench/results/webhooks-${stamp}.json and bench/results/webhooks-latest.json`);
  if (!report.verdict.pass) throw new Error(`${lost} deliveries lost, ${hooks.stats.badSignatures} bad signatures`);
} catch (err) {
  console.error(`\nbench:webhooks failed: ${err instanceof Error ? err.message : err}`);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
