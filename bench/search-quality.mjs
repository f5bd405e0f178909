// `npm run bench:search:quality`: search quality on the labelled sets without wrangler. Each set's
// own documents (bench/search/*-set.json) go into a project of their own among real technical
// documents read at run time from this machine's offline text (bench/lib/offline-corpus.mjs: man
// pages, /usr/share/doc, node_modules docs), added until the project holds BENCH_CHUNKS chunks
// (default 20,000; never fewer than 1,000 documents). Indexing and search are the Worker's own
// code (chunker, local embedder, D1 vector index, `searchKnowledge`) run in Node through tsx against
// the project's migrations in an in-memory node:sqlite database with FTS5, behind a small D1-shaped
// adapter. Prints MRR@10, recall@5, nDCG@10 and the "nothing relevant" share per set, mode and
// question class, and the test-minus-dev gap; writes bench/results/search-quality-latest.json and
// the committed summary bench/results/search-quality-latest.md.
// SEARCH_SETS picks the sets (bench/lib/search-sets.mjs); tuning runs use SEARCH_SETS=dev only.
// LOCAL_WEIGHTS='{"bigram":1}' overrides the local embedder's feature weights for a trial.
// EMBEDDER=workers-ai (with CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN) embeds with production's
// Workers AI model through the REST API instead of the local embedder (bench/lib/workers-ai-rest.mjs).
// DUMP_LISTS=dir writes each question's keyword and semantic document lists there, for tuning.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { ROOT } from "../scripts/lib/local.mjs";
import { LOCAL_WEIGHTS, LocalEmbedder } from "../worker/features/knowledge/embed/local-embedder.ts";
import { WorkersAiEmbedder } from "../worker/features/knowledge/embed/workers-ai.ts";
import { embeddingText, HEADING_SEPARATOR } from "../worker/features/knowledge/indexing/store.ts";
import { prepare } from "../worker/features/knowledge/ingest/extract.ts";
import { KNOWLEDGE_LIMITS } from "../worker/features/knowledge/limits.ts";
import { searchKnowledge } from "../worker/features/knowledge/search/search.service.ts";
import { D1VectorIndex } from "../worker/features/knowledge/vectors/d1-index.ts";
import { d1 } from "./lib/node-d1.mjs";
import { offlineDocuments } from "./lib/offline-corpus.mjs";
import { gap, loadSets, scoreByClass, table } from "./lib/search-sets.mjs";
import { workersAiOverRest } from "./lib/workers-ai-rest.mjs";

const TARGET_CHUNKS = Number(process.env.BENCH_CHUNKS ?? 20_000);
const MIN_DOCUMENTS = 1000;
const MODES = /** @type {const} */ (["keyword", "semantic", "hybrid"]);
const DUMP = process.env.DUMP_LISTS;

/** @typedef {{ heading: string; seq: number; page: number | null; text: string; tokens: number; vector?: Float32Array }} PreparedChunk */
/** @typedef {{ id: string; title: string; chunks: PreparedChunk[] }} PreparedDoc */

const started = Date.now();
const db = new DatabaseSync(":memory:");
for (const file of readdirSync(join(ROOT, "migrations"))
  .filter((f) => f.endsWith(".sql"))
  .sort()) {
  db.exec(readFileSync(join(ROOT, "migrations", file), "utf8"));
}
const DB = d1(db);
const { CLOUDFLARE_ACCOUNT_ID: account, CLOUDFLARE_API_TOKEN: token } = process.env;
if (process.env.EMBEDDER === "workers-ai" && !(account && token)) {
  throw new Error("EMBEDDER=workers-ai needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN");
}
/** @type {import("../worker/features/knowledge/embed/embedder.ts").Embedder} */
const embedder =
  process.env.EMBEDDER === "workers-ai" && account && token
    ? new WorkersAiEmbedder(workersAiOverRest(account, token))
    : new LocalEmbedder(undefined, { ...LOCAL_WEIGHTS, ...JSON.parse(process.env.LOCAL_WEIGHTS ?? "{}") });
const vectors = new D1VectorIndex(DB);

/** Chunks a document with the Worker's chunker and embeds the chunks. @returns {Promise<PreparedDoc>} */
async function prepareDoc(/** @type {string} */ id, /** @type {string} */ title, /** @type {string} */ text) {
  const prepared = await prepare("markdown", new TextEncoder().encode(text), title, KNOWLEDGE_LIMITS);
  const docTitle = prepared.title ?? title;
  const chunks = prepared.chunks.map((c) => ({
    heading: c.headingPath.join(HEADING_SEPARATOR),
    seq: c.seq,
    page: c.page,
    text: c.text,
    tokens: c.tokens,
  }));
  const embedded = await embedder.embed(
    chunks.map((c) => embeddingText(docTitle, c.heading, c.text)),
    "document",
  );
  return { id, title: docTitle, chunks: chunks.map((c, i) => ({ ...c, vector: embedded[i] })) };
}

/** Stores a prepared document in a project the way the ingest service does (FTS rows by trigger). */
async function store(/** @type {string} */ project, /** @type {PreparedDoc} */ doc) {
  db.prepare(
    "insert into knowledge_entries (id, project_id, title, source_type, tags, status, chunk_count) values (?, ?, ?, 'markdown', '[]', 'indexed', ?)",
  ).run(`${project}:${doc.id}`, project, doc.title, doc.chunks.length);
  const insert = db.prepare(
    "insert into knowledge_chunks (project_id, document_id, seq, title, heading, page, text, tokens) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
  );
  const records = doc.chunks.map((c) => {
    const row = /** @type {{ id: number }} */ (
      insert.get(project, `${project}:${doc.id}`, c.seq, doc.title, c.heading, c.page, c.text, c.tokens)
    );
    return {
      id: String(row.id),
      projectId: project,
      documentId: `${project}:${doc.id}`,
      values: c.vector ?? new Float32Array(),
    };
  });
  await vectors.upsert(records);
}

