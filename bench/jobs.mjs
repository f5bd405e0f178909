// `npm run bench:jobs`: live job updates and analysis throughput against `wrangler dev` on loopback,
// with a throwaway local database.
//
// Part 1 (fan-out): one `system.probe` job (100 progress updates, 200 ms apart) watched by 1,000
// WebSocket clients. For each update: the time from the server's send time (`at`) until the LAST
// client has it, and the first-to-last spread; p50/p99 over the updates. Every client must get every
// update in seq order and the final `end`.
// Part 2 (analysis): a generated 5,000-file repository archive (.tar.gz, built in memory) uploaded
// as a snapshot; wall time from the upload until the job's `end` arrives on its WebSocket, files/s.
//
// Targets (from the issue): p99 under 100 ms to all 1,000 clients; the 5,000-file analysis under 10 s.
// Prints a table and writes bench/results/jobs-<timestamp>.json and bench/results/jobs-latest.json.
//
// Environment: BENCH_PORT (default 8791), BENCH_CLIENTS (1000), BENCH_STEPS (100),
// BENCH_INTERVAL_MS (200), BENCH_DELAY_S (seconds between creating the probe job and its start, while
// the clients connect; default: measured on a first 100 clients, doubled if that was not enough),
// BENCH_CONNECT_CONCURRENCY (50), BENCH_FILES (5000), BENCH_PARTS ("ws,analysis"), BENCH_DEFLATE
// (1: clients offer permessage-deflate like browsers do; 0: plain frames), BENCH_LOG_LEVEL.
//
// Also reported: CPU seconds and memory of wrangler's processes (Linux /proc), the load average (the
// clients share the machine with the server, so a busy machine shows in the tail), and the open-file
// limit (each socket costs a descriptor here and one in workerd; too low a limit stops the run
// with the fix). wrangler dev restarts
// the Worker when a source file changes, which drops every socket: such a run is repeated (3 tries).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";
import WebSocket from "ws";
import { ROOT, waitForServer } from "../scripts/lib/local.mjs";
import { prng } from "../scripts/lib/prng.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8791);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const STEPS = Number(process.env.BENCH_STEPS ?? 100);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 200);
const DELAY_S = process.env.BENCH_DELAY_S ? Number(process.env.BENCH_DELAY_S) : null;
const CONNECT_CONCURRENCY = Number(process.env.BENCH_CONNECT_CONCURRENCY ?? 50);
const FILES = Number(process.env.BENCH_FILES ?? 5000);
const PARTS = new Set((process.env.BENCH_PARTS ?? "ws,analysis").split(",").map((s) => s.trim()));
const DEFLATE = (process.env.BENCH_DEFLATE ?? "1") !== "0";
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL;
const TARGET = { clients: 1000, updates: 100, p99Ms: 100, files: 5000, analysisS: 10 };
const BASE = `http://127.0.0.1:${PORT}`;
const WS_BASE = `ws://127.0.0.1:${PORT}`;

const step = (msg) => console.log(`\u203a ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Resolves after `ms` without keeping the process alive (for timeouts raced against the real work). */
const deadline = (ms) => new Promise((r) => setTimeout(r, ms).unref());
/** Wall-clock milliseconds with sub-millisecond resolution, comparable with the server's Date.now(). */
const nowMs = () => performance.timeOrigin + performance.now();
const round = (v, d = 1) => (v === null || Number.isNaN(v) ? null : Math.round(v * 10 ** d) / 10 ** d);

/** Nearest-rank percentile of numbers (sorted copy). */
function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const summary = (values) => ({
  p50: round(percentile(values, 50), 2),
  p90: round(percentile(values, 90), 2),
  p99: round(percentile(values, 99), 2),
  max: round(values.length ? Math.max(...values) : null, 2),
  mean: round(values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, 2),
  n: values.length,
});

// --- file descriptors -----------------------------------------------------------------------------

/** Soft and hard `ulimit -n` of this process (Infinity for unlimited). */
function fdLimits() {
  const res = spawnSync("sh", ["-c", "ulimit -Sn; ulimit -Hn"], { encoding: "utf8" });
  const [soft, hard] = (res.stdout ?? "").trim().split("\n");
  const parse = (v) => (v === "unlimited" ? Number.POSITIVE_INFINITY : Number(v));
  return { soft: parse(soft), hard: parse(hard) };
}

// Each client socket costs one descriptor here and one in workerd, plus what Node, wrangler and
// workerd hold anyway. Node raises its own soft limit to the hard limit at startup and wrangler and
// workerd inherit it, so the limit this process sees now is the one that counts: when it is too low,
// stop with the fix instead of failing half-way through the connections with EMFILE.
const FD_NEEDED = CLIENTS + 512;
const fd = fdLimits();
if (PARTS.has("ws") && fd.soft < FD_NEEDED) {
  console.error(
    `bench:jobs needs about ${FD_NEEDED} open files for ${CLIENTS} WebSocket clients (one descriptor per socket ` +
      `in this process and one in workerd), but ulimit -n allows ${fd.soft} (hard limit ${fd.hard}).\n` +
      `Raise it (e.g. \`ulimit -n ${FD_NEEDED}\` as root, or a nofile entry in /etc/security/limits.conf / ` +
      `LimitNOFILE= for a service) or run with fewer clients (BENCH_CLIENTS=${Math.max(1, fd.soft - 512)}; ` +
      "the figures are then not comparable with the target).",
  );
  process.exit(1);
}

