import type { Embedder, EmbedKind } from "./embedder";
import { normalize } from "./embedder";
import { lexicon } from "./lexicon";
import { LOCAL_EMBEDDER_VERSION, LOCAL_FUSION, LOCAL_HASH_DIMENSIONS, WORD_VECTOR_DIMENSIONS } from "./local-profile";
import { terms } from "./tokenize";
import { type WordVectors, wordVectors } from "./word-vectors";

/**
 * Feature weights of the local embedder, tuned on tests/fixtures/knowledge with
 * `npm run bench:search:quality` (and checked with `npm run bench:search`). Two earlier features
 * are gone because they cost quality: words from WordNet definitions (the first sense is often
 * not the software one, "memory" -> "recognition") and down-weighting words common in WordNet's
 * tagged corpus (general English, not software writing).
 */
export const LOCAL_WEIGHTS = {
  stem: 1,
  bigram: 0.5,
  /**
   * Total weight of a word's character trigrams (they let "replica" meet "replication"). 0.5
   * rather than 0.25: over six hash seeds semantic MRR@10 rose 0.605 -> 0.611 and hybrid 0.628 ->
   * 0.633, and hybrid beat keyword-only (0.616) on every seed (lowest 0.617).
   */
  trigrams: 0.5,
  /**
   * Total weight of a word's WordNet features (its concepts and their hypernyms), shared among
   * them, so a word with many senses in WordNet does not outweigh a technical term WordNet lacks.
   * Before this budget "file" (four senses, hypernyms, definition words) carried 3.7 times the
   * weight of "weekend" in a query; with it semantic MRR@10 at 20,000 chunks rose 0.567 -> 0.580
   * (mean of three hash seeds). 2 rather than 1, with the hypernym at 0.5 rather than 0.2: on the
   * development set (bench/search/dev-set.json among 20,000 chunks of offline documents) semantic
   * MRR@10 on paraphrased questions rose 0.140 -> 0.181 and overall 0.399 -> 0.426; larger budgets
   * (3, 4) lost keyword look-ups (0.889 -> 0.852).
   */
  expansions: 2,
  /** Relative weights inside the expansion budget: each sense (by rank) and its hypernym. */
  concept: 0.6,
  parent: 0.5,
  /**
   * Share of the pretrained word vectors (./word-vectors.ts) in the cosine: the vector is the
   * hashed features scaled by sqrt(1 - share) followed by the SIF word-vector mean scaled by
   * sqrt(share), so two texts' cosine is (1 - share) * hashed cosine + share * word-vector cosine.
   * 0.3 chosen on the development set (semantic MRR@10 0.417 -> 0.474, paraphrases 0.167 -> 0.269;
   * 0.2 and 0.4 lower, word vectors alone 0.22: a passage's mean vector says what it is about, not
   * which words it uses). Queries' word vectors are not idf-weighted (that lost on dev).
   */
  wordVectors: 0.3,
};
export type LocalWeights = typeof LOCAL_WEIGHTS;

/** The FNV-1a offset basis: the hash seed of the shipped embedder. */
const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32 bits: fast and well spread for short feature strings. */
function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An embedder that needs no model: hashed features of the text (word stems, adjacent stem pairs,
 * character trigrams) plus WordNet concepts of each stem and their hypernyms, so "quick" and
 * "fast", or "fault" and "error", share dimensions; a word's WordNet features share a fixed
 * budget. Queries weigh each word by the caller's `termWeight` (its inverse document frequency in
 * the project); passages are not weighted, so their vectors do not depend on what else the
 * project holds. Term frequencies are damped with a log; the signed hashing trick folds
 * everything into `dimensions` and the vector is L2-normalised. 2,048 dimensions rather than
 * 1,024: a passage has ~850 features, and halving the hash collisions raised semantic MRR@10 at
 * 20,000 chunks from 0.580 to 0.600 (mean of three hash seeds).
 */
export class LocalEmbedder implements Embedder {
  readonly id: string;
  /** Hashed dimensions plus the word vectors' (when their share is above 0). */
  readonly dimensions: number;

  /**
   * `seed` changes which features collide in the hashing (for measuring how much a tuning result
   * owes to one seed's collisions, see `npm run bench:search:quality`); vectors of different seeds
   * are not comparable, so the seed is part of the id.
   */
  constructor(
    private readonly hashDimensions = LOCAL_HASH_DIMENSIONS,
    private readonly weights: LocalWeights = LOCAL_WEIGHTS,
    private readonly seed = FNV_OFFSET,
  ) {
    this.dimensions = hashDimensions + (weights.wordVectors > 0 ? WORD_VECTOR_DIMENSIONS : 0);
    this.id = `${LOCAL_EMBEDDER_VERSION}:${this.dimensions}${seed === FNV_OFFSET ? "" : `:${seed}`}`;
  }

  readonly usesTermWeights = true;
  /** See `LOCAL_FUSION` (./local-profile.ts) for how the shares were chosen. */
  readonly hybridShare = LOCAL_FUSION.hybridShare;
  readonly rerankShare: number | null = LOCAL_FUSION.rerankShare;

  async embed(texts: string[], _kind: EmbedKind, termWeight?: (stem: string) => number): Promise<Float32Array[]> {
    const table = this.weights.wordVectors > 0 ? await wordVectors() : null;
    return texts.map((t) => this.embedOne(t, table, termWeight));
  }

  /** The weighted features of a text, before hashing (exported for tests and tuning). */
  features(text: string, weightOf?: (stem: string) => number): Map<string, number> {
    const lex = lexicon();
    const w = this.weights;
    const counts = new Map<string, number>();
    const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
    const list = terms(text).map((t) => ({ ...t, weight: weightOf?.(t.stem) ?? 1 }));
    list.forEach(({ word, stem, weight }, i) => {
      add(`w:${stem}`, w.stem * weight);
      const expansions: [string, number][] = [];
      lex.concepts(stem).forEach((concept, rank) => {
        expansions.push([`s:${concept}`, w.concept / (rank + 1)]);
        const parent = lex.parent(concept);
        if (parent >= 0) expansions.push([`s:${parent}`, w.parent / (rank + 1)]);
      });
      const total = expansions.reduce((sum, [, x]) => sum + x, 0);
      for (const [feature, x] of expansions) add(feature, (w.expansions * x * weight) / total);
      const next = list[i + 1];
      if (next) add(`b:${stem}_${next.stem}`, w.bigram * Math.min(weight, next.weight));
      const padded = `<${word}>`;
      if (padded.length > 4) {
        const grams = padded.length - 2;
        for (let j = 0; j < grams; j++) add(`c:${padded.slice(j, j + 3)}`, (w.trigrams * weight) / grams);
      }
    });
    return counts;
  }

  private embedOne(text: string, table: WordVectors | null, weightOf?: (stem: string) => number): Float32Array {
    const size = this.hashDimensions;
    const hashed = new Float32Array(size);
    for (const [feature, weight] of this.features(text, weightOf)) {
      const h = fnv1a(feature, this.seed);
      const sign = h & 0x80000000 ? -1 : 1;
      hashed[h % size] = (hashed[h % size] ?? 0) + sign * Math.log1p(weight);
    }
    const share = this.weights.wordVectors;
    if (!table || share <= 0) return normalize(hashed);
    const v = new Float32Array(this.dimensions);
    const a = Math.sqrt(1 - share);
    normalize(hashed).forEach((x, d) => {
      v[d] = a * x;
    });
    const b = Math.sqrt(share);
    table.embed(terms(text)).forEach((x, d) => {
      v[size + d] = b * x;
    });
    return v;
  }
}
