// `npm run bench:search`: search quality and latency of the knowledge base on `wrangler dev`.
// For each labelled set (bench/lib/search-sets.mjs: dev and test by default) a project of a
// throwaway local database receives the set's own documents and then real technical documents read
// at run time from this machine's offline text (bench/lib/offline-corpus.mjs) until it holds
// BENCH_CHUNKS chunks (default 20,000; at least 1,000 offline documents). Every question is asked in
// every mode (keyword, semantic, hybrid): MRR@10, recall@5, nDCG@10 and the "nothing relevant"
// share per class, as `npm run bench:search:quality` computes them offline, plus p50/p95 latency
// over BENCH_SEARCHES sequential searches per mode and project, and the mean CPU time per search
// of the workerd that runs the Worker (and the local D1) from /proc: on a shared machine wall-clock
// latency measures the load, CPU time the code. Prints a table and writes
// bench/results/search-<timestamp>.json, bench/results/search-latest.json and the committed summary
// bench/results/search-latest.md.
//
// Environment: BENCH_PORT (default 8793), BENCH_CHUNKS (default 20000), BENCH_SEARCHES (per mode
// and project, default 300), BENCH_CONCURRENCY (ingestion requests in flight, default 4), SEARCH_SETS.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { step } from "./lib/measure.mjs";
import { offlineDocuments } from "./lib/offline-corpus.mjs";
import { groupCpu } from "./lib/process-stats.mjs";
import { gap, loadSets, scoreByClass, table } from "./lib/search-sets.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8793);
const TARGET_CHUNKS = Number(process.env.BENCH_CHUNKS ?? 20_000);
const MIN_DOCUMENTS = 1000;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BASE = `http://127.0.0.1:${PORT}`;
/** @typedef {"keyword" | "semantic" | "hybrid"} Mode */
/** @type {Mode[]} */
const MODES = ["keyword", "semantic", "hybrid"];
const TARGETS = { hybridP95Ms: 75 };

/**
 * One API call with the project key; fills `timing` from the Server-Timing header when given.
 * @param {string} key
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @param {Record<string, number>} [timing]
 */