const sets = loadSets();
const setDocs = await Promise.all(
  sets.map(async (set) => Promise.all(set.documents.map((d) => prepareDoc(`set:${d.id}`, d.title, d.text)))),
);
const ownChunks = Math.max(...setDocs.map((docs) => docs.reduce((n, d) => n + d.chunks.length, 0)));

/** @type {PreparedDoc[]} */
const distractors = [];
let chunks = ownChunks;
const candidates = offlineDocuments(Math.max(MIN_DOCUMENTS * 4, Math.ceil(TARGET_CHUNKS / 4)));
for (const doc of candidates) {
  if (chunks >= TARGET_CHUNKS && distractors.length >= MIN_DOCUMENTS) break;
  const prepared = await prepareDoc(`offline:${distractors.length}`, doc.title, doc.text);
  distractors.push(prepared);
  chunks += prepared.chunks.length;
}
if (distractors.length < MIN_DOCUMENTS) throw new Error(`only ${distractors.length} offline documents found`);

/** @type {Record<string, Record<string, Record<string, import("./lib/search-sets.mjs").Scores>>>} */
const results = {};
/** @type {Record<string, number[]>} CPU milliseconds of each search (this process: Worker code and SQLite), per mode */
const cpuMs = { keyword: [], semantic: [], hybrid: [] };
for (const [s, set] of sets.entries()) {
  const project = `prj_quality_${s}`;
  db.prepare("insert into projects (id, slug, name, owner) values (?, ?, ?, 'bench')").run(project, project, project);
  for (const doc of [...(setDocs[s] ?? []), ...distractors]) await store(project, doc);
  const deps = { env: /** @type {Env} */ ({ DB }), projectId: project, embedder, vectors };
  const setId = (/** @type {string} */ id) =>
    id.startsWith(`${project}:set:`) ? id.slice(`${project}:set:`.length) : undefined;
  /** @type {Record<string, Record<string, import("./lib/search-sets.mjs").Scores>>} */
  const byMode = {};
  results[set.name] = byMode;
  /** @type {Record<string, unknown>[]} */
  const dump = [];
  for (const mode of MODES) {
    const answers = [];
    for (const [i, question] of set.questions.entries()) {
      const cpuBefore = process.cpuUsage();
      const found = await searchKnowledge(/** @type {never} */ (deps), { q: question.q, mode, limit: DUMP ? 50 : 10 });
      const used = process.cpuUsage(cpuBefore);
      cpuMs[mode]?.push((used.user + used.system) / 1000);
      answers.push({ ids: found.data.map((d) => setId(d.document.id)), nothingRelevant: found.nothingRelevant });
      if (DUMP) {
        dump[i] ??= { q: question.q, class: question.class, relevant: question.relevant };
        /** @type {Record<string, unknown>} */ (dump[i])[mode] = found.data.map((d) => ({
          id: setId(d.document.id) ?? d.document.id,
          score: d.score,
        }));
        /** @type {Record<string, unknown>} */ (dump[i])[`${mode}Confidence`] = found.confidence;
      }
    }
    byMode[mode] = scoreByClass(set.questions, answers);
  }
  if (DUMP) writeFileSync(join(DUMP, `lists-${set.name}.json`), JSON.stringify(dump));
}

const documents = distractors.length;
console.log(`${chunks} chunks per project: ${documents} offline documents plus each set's own (${embedder.id})\n`);
console.log(table(results));
const dev = results.dev;
const test = results.test;
const gaps = dev && test ? gap(dev, test) : undefined;
if (gaps) console.log(`\ntest minus dev, MRR@10: ${JSON.stringify(gaps)}`);
/** CPU ms per search per mode: p50 and p95 (the first search of each set also loads its vectors). */
const cpu = Object.fromEntries(
  Object.entries(cpuMs).map(([mode, list]) => {
    const sorted = list.sort((a, b) => a - b);
    const at = (/** @type {number} */ p) =>
      Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) / 10;
    return [mode, { p50: at(0.5), p95: at(0.95) }];
  }),
);
console.log(`\nCPU ms per search (Node, in-process SQLite): ${JSON.stringify(cpu)}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
const report = {
  at: new Date().toISOString(),
  embedder: embedder.id,
  chunksPerProject: chunks,
  offlineDocuments: documents,
  sets: sets.map((s) => ({ name: s.name, documents: s.documents.length, questions: s.questions.length })),
  results,
  testMinusDevMrr: gaps ?? null,
  cpuMsPerSearch: cpu,
};
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/search-quality-latest.json"), `${JSON.stringify(report, null, 2)}\n`);
const summary = [
  `# npm run bench:search:quality, ${report.at}`,
  "",
  `${chunks} chunks per project (${documents} offline documents plus the set's own), embedder ${embedder.id}.`,
  'MRR@10, recall@5 and nDCG@10 over answerable questions; `nothing`: share answered "nothing relevant".',
  "",
  "```",
  table(results),
  "```",
  "",
  gaps ? `Test minus dev, MRR@10: \`${JSON.stringify(gaps)}\`` : "",
];
writeFileSync(join(ROOT, "bench/results/search-quality-latest.md"), `${summary.join("\n")}\n`);