// --- CPU time of wrangler's processes -------------------------------------------------------------

/**
 * CPU seconds used so far by every process of wrangler's process group (Linux /proc only; empty
 * elsewhere), labelled by role: wrangler's own Node, the workerd that serves the port (wrangler's
 * proxy worker) and the workerd that runs the Worker and its Durable Objects.
 */
function groupCpu(pgid) {
  return groupStat(pgid, (_pid, stat) => {
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  });
}

/** Resident memory (MiB) of wrangler's processes by role, like groupCpu. */
function groupRssMiB(pgid) {
  const rss = groupStat(pgid, (pid) => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  });
  return Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, Math.round(v)]));
}

function groupStat(pgid, measure) {
  const out = {};
  if (!pgid) return out;
  let pids = [];
  try {
    pids = spawnSync("ps", ["-o", "pid=", "-g", String(pgid)], { encoding: "utf8" })
      .stdout.trim()
      .split(/\s+/);
  } catch {
    return out;
  }
  for (const pid of pids.filter(Boolean)) {
    try {
      const value = measure(pid, readFileSync(`/proc/${pid}/stat`, "utf8"));
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const exe = cmd[0].split("/").at(-1);
      let role = exe;
      if (exe === "workerd")
        role = cmd.some((a) => a === `--socket-addr=entry=127.0.0.1:${PORT}`)
          ? "workerd (wrangler proxy)"
          : "workerd (Worker + Durable Objects)";
      else if (exe === "node" || exe === "wrangler") role = "wrangler (node)";
      out[role] = (out[role] ?? 0) + value;
    } catch {}
  }
  return out;
}

function cpuDelta(before, after) {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, round(v - (before[k] ?? 0), 2)]));
}

// --- part 1: fan-out to many WebSocket clients -------------------------------------------------------

/** One watcher: every message with its receive time, and whether the socket closed cleanly. */
class Watcher {
  constructor(index) {
    this.index = index;
    this.messages = [];
    this.closeCode = null;
    this.error = null;
    this.socket = null;
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  /** Opens the socket and resolves once the first message (the snapshot) has arrived. */
  connect(url, headers, onMessage) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, perMessageDeflate: DEFLATE, handshakeTimeout: 30_000 });
      this.socket = ws;
      openSockets.add(ws);
      let first = true;
      ws.on("message", (data) => {
        const at = nowMs();
        const msg = JSON.parse(data.toString());
        this.messages.push({ at, msg });
        onMessage?.(this, msg, at);
        if (first) {
          first = false;
          resolve();
        }
      });
      ws.on("error", (err) => {
        this.error = err;
        if (first) reject(err);
      });
      ws.on("unexpected-response", (_req, res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => reject(new Error(`upgrade refused: ${res.statusCode} ${body}`)));
      });
      ws.on("close", (code) => {
        openSockets.delete(ws);
        this.closeCode = code;
        this.resolveClosed();
        if (first) reject(new Error(`closed (${code}) before the first message`));
      });
    });
  }
}

/** Every client socket still open, so an error or Ctrl-C can drop them all. */
const openSockets = new Set();
const dropSockets = () => {
  for (const ws of openSockets) ws.terminate();
  openSockets.clear();
};

/** Thrown when clients were still connecting as the job started: the run is repeated with a longer delay. */
class TooSlowToConnect extends Error {
  constructor(late, connectS, delayS) {
    super(
      `${late} client(s) connected after the job had started (connecting took ${connectS.toFixed(1)} s, the delay was ${delayS} s)`,
    );
    this.connectS = connectS;
  }
}

/** Thrown when wrangler dev restarted the Worker mid-run (a source file changed): the run is repeated. */
class Reloaded extends Error {
  constructor() {
    super(
      "wrangler dev reloaded the Worker during the measurement (a source file changed), dropping every socket and job",
    );
  }
}

/** Runs `fn` again (up to `attempts` times in all) when wrangler dev reloaded the Worker during it. */
async function unlessReloaded(what, attempts, fn) {
  for (let attempt = 1; ; attempt++) {
    const before = reloads.length;
    try {
      const result = await fn();
      if (reloads.length > before) throw new Reloaded();
      return result;
    } catch (err) {
      dropSockets();
      const reloaded = err instanceof Reloaded || reloads.length > before;
      if (!reloaded || attempt === attempts) throw reloaded ? new Reloaded() : err;
      step(`${what}: wrangler dev reloaded the Worker (a source file changed); waiting for it and running again`);
      await sleep(2000);
      await waitForServer(BASE);
    }
  }
}

