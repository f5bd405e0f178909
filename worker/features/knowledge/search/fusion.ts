/** The constant of reciprocal rank fusion: 60, as in Cormack, Clarke and Büttcher (2009). */
export const RRF_K = 60;

export interface Ranked<T = number> {
  id: T;
  score: number;
}

export interface Fused<T = number> {
  id: T;
  score: number;
  keywordRank: number | null;
  semanticRank: number | null;
}

/** How much each list counts in a fusion (1 and 1: plain reciprocal rank fusion). */
export interface ListWeights {
  keyword: number;
  semantic: number;
}

/** Where a list's 10th score falls between its first and its last: the scores' shape, not their scale. */
const CONFIDENCE_DEPTH = 10;

/**
 * How clearly a ranked list separates its top from the rest, from 0 to 1: the drop from the first
 * score to the 10th as a share of the drop from the first to the last. A list whose top ten are
 * as good as its fiftieth (a query its retriever cannot tell apart) is near 0; one whose head
 * stands out is near 1. Only differences of scores enter, so bm25 and cosine, whatever their
 * scale or offset, are measured alike. Lists too short to tell count fully.
 */
export function listConfidence(list: Ranked<unknown>[]): number {
  if (list.length < 3) return 1;
  const first = list[0]?.score ?? 0;
  const last = list[list.length - 1]?.score ?? 0;
  const tenth = list[Math.min(CONFIDENCE_DEPTH, list.length) - 1]?.score ?? 0;
  if (first - last <= 0) return 0;
  return Math.min(1, Math.max(0, (first - tenth) / (first - last)));
}

/**
 * Each list weighted by its confidence for this query (`listConfidence`), so a retriever that
 * cannot separate its candidates moves the fused order less. Two equally sure lists count alike.
 */
export function confidenceWeights(keyword: Ranked<unknown>[], semantic: Ranked<unknown>[]): ListWeights {
  const weights = { keyword: listConfidence(keyword), semantic: listConfidence(semantic) };
  return weights.keyword + weights.semantic > 0 ? weights : { keyword: 1, semantic: 1 };
}

/**
 * Reciprocal rank fusion: each list adds weight / (k + rank) for every item it holds (ranks from
 * 1), so an item near the top of both lists beats one at the top of only one. With weights of 1
 * this is RRF as published; hybrid search passes each list's confidence. Ties keep keyword order.
 */
export function reciprocalRankFusion<T>(
  keyword: Ranked<T>[],
  semantic: Ranked<T>[],
  k = RRF_K,
  weights: ListWeights = { keyword: 1, semantic: 1 },
): Fused<T>[] {
  const fused = new Map<T, Fused<T>>();
  const entry = (id: T) => {
    let f = fused.get(id);
    if (!f) {
      f = { id, score: 0, keywordRank: null, semanticRank: null };
      fused.set(id, f);
    }
    return f;
  };
  keyword.forEach((r, i) => {
    const f = entry(r.id);
    f.keywordRank = i + 1;
    f.score += weights.keyword / (k + i + 1);
  });
  semantic.forEach((r, i) => {
    const f = entry(r.id);
    f.semanticRank = i + 1;
    f.score += weights.semantic / (k + i + 1);
  });
  return [...fused.values()].sort(
    (a, b) => b.score - a.score || (a.keywordRank ?? Infinity) - (b.keywordRank ?? Infinity),
  );
}

/** A ranked list of chunks as a ranked list of their documents (each at the rank of its best chunk). */
export function documentRanking(list: Ranked[], documentOf: (chunkId: number) => string | undefined): Ranked<string>[] {
  const seen = new Set<string>();
  const out: Ranked<string>[] = [];
  for (const r of list) {
    const doc = documentOf(r.id);
    if (doc === undefined || seen.has(doc)) continue;
    seen.add(doc);
    out.push({ id: doc, score: r.score });
  }
  return out;
}
