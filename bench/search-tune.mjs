// `npm run bench:search:tune`: leave-one-out cross-validation of hybrid fusion on the development
// set, so a fusion choice is judged by questions it was not fitted on. It builds the project of
// `npm run bench:search:quality` (the set's documents among ~20,000 chunks of offline documents),
// takes each question's keyword and semantic document lists from the Worker's own search, and
// scores, for each way of giving a document its semantic score, the production fusion
// (`fuse` of search/hybrid.ts) over a grid of keyword-confidence threshold x re-rank share x merge
// share: for every question the grid point best on the other questions is applied to it (LOO), and
// the in-sample best is printed beside it. Figures are MRR@10 per class.
// Semantic document scores tried, each with a weight w in {0.25, 0.5, 1, 2} chosen inside the same
// leave-one-out: the best chunk's cosine (production), best + w x the mean of the document's
// chunks, best + w x the cosine of the document's vector (normalised sum of its chunk vectors),
// best + w x the second chunk's, and as a control a pure length prior, best - (w / 25) ln(chunks):
// the set's own documents are 3-4 chunks long and the offline ones ~11, so any score that favours
// short documents gains here without being better. DISTRACTOR_CHUNKS=3 cuts every offline document
// into 3-chunk pieces (each its own document) to take that advantage away; a real gain survives
// both layouts. Figures: bench/results/search-tune-latest.md (-pieces3- for the cut layout). Keyword lists come from keyword mode at 50 documents (150 chunks; hybrid fuses 50).
// Refuses the test set: SEARCH_SETS must name the development set (the default) or another file.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { ROOT } from "../scripts/lib/local.mjs";
import { normalize } from "../worker/features/knowledge/embed/embedder.ts";
import { LocalEmbedder } from "../worker/features/knowledge/embed/local-embedder.ts";
import { embeddingText, HEADING_SEPARATOR } from "../worker/features/knowledge/indexing/store.ts";
import { prepare } from "../worker/features/knowledge/ingest/extract.ts";
import { KNOWLEDGE_LIMITS } from "../worker/features/knowledge/limits.ts";
import { fuse } from "../worker/features/knowledge/search/hybrid.ts";
import { searchKnowledge } from "../worker/features/knowledge/search/search.service.ts";
import { D1VectorIndex } from "../worker/features/knowledge/vectors/d1-index.ts";
import { d1 } from "./lib/node-d1.mjs";
import { offlineDocuments } from "./lib/offline-corpus.mjs";
import { loadSets } from "./lib/search-sets.mjs";

/** @typedef {import("../worker/features/knowledge/search/fusion.ts").Ranked<string>} DocScore */
/** @typedef {{ max: number; second: number; mean: number; whole: number; chunks: number }} Evidence */
/** @typedef {{ q: string; class: string; relevant: Set<string>; keyword: DocScore[]; confidence: number; evidence: Map<string, Evidence>; cut: number }} Case */

const TARGET_CHUNKS = Number(process.env.BENCH_CHUNKS ?? 20_000);
const MIN_DOCUMENTS = 1000;
const PIECE = Number(process.env.DISTRACTOR_CHUNKS ?? 0);
/** Documents asked of keyword search (its answer then draws on 150 chunks; production's hybrid on 50). */
const LIST_LIMIT = 50;

process.env.SEARCH_SETS ??= "dev";
const sets = loadSets();
if (sets.length !== 1 || sets[0]?.name === "test") throw new Error("SEARCH_SETS must name one set, never the test set");
const [set] = sets;
if (!set) throw new Error("no set");

const db = new DatabaseSync(":memory:");
for (const file of readdirSync(join(ROOT, "migrations"))
  .filter((f) => f.endsWith(".sql"))
  .sort()) {
  db.exec(readFileSync(join(ROOT, "migrations", file), "utf8"));
}
const DB = d1(db);
const embedder = new LocalEmbedder();
const vectors = new D1VectorIndex(DB);
const project = "prj_tune";
db.prepare("insert into projects (id, slug, name, owner) values (?, ?, ?, 'bench')").run(project, project, project);

/** @typedef {{ id: string; title: string; chunks: { heading: string; seq: number; page: number | null; text: string; tokens: number; vector: Float32Array }[] }} Doc */

/** Chunks and embeds a document with the Worker's code. @returns {Promise<Doc>} */
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
  return { id, title: docTitle, chunks: chunks.map((c, i) => ({ ...c, vector: embedded[i] ?? new Float32Array() })) };
}

