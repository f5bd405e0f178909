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

/** How much each list counts in a hybrid search (they sum to 1). */
export interface ListWeights {
  keyword: number;
  semantic: number;
}

/**
 * Each list's weight for one query. When the keyword list is empty (no word of the query occurs
 * in the project) semantic search decides alone; when the semantic list is empty keyword does;
 * otherwise semantic gets `semanticShare` (the embedder's `hybridShare`) and keyword the rest.
 */
export function hybridWeights(
  keyword: Ranked<unknown>[],
  semantic: Ranked<unknown>[],
  semanticShare: number,
): ListWeights {
  if (!keyword.length) return { keyword: 0, semantic: 1 };
  if (!semantic.length) return { keyword: 1, semantic: 0 };
  return { keyword: 1 - semanticShare, semantic: semanticShare };
}

/** Scores scaled to 0..1 within their list (best 1, last 0; a single item or a flat list all 1). */
function minMax<T>(list: Ranked<T>[]): Map<T, number> {
  const hi = list[0]?.score ?? 0;
  const lo = list[list.length - 1]?.score ?? 0;
  return new Map(list.map((r) => [r.id, hi > lo ? (r.score - lo) / (hi - lo) : 1]));
}

/**
 * Weighted score fusion: each list's scores scaled to 0..1 (min-max within the list, so bm25 and
 * cosine meet on one scale), then summed with the weights; an item missing from a list gets 0
 * there. With weights 1 and 0 the order is exactly the first list's. Ties keep keyword order.
 */
export function scoreFusion<T>(keyword: Ranked<T>[], semantic: Ranked<T>[], weights: ListWeights): Fused<T>[] {
  const k = minMax(keyword);
  const s = minMax(semantic);
  const fused = new Map<T, Fused<T>>();
  keyword.forEach((r, i) => {
    fused.set(r.id, { id: r.id, score: weights.keyword * (k.get(r.id) ?? 0), keywordRank: i + 1, semanticRank: null });
  });
  semantic.forEach((r, i) => {
    const f = fused.get(r.id) ?? { id: r.id, score: 0, keywordRank: null, semanticRank: null };
    f.semanticRank = i + 1;
    f.score += weights.semantic * (s.get(r.id) ?? 0);
    fused.set(r.id, f);
  });
  return [...fused.values()].sort(
    (a, b) => b.score - a.score || (a.keywordRank ?? Infinity) - (b.keywordRank ?? Infinity),
  );
}

/**
 * Fusion when keyword search is confident: semantic only re-ranks keyword's candidates (score
 * fusion with `weights` over them), and the documents only semantic search found follow in its
 * order, with score 0. Each item keeps its rank in both full lists.
 */
export function rerankFusion<T>(keyword: Ranked<T>[], semantic: Ranked<T>[], weights: ListWeights): Fused<T>[] {
  const inKeyword = new Set(keyword.map((r) => r.id));
  const semanticRank = new Map(semantic.map((r, i) => [r.id, i + 1]));
  const fused = scoreFusion(
    keyword,
    semantic.filter((r) => inKeyword.has(r.id)),
    weights,
  ).map((f) => ({ ...f, semanticRank: semanticRank.get(f.id) ?? null }));
  const added = semantic
    .filter((r) => !inKeyword.has(r.id))
    .map((r) => ({ id: r.id, score: 0, keywordRank: null, semanticRank: semanticRank.get(r.id) ?? null }));
  return [...fused, ...added];
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