/**
 * How long to give the clients to connect: connects a first 100 of them to a throwaway delayed job,
 * then allows 1.5 times the time all of them would take at that rate, plus 5 s.
 */
async function calibrateDelay(api, headers) {
  const n = Math.min(100, CLIENTS);
  const job = await api("POST", "/api/v1/jobs", {
    type: "system.probe",
    params: { steps: 1, intervalMs: 0 },
    delaySeconds: 3600,
  });
  const t0 = performance.now();
  const { watchers } = await connectAll(n, CONNECT_CONCURRENCY, `${WS_BASE}/api/v1/jobs/${job.id}/ws`, headers);
  const perClientS = (performance.now() - t0) / 1000 / n;
  for (const w of watchers) w.socket.terminate();
  await api("POST", `/api/v1/jobs/${job.id}/cancel`);
  const delayS = Math.ceil(perClientS * CLIENTS * 1.5 + 5);
  step(`${n} clients connected at ${Math.round(1 / perClientS)}/s: giving ${CLIENTS} clients ${delayS} s`);
  return delayS;
}

/** Connects `count` watchers with at most `concurrency` handshakes in flight. */
async function connectAll(count, concurrency, url, headers, onMessage) {
  const watchers = Array.from({ length: count }, (_, i) => new Watcher(i));
  const handshakeMs = [];
  let next = 0;
  const failures = [];
  async function lane() {
    while (next < count) {
      const w = watchers[next++];
      const t0 = performance.now();
      try {
        await w.connect(url, headers, onMessage);
        handshakeMs.push(performance.now() - t0);
      } catch (err) {
        failures.push({ index: w.index, error: String(err?.code ?? err?.message ?? err) });
        if (failures.length >= 20) throw fdHint(failures);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  if (failures.length) throw fdHint(failures);
  return { watchers, handshakeMs };
}

function fdHint(failures) {
  const codes = [...new Set(failures.map((f) => f.error))];
  const emfile = codes.some((c) => /EMFILE|ENFILE|ECONNRESET|socket hang up/.test(c));
  return new Error(
    `${failures.length} WebSocket client(s) failed to connect: ${codes.slice(0, 5).join("; ")}` +
      (emfile
        ? `\nThis is usually the open-file limit: ulimit -n is ${fdLimits().soft} for this process and for workerd; ` +
          `${CLIENTS} sockets need about ${FD_NEEDED}. Raise it (ulimit -n ${FD_NEEDED}) or lower BENCH_CLIENTS.`
        : ""),
  );
}

async function fanOut(api, key) {
  const headers = { authorization: `Bearer ${key}` };
  let delayS = DELAY_S ?? (await calibrateDelay(api, headers));
  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await fanOutOnce(api, headers, delayS)), delayS, attempts: attempt };
    } catch (err) {
      dropSockets();
      if (!(err instanceof TooSlowToConnect) || attempt === 2) throw err;
      delayS = Math.ceil(err.connectS * 2 + 10);
      step(`${err.message}: trying again with ${delayS} s`);
    }
  }
}