async function api(key, method, path, body, timing) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text.slice(0, 300)}`);
  if (timing) {
    for (const part of (res.headers.get("server-timing") ?? "").split(",")) {
      const m = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
      if (m?.[1]) timing[m[1]] = Number(m[2]);
    }
  }
  return text ? JSON.parse(text) : null;
}

/**
 * Runs `worker` over `items` with CONCURRENCY calls in flight.
 * @template T
 * @param {T[]} items
 * @param {(item: T) => Promise<void>} worker
 */
async function inParallel(items, worker) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = items[next++]; item !== undefined; item = items[next++]) await worker(item);
    }),
  );
}

/** Nearest-rank percentile of sorted numbers, one decimal; null for none. */
const percentile = (/** @type {number[]} */ sorted, /** @type {number} */ p) => {
  const v = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return v === undefined ? null : Math.round(v * 10) / 10;
};

const server = throwawayServer({ name: "search", port: PORT, args: ["--log-level", "warn"], snapshot: true, step });
const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
const sets = loadSets();
const offline = offlineDocuments(Math.max(MIN_DOCUMENTS * 4, Math.ceil(TARGET_CHUNKS / 4)));

/**
 * Fills a project: the set's documents, then offline documents until TARGET_CHUNKS.
 * @param {string} key
 * @param {import("./lib/search-sets.mjs").SearchSet} set
 * @returns {Promise<{ idOf: Map<string, string>; chunks: number; offlineDocuments: number; seconds: number }>}
 */
async function fill(key, set) {
  const started = Date.now();
  /** @type {Map<string, string>} the API's document id -> the set's id */
  const idOf = new Map();
  let chunks = 0;
  await inParallel(set.documents, async (doc) => {
    const r = await api(key, "POST", "/api/v1/knowledge/documents", { title: doc.title, content: doc.text });
    idOf.set(r.document.id, doc.id);
    chunks += r.document.chunkCount;
  });
  let used = 0;
  while ((chunks < TARGET_CHUNKS || used < MIN_DOCUMENTS) && used < offline.length) {
    const batch = offline.slice(used, used + 100);
    used += batch.length;
    await inParallel(batch, async (doc) => {
      const r = await api(key, "POST", "/api/v1/knowledge/documents", { title: doc.title, content: doc.text });
      chunks += r.document.chunkCount;
    });
    step(`  ${set.name}: ${used} offline documents, ${chunks} chunks`);
  }
  return { idOf, chunks, offlineDocuments: used, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

try {
  const admin = await server.start();
  /** @type {Record<string, Record<string, Record<string, import("./lib/search-sets.mjs").Scores>>>} */
  const quality = {};
  /** @type {Record<string, unknown>} */
  const perSet = {};
  for (const set of sets) {
    const { key } = await server.project(admin, { name: `search bench ${set.name}` });
    step(`${set.name}: ingesting ${set.documents.length} set documents and offline documents`);
    const filled = await fill(key, set);
    /** @type {(q: string, mode: Mode) => Promise<{ ms: number; ids: (string | undefined)[]; nothingRelevant: boolean; timing: Record<string, number> }>} */
    const search = async (q, mode) => {
      /** @type {Record<string, number>} */
      const timing = {};
      const t0 = performance.now();
      const path = `/api/v1/knowledge/search?${new URLSearchParams({ q, mode, limit: "10" })}`;
      const r = await api(key, "GET", path, undefined, timing);
      /** @type {{ document: { id: string } }[]} */
      const hits = r.data;
      const ids = hits.map((h) => filled.idOf.get(h.document.id));
      return { ms: performance.now() - t0, ids, nothingRelevant: r.nothingRelevant, timing };
    };
    step(`${set.name}: warming up (the first semantic query loads the project's vectors into the isolate)`);
    for (const mode of MODES) await search(set.questions[0]?.q ?? "", mode);
    /** @type {Record<string, Record<string, import("./lib/search-sets.mjs").Scores>>} */
    const byMode = {};
    for (const mode of MODES) {
      const answers = [];
      for (const question of set.questions) answers.push(await search(question.q, mode));
      byMode[mode] = scoreByClass(set.questions, answers);
    }
    quality[set.name] = byMode;
    // Latency: the modes take turns query by query, so a burst of load on the machine falls on all
    // of them alike instead of on whichever mode happened to run at the time.
    /** @type {Record<Mode, number[]>} */
    const latencies = { keyword: [], semantic: [], hybrid: [] };
    /** @type {Record<Mode, Record<string, number[]>>} */
    const steps = { keyword: {}, semantic: {}, hybrid: {} };
    /** @type {Record<Mode, number>} CPU seconds of the Worker's workerd, summed per mode */
    const cpu = { keyword: 0, semantic: 0, hybrid: 0 };
    const workerCpu = () => groupCpu(server.child?.pid, PORT)["workerd (Worker + Durable Objects)"] ?? 0;
    for (let i = 0; i < SEARCHES; i++) {
      for (const mode of MODES) {
        const cpuBefore = workerCpu();
        const { ms, timing } = await search(set.questions[i % set.questions.length]?.q ?? "", mode);
        cpu[mode] += workerCpu() - cpuBefore;
        latencies[mode].push(ms);
        for (const [name, dur] of Object.entries(timing)) {
          const list = steps[mode][name] ?? [];
          list.push(dur);
          steps[mode][name] = list;
        }
      }
    }
    const latency = Object.fromEntries(
      MODES.map((mode) => {
        const sorted = latencies[mode].sort((a, b) => a - b);
        const waiting = Object.entries(steps[mode]).map(([name, list]) => [
          name,
          percentile(
            list.sort((a, b) => a - b),
            50,
          ),
        ]);
        const figures = {
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          max: percentile(sorted, 100),
          cpuMsPerSearch: Math.round((cpu[mode] / SEARCHES) * 10_000) / 10,
        };
        step(
          `${set.name} ${mode}: p50 ${figures.p50} ms, p95 ${figures.p95} ms, CPU ${figures.cpuMsPerSearch} ms per search`,
        );
        return [mode, { ...figures, waitingOnD1P50Ms: Object.fromEntries(waiting), searches: SEARCHES }];
      }),
    );
    perSet[set.name] = { ...filled, idOf: undefined, latencyMs: latency };
  }
  console.log(`\n${table(quality)}\n`);
  const gaps = quality.dev && quality.test ? gap(quality.dev, quality.test) : null;
  if (gaps) console.log(`test minus dev, MRR@10: ${JSON.stringify(gaps)}`);
  const hybridP95 = Math.max(
    ...Object.values(perSet).map(
      (s) => /** @type {{ latencyMs: Record<Mode, { p95: number | null }> }} */ (s).latencyMs.hybrid.p95 ?? Infinity,
    ),
  );
  console.log(
    `hybrid p95 ${hybridP95} ms (target < ${TARGETS.hybridP95Ms} ms): ${hybridP95 < TARGETS.hybridP95Ms ? "yes" : "NO"}`,
  );
  const report = {
    at: new Date().toISOString(),
    loadAverageAtStart: loadAtStart,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    embedder:
      "local (hashed words, bigrams, character trigrams, WordNet concepts in a per-word budget; SIF mean of GloVe word vectors)",
    vectorIndex: "local D1 (exact cosine top-K over 8-bit vectors)",
    sets: sets.map((s) => ({ name: s.name, documents: s.documents.length, questions: s.questions.length })),
    targets: TARGETS,
    projects: perSet,
    quality,
    testMinusDevMrr: gaps,
  };
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  const stamp = report.at.replace(/[:.]/g, "-");
  writeFileSync(join(ROOT, `bench/results/search-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, "bench/results/search-latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  const latencyRows = Object.entries(perSet).flatMap(([name, s]) =>
    Object.entries(
      /** @type {{ latencyMs: Record<string, { p50: number | null; p95: number | null; cpuMsPerSearch: number }> }} */ (
        s
      ).latencyMs,
    ).map(
      ([mode, l]) =>
        `${name.padEnd(5)} ${mode.padEnd(8)} p50 ${l.p50} ms  p95 ${l.p95} ms  CPU ${l.cpuMsPerSearch} ms/search`,
    ),
  );
  const summary = [
    `# npm run bench:search (wrangler dev), ${report.at}`,
    "",
    `Load average at start ${loadAtStart.join(" / ")}, at end ${report.machine.loadAverageAtEnd.join(" / ")} (${report.machine.cpus} CPUs). CPU: the Worker's workerd (with the local D1), mean per search.`,
    "",
    `Projects: ${JSON.stringify(Object.fromEntries(Object.entries(perSet).map(([n, s]) => [n, { ...Object(s), latencyMs: undefined }])))}`,
    "",
    "```",
    table(quality),
    "",
    ...latencyRows,
    "```",
    "",
    gaps ? `Test minus dev, MRR@10: \`${JSON.stringify(gaps)}\`` : "",
  ];
  writeFileSync(join(ROOT, "bench/results/search-latest.md"), `${summary.join("\n")}\n`);
  step("wrote bench/results/search-latest.json");
} catch (err) {
  console.error(err);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
