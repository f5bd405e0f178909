// `npm run bench:search:quality`: the search quality half of `npm run bench:search` in about 20
// seconds and without wrangler, for tuning the embedder and the fusion. The same corpus (fixture +
// filler to BENCH_CHUNKS chunks, default 20,000), the Worker's own chunker, local embedder,
// D1 vector index and search service (`searchKnowledge`), run in Node (through tsx) against the
// project's migrations applied to an in-memory node:sqlite database with FTS5, behind a small
// D1-shaped adapter. Prints recall@5 and MRR@10 per mode; latency needs `npm run bench:search`.
// HASH_SEEDS=a,b,c reruns the semantic and hybrid modes with other hash seeds of the local
// embedder, since one seed's hash collisions move MRR@10 by about +/-0.015 over 71 queries.
// LOCAL_WEIGHTS='{"bigram":1}' overrides the local embedder's feature weights for a trial.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { ROOT } from "../scripts/lib/local.mjs";
import { LOCAL_WEIGHTS, LocalEmbedder } from "../worker/features/knowledge/embed/local-embedder.ts";
import { embeddingText, HEADING_SEPARATOR } from "../worker/features/knowledge/indexing/store.ts";
import { prepare } from "../worker/features/knowledge/ingest/extract.ts";
import { searchKnowledge } from "../worker/features/knowledge/search/search.service.ts";
import { D1VectorIndex } from "../worker/features/knowledge/vectors/d1-index.ts";
import { corpus, FILLER_SECTIONS, FILLER_SEED, fillerDoc, prng, quality } from "./lib/search-fixture.mjs";

const TARGET_CHUNKS = Number(process.env.BENCH_CHUNKS ?? 20_000);
const SEEDS = (process.env.HASH_SEEDS ?? "").split(",").filter(Boolean).map(Number);
const MODES = ["keyword", "semantic", "hybrid"];
const WEIGHTS = { ...LOCAL_WEIGHTS, ...JSON.parse(process.env.LOCAL_WEIGHTS ?? "{}") };
const LIMITS = { maxTextBytes: 1 << 20, maxChunks: 1000 };

/** The parts of D1's API the search code uses, over node:sqlite (blobs as ArrayBuffers, as D1 hands them over). */
function d1(db) {
  const toSql = (v) => (v instanceof ArrayBuffer ? new Uint8Array(v) : typeof v === "boolean" ? Number(v) : v);
  const fromSql = (row) => {
    for (const [k, v] of Object.entries(row)) if (v instanceof Uint8Array) row[k] = v.slice().buffer;
    return row;
  };
  const statement = (sql, args = []) => ({
    bind: (...values) => statement(sql, values.map(toSql)),
    all: async () => ({
      results: db
        .prepare(sql)
        .all(...args)
        .map(fromSql),
      success: true,
      meta: {},
    }),
    first: async (column) => {
      const row = db.prepare(sql).get(...args);
      return row ? (column ? row[column] : fromSql(row)) : null;
    },
    run: async () => {
      db.prepare(sql).run(...args);
      return { success: true, meta: {} };
    },
  });
  return {
    prepare: (sql) => statement(sql),
    batch: async (statements) => Promise.all(statements.map((s) => s.all())),
  };
}

function database(project) {
  const db = new DatabaseSync(":memory:");
  const dir = join(ROOT, "migrations");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    db.exec(readFileSync(join(dir, file), "utf8"));
  }
  db.prepare("insert into projects (id, slug, name, owner) values (?, ?, 'bench', 'bench')").run(project, project);
  return db;
}

/** Indexes one document the way the ingest service does: its chunks (FTS by trigger) and their vectors. */
async function index({ db, vectors, embedder, project }, id, title, text, tags) {
  const prepared = await prepare("markdown", new TextEncoder().encode(text), title, LIMITS);
  const docTitle = prepared.title ?? "Untitled";
  db.prepare(
    "insert into knowledge_entries (id, project_id, title, source_type, tags, status, chunk_count) values (?, ?, ?, 'markdown', ?, 'indexed', ?)",
  ).run(id, project, docTitle, JSON.stringify(tags), prepared.chunks.length);
  const insert = db.prepare(
    "insert into knowledge_chunks (project_id, document_id, seq, title, heading, page, text, tokens) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
  );
  const rows = prepared.chunks.map((c) => {
    const heading = c.headingPath.join(HEADING_SEPARATOR);
    const { id: chunkId } = insert.get(project, id, c.seq, docTitle, heading, c.page, c.text, c.tokens);
    return { chunkId, text: embeddingText(docTitle, heading, c.text) };
  });
  const embedded = await embedder.embed(
    rows.map((r) => r.text),
    "document",
  );
  await vectors.upsert(
    rows.map((r, i) => ({ id: String(r.chunkId), projectId: project, documentId: id, values: embedded[i] })),
  );
  return rows.length;
}

async function run(seed) {
  // A project per run: the vector index caches vectors per project id for the life of the isolate.
  const project = `prj_bench_${seed ?? "default"}`;
  const db = database(project);
  const DB = d1(db);
  const embedder = new LocalEmbedder(undefined, WEIGHTS, seed);
  const ctx = { db, vectors: new D1VectorIndex(DB), embedder, project };
  let chunks = 0;
  for (const doc of corpus.documents) {
    chunks += await index(ctx, `fixture:${doc.id}`, doc.title, doc.text, doc.tags);
  }
  const rand = prng(FILLER_SEED);
  let fillers = 0;
  for (; chunks < TARGET_CHUNKS; fillers++) {
    chunks += await index(ctx, `filler:${fillers}`, null, fillerDoc(fillers, rand, FILLER_SECTIONS), ["filler"]);
  }
  const deps = { env: { DB }, projectId: project, embedder, vectors: ctx.vectors };
  const results = {};
  for (const mode of MODES) {
    results[mode] = await quality(async (q) => {
      const found = await searchKnowledge(deps, { q, mode, limit: 10 });
      return found.data.map((d) => (d.document.id.startsWith("fixture:") ? d.document.id.slice(8) : undefined));
    });
  }
  return { chunks, fillers, results };
}

const started = Date.now();
const { chunks, fillers, results } = await run(undefined);
console.log(
  `${chunks} chunks (${corpus.documents.length} fixture documents, ${fillers} filler documents), ${corpus.queries.length} queries`,
);
console.log("\nmode      recall@5  MRR@10\n--------  --------  ------");
for (const mode of MODES) {
  console.log(
    `${mode.padEnd(8)}  ${results[mode].recallAt5.toFixed(3).padStart(8)}  ${results[mode].mrrAt10.toFixed(3).padStart(6)}`,
  );
}
for (const seed of SEEDS) {
  const other = await run(seed);
  console.log(
    `hash seed ${seed}: semantic MRR@10 ${other.results.semantic.mrrAt10.toFixed(3)}, hybrid ${other.results.hybrid.mrrAt10.toFixed(3)}`,
  );
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