async function fanOutOnce(api, headers, delayS) {
  const job = await api("POST", "/api/v1/jobs", {
    type: "system.probe",
    params: { steps: STEPS, intervalMs: INTERVAL_MS },
    delaySeconds: delayS,
  });
  const startsAt = Date.parse(job.runAt);
  step(
    `probe job ${job.id}: ${STEPS} updates ${INTERVAL_MS} ms apart, starts at ${job.runAt} (in ${delayS} s); ` +
      `connecting ${CLIENTS} clients (${CONNECT_CONCURRENCY} handshakes at a time, permessage-deflate ${DEFLATE ? "offered" : "off"})`,
  );

  // Receive times per progress seq, one slot per client; filled as messages arrive.
  const bySeq = new Map();
  const sentAt = new Map();
  const onMessage = (w, msg, at) => {
    if (msg.type !== "progress") return;
    let slots = bySeq.get(msg.seq);
    if (!slots) {
      slots = new Float64Array(CLIENTS).fill(Number.NaN);
      bySeq.set(msg.seq, slots);
      sentAt.set(msg.seq, msg.at);
    }
    slots[w.index] = at;
  };

  const connectStarted = performance.now();
  const { watchers, handshakeMs } = await connectAll(
    CLIENTS,
    CONNECT_CONCURRENCY,
    `${WS_BASE}/api/v1/jobs/${job.id}/ws`,
    headers,
    onMessage,
  );
  const connectMs = performance.now() - connectStarted;
  const rssConnected = groupRssMiB(server.child?.pid);
  const lateClients = watchers.filter((w) => {
    const first = w.messages[0]?.msg;
    return first?.type !== "snapshot" || first.job.status !== "scheduled";
  }).length;
  const extensions = watchers[0].socket.extensions || "none";
  step(
    `${CLIENTS} clients connected in ${(connectMs / 1000).toFixed(1)} s ` +
      `(handshake p50 ${round(percentile(handshakeMs, 50))} ms, p99 ${round(percentile(handshakeMs, 99))} ms; ` +
      `extensions: ${extensions})`,
  );
  if (lateClients) {
    await api("POST", `/api/v1/jobs/${job.id}/cancel`).catch(() => {});
    throw new TooSlowToConnect(lateClients, connectMs / 1000, delayS);
  }

  const waitS = (startsAt - Date.now()) / 1000;
  step(
    `waiting ${Math.max(0, waitS).toFixed(1)} s for the job to start, then ${(STEPS * INTERVAL_MS) / 1000} s of updates`,
  );
  const loadBefore = os.loadavg()[0];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const runTimeout = Math.max(0, startsAt - Date.now()) + STEPS * INTERVAL_MS + 60_000;
  await sleep(Math.max(0, startsAt - Date.now() - 1000));
  loop.enable();
  const cpuBefore = process.cpuUsage();
  const serverCpuBefore = groupCpu(server.child?.pid);
  const watchStarted = performance.now();
  const allClosed = Promise.all(watchers.map((w) => w.closed));
  const finished = await Promise.race([allClosed.then(() => true), deadline(runTimeout).then(() => false)]);
  loop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const serverCpu = cpuDelta(serverCpuBefore, groupCpu(server.child?.pid));
  const watchedS = (performance.now() - watchStarted) / 1000;
  for (const w of watchers) w.socket.terminate();

  // Check every client's stream: snapshot, then seqs +1 each, all STEPS progress updates, `end` last.
  const problems = [];
  let complete = 0;
  for (const w of watchers) {
    const msgs = w.messages.map((m) => m.msg);
    const progress = msgs.filter((m) => m.type === "progress");
    const end = msgs.at(-1);
    const issues = [];
    for (let i = 1; i < msgs.length; i++) {
      if (msgs[i].seq !== msgs[i - 1].seq + 1) {
        issues.push(`seq ${msgs[i - 1].seq} followed by ${msgs[i].seq}`);
        break;
      }
    }
    if (progress.length !== STEPS) issues.push(`${progress.length} of ${STEPS} progress updates`);
    if (end?.type !== "end") issues.push(`last message is ${end?.type ?? "nothing"}, not end`);
    else if (end.status !== "completed") issues.push(`job ended ${end.status}: ${end.error}`);
    if (w.closeCode !== 1000) issues.push(`closed with ${w.closeCode ?? "no close"}`);
    if (issues.length) problems.push({ client: w.index, issues });
    else complete++;
  }

  // Per update: server send time -> first and last client receive.
  const updates = [...bySeq.keys()].sort((a, b) => a - b);
  const toLast = [];
  const toFirst = [];
  const spread = [];
  const deliveries = [];
  let missing = 0;
  const perUpdate = [];
  for (const seq of updates) {
    const slots = bySeq.get(seq);
    const at = sentAt.get(seq);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const t of slots) {
      if (Number.isNaN(t)) {
        missing++;
        continue;
      }
      if (t < first) first = t;
      if (t > last) last = t;
      deliveries.push(t - at);
    }
    toLast.push(last - at);
    toFirst.push(first - at);
    spread.push(last - first);
    perUpdate.push({ seq, at, toFirstMs: round(first - at, 2), toLastMs: round(last - at, 2) });
  }
  const result = {
    jobId: job.id,
    clients: CLIENTS,
    connected: watchers.length,
    completeClients: complete,
    updatesSeen: updates.length,
    missingDeliveries: missing,
    finishedInTime: finished,
    watchedS: round(watchedS, 2),
    connect: { totalS: round(connectMs / 1000, 2), handshakeMs: summary(handshakeMs), extensions },
    serverRssMiBWithClients: rssConnected,
    toLastClientMs: summary(toLast),
    toFirstClientMs: summary(toFirst),
    firstToLastSpreadMs: summary(spread),
    deliveryMs: summary(deliveries),
    loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
    serverCpuS: serverCpu,
    benchProcess: {
      cpuUserS: round(cpu.user / 1e6, 2),
      cpuSystemS: round(cpu.system / 1e6, 2),
      eventLoopDelayMs: {
        p50: round(loop.percentile(50) / 1e6, 2),
        p99: round(loop.percentile(99) / 1e6, 2),
        max: round(loop.max / 1e6, 2),
      },
    },
    problems: problems.slice(0, 20),
    problemClients: problems.length,
    perUpdate,
  };
  if (!finished) result.problems.unshift({ issues: [`not every socket closed within ${runTimeout / 1000} s`] });
  return result;
}

// --- part 2: analysis of a generated archive ---------------------------------------------------------

const NOUNS = ["user", "order", "invoice", "session", "report", "widget", "event", "ticket", "account", "stream"];
const VERBS = ["load", "save", "render", "parse", "build", "sync", "merge", "check", "format", "index"];

