// `npm run bench:search`: search quality and latency of the knowledge base on `wrangler dev`.
// Loads the labelled fixture (tests/fixtures/knowledge/corpus/corpus.json: 216 documents, 71
// queries with their relevant documents) into one project of a throwaway local database, adds
// generated filler documents until the project holds BENCH_CHUNKS chunks (default 20,000), then
// for each mode (keyword, semantic, hybrid) reports recall@5 and MRR@10 over the queries and
// p50/p95 latency over BENCH_SEARCHES sequential searches. Prints a table and writes
// bench/results/search-<timestamp>.json and bench/results/search-latest.json.
//
// Environment: BENCH_PORT (default 8793), BENCH_CHUNKS (default 20000), BENCH_SEARCHES (per mode,
// default 300), BENCH_CONCURRENCY (ingestion requests in flight, default 4).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { step } from "./lib/measure.mjs";
import { corpus, FILLER_SECTIONS, FILLER_SEED, fillerDoc, prng, quality } from "./lib/search-fixture.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8793);
const TARGET_CHUNKS = Number(process.env.BENCH_CHUNKS ?? 20_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BASE = `http://127.0.0.1:${PORT}`;
/** @typedef {"keyword" | "semantic" | "hybrid"} Mode */
/** @type {Mode[]} */
const MODES = ["keyword", "semantic", "hybrid"];
const TARGETS = { hybridBeatsKeywordOnMrr: true, hybridP95Ms: 75 };

/**
 * @typedef {object} ModeResult
 * @property {number} recallAt5
 * @property {number} mrrAt10
 * @property {{ p50: number | null; p95: number | null; max: number | null }} [latencyMs]
 * @property {Record<string, number | null>} [waitingOnD1P50Ms] Server-Timing steps, p50
 * @property {number} [searches]
 */

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
try {
  const admin = await server.start();
  const { key } = await server.project(admin, { name: "search bench" });

  step(`ingesting the fixture: ${corpus.documents.length} documents`);
  /** @type {Map<string, string>} the API's document id -> the fixture's id */
  const idOf = new Map();
  let chunks = 0;
  const started = Date.now();
  await inParallel(corpus.documents, async (doc) => {
    const r = await api(key, "POST", "/api/v1/knowledge/documents", {
      title: doc.title,
      content: doc.text,
      tags: doc.tags,
      sourceUrl: `https://fixture.test/${doc.id}`,
    });
    idOf.set(r.document.id, doc.id);
    chunks += r.document.chunkCount;
  });

  const rand = prng(FILLER_SEED);
  const sections = FILLER_SECTIONS;
  step(`ingesting filler documents (${sections} sections each) until the project holds ${TARGET_CHUNKS} chunks`);
  let fillers = 0;
  while (chunks < TARGET_CHUNKS) {
    const batch = Math.max(1, Math.min(100, Math.ceil((TARGET_CHUNKS - chunks) / sections)));
    const docs = Array.from({ length: batch }, (_, i) => fillerDoc(fillers + i, rand, sections));
    fillers += batch;
    await inParallel(docs, async (content) => {
      const r = await api(key, "POST", "/api/v1/knowledge/documents", { content, tags: ["filler"] });
      chunks += r.document.chunkCount;
    });
    step(`  ${fillers} filler documents, ${chunks} chunks`);
  }
  const ingestSeconds = Math.round((Date.now() - started) / 100) / 10;
  step(`${chunks} chunks indexed in ${ingestSeconds} s`);

  /** @type {(q: string, mode: Mode, limit?: number) => Promise<{ ms: number; ids: (string | undefined)[]; timing: Record<string, number> }>} */
  const search = async (q, mode, limit = 10) => {
    /** @type {Record<string, number>} */
    const timing = {};
    const t0 = performance.now();
    const path = `/api/v1/knowledge/search?${new URLSearchParams({ q, mode, limit: String(limit) })}`;
    const r = await api(key, "GET", path, undefined, timing);
    /** @type {{ document: { id: string } }[]} */
    const hits = r.data;
    return { ms: performance.now() - t0, ids: hits.map((h) => idOf.get(h.document.id)), timing };
  };
  step("warming up (the first semantic query loads the project's vectors into the isolate)");
  for (const mode of MODES) await search(corpus.queries[0]?.q ?? "", mode);

  /** @type {Record<Mode, ModeResult>} */
  const results = {
    keyword: await quality(async (q) => (await search(q, "keyword")).ids),
    semantic: await quality(async (q) => (await search(q, "semantic")).ids),
    hybrid: await quality(async (q) => (await search(q, "hybrid")).ids),
  };
  // Latency: the modes take turns query by query, so a burst of load on the machine falls on all
  // of them alike instead of on whichever mode happened to run at the time.
  /** @type {Record<Mode, number[]>} */
  const latencies = { keyword: [], semantic: [], hybrid: [] };
  /** @type {Record<Mode, Record<string, number[]>>} */
  const steps = { keyword: {}, semantic: {}, hybrid: {} };
  for (let i = 0; i < SEARCHES; i++) {
    for (const mode of MODES) {
      const { ms, timing } = await search(corpus.queries[i % corpus.queries.length]?.q ?? "", mode);
      latencies[mode].push(ms);
      for (const [name, dur] of Object.entries(timing)) {
        const list = steps[mode][name] ?? [];
        list.push(dur);
        steps[mode][name] = list;
      }
    }
  }
  for (const mode of MODES) {
    const sorted = latencies[mode].sort((a, b) => a - b);
    results[mode].latencyMs = {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: percentile(sorted, 100),
    };
    results[mode].waitingOnD1P50Ms = Object.fromEntries(
      Object.entries(steps[mode]).map(([name, list]) => [
        name,
        percentile(
          list.sort((a, b) => a - b),
          50,
        ),
      ]),
    );
    results[mode].searches = SEARCHES;
    step(
      `${mode}: recall@5 ${results[mode].recallAt5}, MRR@10 ${results[mode].mrrAt10}, p50 ${results[mode].latencyMs?.p50} ms, p95 ${results[mode].latencyMs?.p95} ms`,
    );
  }

  const head = ["mode", "recall@5", "MRR@10", "p50 ms", "p95 ms"];
  const body = MODES.map((m) => [
    m,
    results[m].recallAt5.toFixed(3),
    results[m].mrrAt10.toFixed(3),
    String(results[m].latencyMs?.p50),
    String(results[m].latencyMs?.p95),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${[line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")}\n`);
  const verdict = {
    hybridBeatsKeywordOnMrr: results.hybrid.mrrAt10 > results.keyword.mrrAt10,
    hybridP95UnderTarget: (results.hybrid.latencyMs?.p95 ?? Number.POSITIVE_INFINITY) < TARGETS.hybridP95Ms,
  };
  console.log(
    `hybrid beats keyword on MRR@10: ${verdict.hybridBeatsKeywordOnMrr ? "yes" : "NO"}; hybrid p95 < ${TARGETS.hybridP95Ms} ms: ${verdict.hybridP95UnderTarget ? "yes" : "NO"}`,
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
      "local (hashed words, bigrams, character trigrams, WordNet concepts in a per-word budget; 2,048 dimensions)",
    vectorIndex: "local D1 (exact cosine top-K over 8-bit vectors)",
    fixture: { documents: corpus.documents.length, queries: corpus.queries.length },
    chunks,
    fillerDocuments: fillers,
    ingestSeconds,
    targets: TARGETS,
    verdict,
    results,
  };
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  const stamp = report.at.replace(/[:.]/g, "-");
  writeFileSync(join(ROOT, `bench/results/search-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, "bench/results/search-latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  step("wrote bench/results/search-latest.json");
} catch (err) {
  console.error(err);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