/** Stores a document as the ingest service does (FTS rows by trigger). */
async function store(/** @type {Doc} */ doc) {
  const documentId = `${project}:${doc.id}`;
  db.prepare(
    "insert into knowledge_entries (id, project_id, title, source_type, tags, status, chunk_count) values (?, ?, ?, 'markdown', '[]', 'indexed', ?)",
  ).run(documentId, project, doc.title, doc.chunks.length);
  const insert = db.prepare(
    "insert into knowledge_chunks (project_id, document_id, seq, title, heading, page, text, tokens) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
  );
  const records = doc.chunks.map((c) => {
    const row = /** @type {{ id: number }} */ (
      insert.get(project, documentId, c.seq, doc.title, c.heading, c.page, c.text, c.tokens)
    );
    return { id: String(row.id), projectId: project, documentId, values: c.vector };
  });
  await vectors.upsert(records);
}

/** @type {Doc[]} */
const docs = await Promise.all(set.documents.map((d) => prepareDoc(d.id, d.title, d.text)));
let chunks = docs.reduce((n, d) => n + d.chunks.length, 0);
let offline = 0;
for (const doc of offlineDocuments(Math.max(MIN_DOCUMENTS * 4, Math.ceil(TARGET_CHUNKS / 4)))) {
  if (chunks >= TARGET_CHUNKS && offline >= MIN_DOCUMENTS) break;
  const p = await prepareDoc(`offline:${offline++}`, doc.title, doc.text);
  chunks += p.chunks.length;
  if (!PIECE) docs.push(p);
  for (let i = 0; PIECE && i < p.chunks.length; i += PIECE) {
    docs.push({ ...p, id: `${p.id}.${i}`, chunks: p.chunks.slice(i, i + PIECE) });
  }
}
for (const doc of docs) await store(doc);
const dims = embedder.dimensions;
const wholeVectors = docs.map((d) => {
  const v = new Float32Array(dims);
  for (const c of d.chunks) for (let i = 0; i < dims; i++) v[i] = (v[i] ?? 0) + (c.vector[i] ?? 0);
  return normalize(v);
});

// The query's word weights as search.service.ts computes them (idf over the project's chunks).
const total = Number(/** @type {{ n: number }} */ (db.prepare("select count(*) as n from knowledge_chunks").get()).n);
const df = db.prepare("select doc from knowledge_fts_vocab where term = ?");
const weightOf = (/** @type {string} */ stem) =>
  Math.log((total + 1) / (Number(/** @type {{ doc?: number } | undefined} */ (df.get(stem))?.doc ?? 0) + 1));
const deps = /** @type {never} */ ({ env: { DB }, projectId: project, embedder, vectors });
const local = (/** @type {string} */ id) => id.slice(project.length + 1);

/** @type {Case[]} */
const cases = [];
for (const question of set.questions.filter((q) => q.relevant.length)) {
  const found = await searchKnowledge(deps, { q: question.q, mode: "keyword", limit: LIST_LIMIT });
  const [query = new Float32Array()] = await embedder.embed([question.q], "query", weightOf);
  const nz = [...query.keys()].filter((d) => query[d] !== 0);
  const dot = (/** @type {Float32Array} */ v) => nz.reduce((s, d) => s + (query[d] ?? 0) * (v[d] ?? 0), 0);
  /** @type {Map<string, Evidence>} */
  const evidence = new Map();
  /** @type {number[]} */
  const all = [];
  docs.forEach((d, i) => {
    const s = d.chunks.map((c) => dot(c.vector)).sort((a, b) => b - a);
    all.push(...s);
    evidence.set(d.id, {
      max: s[0] ?? 0,
      second: s[1] ?? s[0] ?? 0,
      mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
      whole: dot(wholeVectors[i] ?? new Float32Array()),
      chunks: s.length,
    });
  });
  cases.push({
    q: question.q,
    class: question.class,
    relevant: new Set(question.relevant),
    keyword: found.data.map((d) => ({ id: local(d.document.id), score: d.score })),
    confidence: found.confidence,
    evidence,
    // Production fuses the documents of the semantic list's best 50 chunks.
    cut: all.sort((a, b) => b - a)[49] ?? 0,
  });
}

/** The semantic document list for one way of scoring a document from its evidence. */
function semanticList(/** @type {Case} */ c, /** @type {(e: Evidence) => number} */ score) {
  return [...c.evidence]
    .filter(([, e]) => e.max >= c.cut)
    .map(([id, e]) => ({ id, score: score(e) }))
    .sort((a, b) => b.score - a.score);
}

