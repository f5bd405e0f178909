// Scenario 1 of bench:jobs, fan-out: one `system.probe` job (STEPS progress updates, INTERVAL_MS
// apart) watched by CLIENTS WebSocket clients. For each update: the time from the server's send time
// (`at`) until the LAST client has it, and the first-to-last spread; p50/p99 over the updates. Every
// client must get every update in seq order and the final `end`.
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { deadline, percentile, round, sleep, step, summary } from "../lib/measure.mjs";
import { cpuDelta, groupCpu, groupRssMiB } from "../lib/process-stats.mjs";
import { connectAll, dropSockets } from "../lib/watcher.mjs";
import { CLIENTS, CONNECT_CONCURRENCY, DEFLATE, DELAY_S, INTERVAL_MS, PORT, STEPS, WS_BASE } from "./settings.mjs";

/** @typedef {ReturnType<typeof import("../../scripts/lib/local.mjs").apiClient>} Api */
/** @typedef {import("../lib/watcher.mjs").Watcher} Watcher */
/** @typedef {import("../lib/watcher.mjs").OnMessage} OnMessage */

/** Thrown when clients were still connecting as the job started: the run is repeated with a longer delay. */
class TooSlowToConnect extends Error {
  /**
   * @param {number} late
   * @param {number} connectS
   * @param {number} delayS
   */
  constructor(late, connectS, delayS) {
    super(
      `${late} client(s) connected after the job had started (connecting took ${connectS.toFixed(1)} s, the delay was ${delayS} s)`,
    );
    this.connectS = connectS;
  }
}

/**
 * How long to give the clients to connect: connects a first 100 of them to a throwaway delayed job,
 * then allows 1.5 times the time all of them would take at that rate, plus 5 s.
 * @param {Api} api
 * @param {Record<string, string>} headers
 */
async function calibrateDelay(api, headers) {
  const n = Math.min(100, CLIENTS);
  const job = await api("POST", "/api/v1/jobs", {
    type: "system.probe",
    params: { steps: 1, intervalMs: 0 },
    delaySeconds: 3600,
  });
  const t0 = performance.now();
  const url = `${WS_BASE}/api/v1/jobs/${job.id}/ws`;
  const { watchers } = await connectAll({ count: n, concurrency: CONNECT_CONCURRENCY, url, headers, deflate: DEFLATE });
  const perClientS = (performance.now() - t0) / 1000 / n;
  for (const w of watchers) w.terminate();
  await api("POST", `/api/v1/jobs/${job.id}/cancel`);
  const delayS = Math.ceil(perClientS * CLIENTS * 1.5 + 5);
  step(`${n} clients connected at ${Math.round(1 / perClientS)}/s: giving ${CLIENTS} clients ${delayS} s`);
  return delayS;
}

/**
 * Runs the fan-out, repeating it once with a longer delay when clients were still connecting as
 * the job started. `pgid` reads wrangler's process group id for CPU and memory readings.
 * @param {Api} api
 * @param {string} key
 * @param {() => number | undefined} pgid
 */
export async function fanOut(api, key, pgid) {
  const headers = { authorization: `Bearer ${key}` };
  let delayS = DELAY_S ?? (await calibrateDelay(api, headers));
  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await fanOutOnce(api, headers, delayS, pgid)), delayS, attempts: attempt };
    } catch (err) {
      dropSockets();
      if (!(err instanceof TooSlowToConnect) || attempt === 2) throw err;
      delayS = Math.ceil(err.connectS * 2 + 10);
      step(`${err.message}: trying again with ${delayS} s`);
    }
  }
}

/** @typedef {Awaited<ReturnType<typeof fanOut>>} FanOutResult */

/**
 * @param {Api} api
 * @param {Record<string, string>} headers
 * @param {number} delayS
 * @param {() => number | undefined} pgid
 */