function tsSource(rand, name, i) {
  const n = NOUNS[i % NOUNS.length];
  const lines = [
    `import { z } from "zod";`,
    `import type { Context } from "hono";`,
    i % 3 === 0 ? `import { eq } from "drizzle-orm";` : `import { useState } from "react";`,
    "",
    `export const ${n}Schema = z.object({`,
    "  id: z.string(),",
    "  name: z.string().min(1),",
    "  createdAt: z.string(),",
    "});",
    `export type ${n[0].toUpperCase()}${n.slice(1)} = z.infer<typeof ${n}Schema>;`,
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = VERBS[Math.floor(rand() * VERBS.length)];
    lines.push(
      `export async function ${v}${name}${f}(c: Context, input: unknown) {`,
      `  const parsed = ${n}Schema.safeParse(input);`,
      "  if (!parsed.success) return c.json({ error: parsed.error.message }, 400);",
      `  const items = [parsed.data].map((x) => ({ ...x, seen: ${f} }));`,
      "  return c.json({ items }, 200);",
      "}",
      "",
    );
  }
  return lines.join("\n");
}

function pySource(rand, name, i) {
  const n = NOUNS[i % NOUNS.length];
  const lines = [
    "import json",
    "import logging",
    i % 2 ? "import numpy as np" : "import pandas as pd",
    "from dataclasses import dataclass",
    "",
    "log = logging.getLogger(__name__)",
    "",
    "@dataclass",
    `class ${n[0].toUpperCase()}${n.slice(1)}${i}:`,
    "    id: str",
    "    score: float = 0.0",
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = VERBS[Math.floor(rand() * VERBS.length)];
    lines.push(
      `def ${v}_${name}_${f}(rows):`,
      '    """Transforms rows for the pipeline."""',
      "    out = []",
      "    for row in rows:",
      `        if row.get("${n}") is None:`,
      "            continue",
      '        out.append({"id": row["id"], "value": json.dumps(row)})',
      `    log.info("${v} %d rows", len(out))`,
      "    return out",
      "",
    );
  }
  return lines.join("\n");
}

function goSource(rand, pkg, name, i) {
  const n = NOUNS[i % NOUNS.length];
  const lines = [
    `package ${pkg}`,
    "",
    "import (",
    '\t"context"',
    '\t"encoding/json"',
    '\t"net/http"',
    "",
    '\t"github.com/go-chi/chi/v5"',
    ")",
    "",
    `type ${n[0].toUpperCase()}${n.slice(1)}${i} struct {`,
    '\tID   string `json:"id"`',
    '\tName string `json:"name"`',
    "}",
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = VERBS[Math.floor(rand() * VERBS.length)];
    lines.push(
      `func ${v[0].toUpperCase()}${v.slice(1)}${name}${f}(ctx context.Context, w http.ResponseWriter, r *http.Request) {`,
      '\tid := chi.URLParam(r, "id")',
      `\titem := ${n[0].toUpperCase()}${n.slice(1)}${i}{ID: id}`,
      '\tw.Header().Set("Content-Type", "application/json")',
      "\t_ = json.NewEncoder(w).Encode(item)",
      "}",
      "",
    );
  }
  return lines.join("\n");
}