/** Reciprocal rank of the first relevant document in the top 10. */
function reciprocalRank(/** @type {string[]} */ ids, /** @type {Set<string>} */ relevant) {
  const at = ids.slice(0, 10).findIndex((id) => relevant.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** @typedef {[threshold: number, rerankShare: number, mergeShare: number]} Point */
/** @type {Point[]} */
const GRID = [];
for (const t of [0.45, 0.6, 0.8, 1.01])
  for (const r of [0.1, 0.2, 0.3, 0.5]) for (const m of [0.4, 0.5, 0.6, 0.7]) GRID.push([t, r, m]);

/**
 * Reciprocal ranks of every case at every point of scorings x GRID (a scoring's own parameter, when
 * it has one, is thereby chosen by the same leave-one-out as the fusion's).
 */
function matrix(/** @type {((e: Evidence) => number)[]} */ scorings) {
  return cases.map((c) =>
    scorings.flatMap((score) => {
      const semantic = semanticList(c, score);
      return GRID.map(([t, r, m]) => {
        const rerank = c.confidence >= t;
        const { fused } = fuse(c.keyword, semantic, { share: rerank ? r : m, rerank });
        return reciprocalRank(
          fused.map((f) => f.id),
          c.relevant,
        );
      });
    }),
  );
}

const mean = (/** @type {number[]} */ xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/** MRR@10 overall, on paraphrases and on keyword look-ups. */
const byClass = (/** @type {number[]} */ rr) =>
  ["overall", "paraphrase", "keyword"]
    .map((k) => mean(rr.filter((_, i) => k === "overall" || cases[i]?.class === k)).toFixed(3))
    .join("  ");
/** The point with the highest summed reciprocal rank over the cases `use` keeps (first on ties). */
function best(/** @type {number[][]} */ m, /** @type {(i: number) => boolean} */ use) {
  const totals = (m[0] ?? []).map((_, g) => m.reduce((s, row, i) => s + (use(i) ? (row[g] ?? 0) : 0), 0));
  return totals.indexOf(Math.max(...totals));
}

const WEIGHTS = [0.25, 0.5, 1, 2];
/** @type {[string, number[], (w: number) => (e: Evidence) => number][]} */
const VARIANTS = [
  ["best chunk (production)", [0], () => (e) => e.max],
  ["best + w mean of chunks", WEIGHTS, (w) => (e) => e.max + w * e.mean],
  ["best + w document vector", WEIGHTS, (w) => (e) => e.max + w * e.whole],
  ["best + w second chunk", WEIGHTS, (w) => (e) => e.max + w * e.second],
  ["control: best - w/25 ln(chunks)", WEIGHTS, (w) => (e) => e.max - (w / 25) * Math.log(e.chunks)],
];
const keywordOnly = cases.map((c) =>
  reciprocalRank(
    c.keyword.map((k) => k.id),
    c.relevant,
  ),
);
const lines = [
  `${chunks} chunks, ${docs.length} documents${PIECE ? ` (offline ones cut into ${PIECE}-chunk pieces)` : ""}, ${cases.length} answerable questions of ${set.name}, ${embedder.id}`,
  `keyword only, MRR@10 overall  paraphrase  keyword: ${byClass(keywordOnly)}`,
  "semantic score                     LOO overall/para/keyword  in-sample overall/para/keyword  in-sample best",
];
for (const [name, weights, scoring] of VARIANTS) {
  const m = matrix(weights.map(scoring));
  const loo = m.map((row, i) => row[best(m, (j) => j !== i)] ?? 0);
  const g = best(m, () => true);
  const point = [weights[Math.floor(g / GRID.length)], ...(GRID[g % GRID.length] ?? [])];
  lines.push(
    `${name.padEnd(34)} ${byClass(loo)}       ${byClass(m.map((row) => row[g] ?? 0))}     w, threshold, shares ${JSON.stringify(point)}`,
  );
}
console.log(lines.join("\n"));
const file = `bench/results/search-tune${PIECE ? `-pieces${PIECE}` : ""}-latest.md`;
const header = `# SEARCH_SETS=${set.name}${PIECE ? ` DISTRACTOR_CHUNKS=${PIECE}` : ""} npm run bench:search:tune, ${new Date().toISOString()}`;
writeFileSync(join(ROOT, file), `${header}\n\n\`\`\`\n${lines.join("\n")}\n\`\`\`\n`);
