import type { Embedder, EmbedKind } from "./embedder";
import { normalize } from "./embedder";
import { lexicon } from "./lexicon";
import { terms } from "./tokenize";

/** Feature weights of the local embedder; tuned on tests/fixtures/knowledge with `npm run bench:search`. */
export const LOCAL_WEIGHTS = {
  stem: 1,
  bigram: 0.5,
  trigrams: 0.25,
  concept: 0.6,
  parent: 0.2,
  related: 0.2,
  /**
   * How strongly a word's commonness (its WordNet corpus frequency) lowers its weight. Off: on the
   * fixture it cost 0.06 MRR@10 (the tagged corpus is general English, not software writing).
   */
  commonness: 0,
};
export type LocalWeights = typeof LOCAL_WEIGHTS;

/** FNV-1a, 32 bits: fast and well spread for short feature strings. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An embedder that needs no model: hashed features of the text (word stems, adjacent stem pairs,
 * character trigrams) plus WordNet concepts of each stem and their hypernyms, so "quick" and
 * "fast", or "fault" and "error", share dimensions. Each word is weighed down by how common it is
 * in WordNet's tagged corpus (a static stand-in for inverse document frequency, so vectors do not
 * depend on what else the project holds). Term frequencies are damped with a log;
 * the signed hashing trick folds everything into `dimensions` and the vector is L2-normalised.
 */
export class LocalEmbedder implements Embedder {
  readonly id: string;

  constructor(
    readonly dimensions = 1024,
    private readonly weights: LocalWeights = LOCAL_WEIGHTS,
  ) {
    this.id = `local:hashed-wordnet-v2:${dimensions}`;
  }

  readonly usesTermWeights = true;

  async embed(texts: string[], _kind: EmbedKind, termWeight?: (stem: string) => number): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t, termWeight));
  }

  /** The weighted features of a text, before hashing (exported for tests and tuning). */
  features(text: string, weightOf?: (stem: string) => number): Map<string, number> {
    const lex = lexicon();
    const w = this.weights;
    const counts = new Map<string, number>();
    const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
    const list = terms(text).map((t) => ({
      ...t,
      weight: (weightOf?.(t.stem) ?? 1) / (1 + w.commonness * Math.log1p(lex.frequency(t.stem))),
    }));
    list.forEach(({ word, stem, weight }, i) => {
      add(`w:${stem}`, w.stem * weight);
      const next = list[i + 1];
      if (next) add(`b:${stem}_${next.stem}`, w.bigram * Math.min(weight, next.weight));
      const padded = `<${word}>`;
      if (padded.length > 4) {
        const grams = padded.length - 2;
        for (let j = 0; j < grams; j++) add(`c:${padded.slice(j, j + 3)}`, (w.trigrams * weight) / grams);
      }
      for (const r of lex.related(stem)) add(`w:${r}`, w.related * weight);
      lex.concepts(stem).forEach((concept, rank) => {
        const sense = weight / (rank + 1);
        add(`s:${concept}`, w.concept * sense);
        const parent = lex.parent(concept);
        if (parent >= 0) add(`s:${parent}`, w.parent * sense);
      });
    });
    return counts;
  }

  private embedOne(text: string, weightOf?: (stem: string) => number): Float32Array {
    const v = new Float32Array(this.dimensions);
    for (const [feature, weight] of this.features(text, weightOf)) {
      const h = fnv1a(feature);
      const sign = h & 0x80000000 ? -1 : 1;
      v[h % this.dimensions] = (v[h % this.dimensions] ?? 0) + sign * Math.log1p(weight);
    }
    return normalize(v);
  }
}