/** A monorepo of `total` files: manifests, a Dockerfile, CI, docs and TS/Python/Go sources in nested dirs. */
function generateRepository(total) {
  const rand = prng(20261126);
  const files = new Map();
  files.set(
    "package.json",
    `${JSON.stringify(
      {
        name: "big",
        private: true,
        workspaces: ["apps/*"],
        dependencies: {
          hono: "^4.6.0",
          react: "^19.0.0",
          "react-dom": "^19.0.0",
          zod: "^3.23.8",
          "drizzle-orm": "^0.36.0",
        },
        devDependencies: { typescript: "^5.6.0", vitest: "^2.1.0", "@biomejs/biome": "^1.9.0", wrangler: "^3.80.0" },
      },
      null,
      2,
    )}\n`,
  );
  files.set("tsconfig.json", `${JSON.stringify({ compilerOptions: { strict: true, target: "ES2022" } }, null, 2)}\n`);
  files.set("README.md", "# big\n\nA generated monorepo for the jobs benchmark.\n");
  files.set(
    "Dockerfile",
    "FROM node:22-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
  );
  files.set(
    "docker-compose.yml",
    "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n  gateway:\n    build: services/gateway\n",
  );
  files.set(
    ".github/workflows/ci.yml",
    "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n      - run: npm test\n",
  );
  files.set(
    "services/gateway/go.mod",
    "module github.com/bench/big/gateway\n\ngo 1.23\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.1.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n\tgithub.com/redis/go-redis/v9 v9.7.0\n\tgolang.org/x/sync v0.8.0 // indirect\n)\n",
  );
  files.set("services/gateway/Dockerfile", "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n");
  files.set(
    "services/ml/requirements.txt",
    "fastapi==0.115.0\nuvicorn[standard]>=0.30\nnumpy>=2.0\npandas==2.2.3\nscikit-learn~=1.5\npydantic>=2.9\n",
  );
  files.set(
    "services/ml/Dockerfile",
    "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
  );
  for (const app of ["web", "admin", "api"]) {
    files.set(
      `apps/${app}/package.json`,
      `${JSON.stringify({ name: `@big/${app}`, dependencies: { react: "^19.0.0", hono: "^4.6.0" } }, null, 2)}\n`,
    );
  }
  const areas = [
    { kind: "ts", roots: ["apps/web/src", "apps/admin/src", "apps/api/src"], weight: 0.5 },
    { kind: "py", roots: ["services/ml/app", "services/ml/pipelines"], weight: 0.25 },
    { kind: "go", roots: ["services/gateway/internal", "services/gateway/pkg"], weight: 0.2 },
    { kind: "md", roots: ["docs"], weight: 0.05 },
  ];
  const subdirs = ["core", "features", "lib", "handlers", "models", "utils", "adapters", "jobs"];
  let i = 0;
  while (files.size < total) {
    const r = rand();
    let acc = 0;
    const area =
      areas.find((a) => {
        acc += a.weight;
        return r < acc;
      }) ?? areas[0];
    const root = area.roots[i % area.roots.length];
    const dir = `${root}/${subdirs[Math.floor(rand() * subdirs.length)]}/${subdirs[Math.floor(rand() * subdirs.length)]}${i % 7}`;
    const name = `${NOUNS[i % NOUNS.length]}${i}`;
    if (area.kind === "ts") files.set(`${dir}/${name}.ts`, tsSource(rand, `N${i}`, i));
    else if (area.kind === "py") files.set(`${dir}/${name}.py`, pySource(rand, `n${i}`, i));
    else if (area.kind === "go")
      files.set(`${dir}/${name}.go`, goSource(rand, subdirs[i % subdirs.length], `N${i}`, i));
    else files.set(`${dir}/${name}.md`, `# ${name}\n\nNotes on ${NOUNS[i % NOUNS.length]} handling.\n`.repeat(3));
    i++;
  }
  return files;
}

/** The files as a GitHub-style .tar.gz: everything under one `big-<sha>/` wrapper directory. */
async function buildArchive(files) {
  const enc = new TextEncoder();
  const wrapper = "bench-big-4f1c2d9";
  const mtime = new Date("2026-11-01T00:00:00Z");
  const entries = [{ header: { name: `${wrapper}/`, type: "directory", size: 0, mode: 0o755, mtime } }];
  let rawBytes = 0;
  for (const [path, content] of files) {
    const body = enc.encode(content);
    rawBytes += body.byteLength;
    entries.push({
      header: { name: `${wrapper}/${path}`, type: "file", size: body.byteLength, mode: 0o644, mtime },
      body,
    });
  }
  const tar = await packTar(entries);
  return { gz: gzipSync(tar, { level: 6 }), tarBytes: tar.byteLength, rawBytes };
}