async function fanOutOnce(api, headers, delayS, pgid) {
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
  /** @type {Map<number, Float64Array>} */
  const bySeq = new Map();
  /** @type {Map<number, number>} */
  const sentAt = new Map();
  /** @type {OnMessage} */
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
  const url = `${WS_BASE}/api/v1/jobs/${job.id}/ws`;
  const { watchers, handshakeMs } = await connectAll({
    count: CLIENTS,
    concurrency: CONNECT_CONCURRENCY,
    url,
    headers,
    deflate: DEFLATE,
    onMessage,
  });
  const connectMs = performance.now() - connectStarted;
  const rssConnected = groupRssMiB(pgid(), PORT);
  const lateClients = watchers.filter((w) => {
    const first = w.messages[0]?.msg;
    return first?.type !== "snapshot" || first.job.status !== "scheduled";
  }).length;
  const extensions = watchers[0]?.socket?.extensions || "none";
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
  const loadBefore = os.loadavg()[0] ?? 0;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const runTimeout = Math.max(0, startsAt - Date.now()) + STEPS * INTERVAL_MS + 60_000;
  await sleep(Math.max(0, startsAt - Date.now() - 1000));
  loop.enable();
  const cpuBefore = process.cpuUsage();
  const serverCpuBefore = groupCpu(pgid(), PORT);
  const watchStarted = performance.now();
  const allClosed = Promise.all(watchers.map((w) => w.closed));
  const finished = await Promise.race([allClosed.then(() => true), deadline(runTimeout).then(() => false)]);
  loop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const serverCpu = cpuDelta(serverCpuBefore, groupCpu(pgid(), PORT));
  const watchedS = (performance.now() - watchStarted) / 1000;
  for (const w of watchers) w.terminate();

  const { problems, complete } = checkStreams(watchers);
  const timing = latencies(bySeq, sentAt);
  if (!finished) problems.unshift({ issues: [`not every socket closed within ${runTimeout / 1000} s`] });
  return {
    jobId: job.id,
    clients: CLIENTS,
    connected: watchers.length,
    completeClients: complete,
    updatesSeen: timing.updates,
    missingDeliveries: timing.missing,
    finishedInTime: finished,
    watchedS: round(watchedS, 2),
    connect: { totalS: round(connectMs / 1000, 2), handshakeMs: summary(handshakeMs), extensions },
    serverRssMiBWithClients: rssConnected,
    toLastClientMs: summary(timing.toLast),
    toFirstClientMs: summary(timing.toFirst),
    firstToLastSpreadMs: summary(timing.spread),
    deliveryMs: summary(timing.deliveries),
    loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0] ?? 0, 2) },
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
    perUpdate: timing.perUpdate,
  };
}

/**
 * Checks every client's stream: snapshot, then seqs +1 each, all STEPS progress updates, `end` last
 * with the job completed, and a clean close.
 * @param {Watcher[]} watchers
 */
function checkStreams(watchers) {
  /** @type {{ client?: number; issues: string[] }[]} */
  const problems = [];
  let complete = 0;
  for (const w of watchers) {
    const msgs = w.messages.map((m) => m.msg);
    const progress = msgs.filter((m) => m.type === "progress");
    const end = msgs.at(-1);
    const issues = [];
    for (let i = 1; i < msgs.length; i++) {
      const [prev, cur] = [msgs[i - 1], msgs[i]];
      if (prev && cur && cur.seq !== prev.seq + 1) {
        issues.push(`seq ${prev.seq} followed by ${cur.seq}`);
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
  return { problems, complete };
}

/**
 * Per update: server send time -> first and last client receive, their spread, every delivery, and
 * how many deliveries never came.
 * @param {Map<number, Float64Array>} bySeq
 * @param {Map<number, number>} sentAt
 */
function latencies(bySeq, sentAt) {
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  /** @type {number[]} */
  const toLast = [];
  /** @type {number[]} */
  const toFirst = [];
  /** @type {number[]} */
  const spread = [];
  /** @type {number[]} */
  const deliveries = [];
  const perUpdate = [];
  let missing = 0;
  for (const seq of seqs) {
    const slots = bySeq.get(seq) ?? new Float64Array();
    const at = sentAt.get(seq) ?? Number.NaN;
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
  return { updates: seqs.length, toLast, toFirst, spread, deliveries, missing, perUpdate };
}