async function analysis(api, key) {
  const genStarted = performance.now();
  const files = generateRepository(FILES);
  const { gz, tarBytes, rawBytes } = await buildArchive(files);
  const lines = [...files.values()].reduce((sum, c) => sum + c.split("\n").length, 0);
  step(
    `generated ${files.size} files (${lines} lines, ${(rawBytes / 2 ** 20).toFixed(1)} MiB; tar ${(tarBytes / 2 ** 20).toFixed(1)} MiB, ` +
      `gzip ${(gz.byteLength / 2 ** 20).toFixed(2)} MiB) in ${Math.round(performance.now() - genStarted)} ms`,
  );
  const repo = await api("POST", "/api/v1/repositories", { provider: "upload", owner: "bench", name: "big" });

  const loadBefore = os.loadavg()[0];
  const started = nowMs();
  const res = await fetch(`${BASE}/api/v1/repositories/${repo.id}/snapshots`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/gzip" },
    body: gz,
  });
  const text = await res.text();
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${text}`);
  const job = JSON.parse(text);
  const uploadedMs = nowMs() - started;
  step(`uploaded in ${Math.round(uploadedMs)} ms; watching job ${job.id}`);

  const timeline = [];
  const watcher = new Watcher(0);
  await watcher.connect(`${WS_BASE}/api/v1/jobs/${job.id}/ws`, { authorization: `Bearer ${key}` }, (_w, msg, at) => {
    const t = round((at - started) / 1000, 3);
    if (msg.type === "progress") timeline.push({ t, progress: msg.progress, step: msg.step });
    else if (msg.type === "status") timeline.push({ t, status: msg.status, error: msg.error });
    else if (msg.type === "log") timeline.push({ t, log: msg.line.message });
    else if (msg.type === "snapshot") {
      timeline.push({ t, snapshot: msg.job.status, progress: msg.job.progress, log: msg.log.map((l) => l.message) });
    }
  });
  const done = await Promise.race([watcher.closed.then(() => true), deadline(15 * 60_000).then(() => false)]);
  const end = watcher.messages.map((m) => m.msg).findLast((m) => m.type === "end");
  const endAt = watcher.messages.at(-1)?.at ?? nowMs();
  watcher.socket.terminate();
  if (!done || !end) throw new Error(`the analysis job ${job.id} did not end within 15 minutes`);
  const wallS = (endAt - started) / 1000;
  const final = await api("GET", `/api/v1/jobs/${job.id}`);
  const serverS =
    final.startedAt && final.finishedAt ? (Date.parse(final.finishedAt) - Date.parse(final.startedAt)) / 1000 : null;
  const counted = end.result?.files ?? null;
  return {
    jobId: job.id,
    status: end.status,
    error: end.error,
    files: files.size,
    lines,
    archive: { gzipBytes: gz.byteLength, tarBytes, rawBytes },
    uploadMs: round(uploadedMs, 1),
    wallS: round(wallS, 3),
    serverRunS: round(serverS, 3),
    filesPerS: round(files.size / wallS, 0),
    resultFiles: counted,
    filesMatch: counted === files.size,
    loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
    result: end.result,
    timeline,
  };
}

// --- report -------------------------------------------------------------------------------------------

function table(rows) {
  const head = ["measure", "value", "target", "verdict"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 1 ? String(c ?? "").padStart(widths[i]) : String(c ?? "").padEnd(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const ms = (v) => (v === null || v === undefined ? "-" : `${v.toFixed(1)} ms`);

// --- run ----------------------------------------------------------------------------------------------

/** Worker reloads seen in wrangler's output once the server was up (each drops every socket and job). */
const reloads = [];
let serving = false;
const server = throwawayServer({
  name: "jobs",
  port: PORT,
  args: LOG_LEVEL ? ["--log-level", LOG_LEVEL] : [],
  step,
  // wrangler dev rebuilds and restarts the Worker whenever a source file changes, dropping every
  // WebSocket: a run that saw a reload measured a restart, not the product.
  onLine: (line) => {
    if (serving && line.includes("Reloading local server")) reloads.push(new Date().toISOString());
  },
  beforeStop: dropSockets,
});

const report = {
  benchmark: "jobs",
  date: new Date().toISOString(),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    fdLimit: Number.isFinite(fdLimits().soft) ? fdLimits().soft : "unlimited",
  },
  node: process.version,
  settings: {
    port: PORT,
    clients: CLIENTS,
    steps: STEPS,
    intervalMs: INTERVAL_MS,
    delayS: DELAY_S ?? "measured",
    connectConcurrency: CONNECT_CONCURRENCY,
    perMessageDeflate: DEFLATE,
    files: FILES,
    parts: [...PARTS],
    logLevel: LOG_LEVEL ?? null,
  },
  target: TARGET,
  fanOut: null,
  analysis: null,
  verdict: {},
  errors: [],
};

try {
  const admin = await server.start();
  serving = true;
  const { key, api } = await server.project(admin, { name: "Bench jobs", description: "Jobs benchmark" });

  if (PARTS.has("ws")) {
    try {
      report.fanOut = await unlessReloaded("fan-out", 3, () => fanOut(api, key));
      const f = report.fanOut;
      step(
        `fan-out: to last client p50 ${ms(f.toLastClientMs.p50)}, p99 ${ms(f.toLastClientMs.p99)}; ` +
          `${f.completeClients}/${CLIENTS} clients got all ${STEPS} updates in order and the end`,
      );
    } catch (err) {
      report.errors.push({ part: "fanOut", error: err instanceof Error ? err.message : String(err) });
      console.error(`fan-out failed: ${err instanceof Error ? err.message : err}`);
    }
  }
  if (PARTS.has("analysis")) {
    try {
      report.analysis = await unlessReloaded("analysis", 3, () => analysis(api, key));
      const a = report.analysis;
      step(`analysis: ${a.status} in ${a.wallS} s (${a.filesPerS} files/s); the job counted ${a.resultFiles} files`);
    } catch (err) {
      report.errors.push({ part: "analysis", error: err instanceof Error ? err.message : String(err) });
      console.error(`analysis failed: ${err instanceof Error ? err.message : err}`);
    }
  }

  // Verdicts: a target only passes when measured at the target's size and every check held.
  const v = report.verdict;
  const rows = [];
  const f = report.fanOut;
  if (f) {
    const atSize = CLIENTS === TARGET.clients && STEPS === TARGET.updates;
    v.fanOutCorrect = f.completeClients === CLIENTS && f.updatesSeen === STEPS && f.missingDeliveries === 0;
    v.fanOutP99Ms = f.toLastClientMs.p99;
    v.fanOutP99Ok = f.toLastClientMs.p99 !== null && f.toLastClientMs.p99 < TARGET.p99Ms;
    v.fanOutPass = v.fanOutCorrect && v.fanOutP99Ok && atSize;
    rows.push(
      [
        "clients complete (all updates in order + end)",
        `${f.completeClients}/${CLIENTS}`,
        `${CLIENTS}/${CLIENTS}`,
        v.fanOutCorrect ? "ok" : "FAIL",
      ],
      ["updates seen / missing deliveries", `${f.updatesSeen} / ${f.missingDeliveries}`, `${STEPS} / 0`, ""],
      ["connect all clients", `${f.connect.totalS.toFixed(1)} s`, "", ""],
      ["update -> last client p50", ms(f.toLastClientMs.p50), "", ""],
      ["update -> last client p99", ms(f.toLastClientMs.p99), `< ${TARGET.p99Ms} ms`, v.fanOutP99Ok ? "PASS" : "FAIL"],
      ["update -> last client max", ms(f.toLastClientMs.max), "", ""],
      ["update -> first client p50 / p99", `${ms(f.toFirstClientMs.p50)} / ${ms(f.toFirstClientMs.p99)}`, "", ""],
      ["first -> last client spread p50", ms(f.firstToLastSpreadMs.p50), "", ""],
      ["first -> last client spread p99", ms(f.firstToLastSpreadMs.p99), "", ""],
      ["any delivery p50 / p99", `${ms(f.deliveryMs.p50)} / ${ms(f.deliveryMs.p99)}`, "", ""],
      ["bench event-loop delay p99", ms(f.benchProcess.eventLoopDelayMs.p99), "", ""],
      [
        "CPU s during the updates: bench client",
        String(round(f.benchProcess.cpuUserS + f.benchProcess.cpuSystemS, 2)),
        "",
        "",
      ],
      ...Object.entries(f.serverCpuS).map(([role, s]) => [`CPU s during the updates: ${role}`, String(s), "", ""]),
      ...Object.entries(f.serverRssMiBWithClients)
        .filter(([role]) => role.startsWith("workerd"))
        .map(([role, mib]) => [`memory with ${CLIENTS} clients: ${role}`, `${mib} MiB`, "", ""]),
      [
        "load average (1 min) before / after",
        `${f.loadAverage1m.before} / ${f.loadAverage1m.after}`,
        `< ${os.cpus().length} (cpus)`,
        "",
      ],
    );
    if (!atSize) rows.push(["(measured below the target's size: not comparable)", "", "", ""]);
  }
  const a = report.analysis;
  if (a) {
    v.analysisCorrect = a.status === "completed" && a.filesMatch;
    v.analysisS = a.wallS;
    v.analysisOk = a.wallS < TARGET.analysisS;
    v.analysisPass = v.analysisCorrect && v.analysisOk && FILES === TARGET.files;
    rows.push(
      [
        "analysis status / files counted",
        `${a.status} / ${a.resultFiles ?? "-"}`,
        `completed / ${a.files}`,
        v.analysisCorrect ? "ok" : "FAIL",
      ],
      ["archive (.tar.gz)", `${(a.archive.gzipBytes / 2 ** 20).toFixed(2)} MiB`, "", ""],
      ["upload request", `${a.uploadMs.toFixed(0)} ms`, "", ""],
      ["upload -> end (wall)", `${a.wallS.toFixed(2)} s`, `< ${TARGET.analysisS} s`, v.analysisOk ? "PASS" : "FAIL"],
      ["job run (startedAt -> finishedAt)", a.serverRunS === null ? "-" : `${a.serverRunS.toFixed(2)} s`, "", ""],
      [
        "load average (1 min) before / after",
        `${a.loadAverage1m.before} / ${a.loadAverage1m.after}`,
        `< ${os.cpus().length} (cpus)`,
        "",
      ],
      ["throughput", `${a.filesPerS} files/s`, `> ${TARGET.files / TARGET.analysisS} files/s`, ""],
    );
  }
  for (const e of report.errors) rows.push([`${e.part}: ERROR`, "", "", e.error.split("\n")[0].slice(0, 80)]);
  console.log(`\n${table(rows)}\n`);
  report.wranglerOutputLines = server.log.lines;
  report.wranglerReloads = reloads;
  if (reloads.length) {
    step(`note: wrangler dev reloaded the Worker at ${reloads.join(", ")} (source files changed under ${ROOT})`);
  }

  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `jobs-${stamp}.json`), json);
  writeFileSync(join(dir, "jobs-latest.json"), json);
  step(`wrote bench/results/jobs-${stamp}.json and bench/results/jobs-latest.json`);

  const failures = [
    ...report.errors.map((e) => `${e.part}: ${e.error}`),
    ...(f && !v.fanOutCorrect ? [`fan-out checks failed: ${JSON.stringify(f.problems.slice(0, 3))}`] : []),
    ...(a && !v.analysisCorrect
      ? [`analysis ended ${a.status} (${a.error ?? "no error"}) counting ${a.resultFiles} files`]
      : []),
  ];
  if (failures.length) throw new Error(failures.join("\n"));
} catch (err) {
  console.error(`\nbench:jobs failed: ${err instanceof Error ? err.message : err}`);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
