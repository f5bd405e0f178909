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

/**
 * Reciprocal rank fusion: each list adds 1 / (k + rank) for every item it holds (ranks from 1), so
 * an item near the top of both lists beats one at the top of only one. Ties keep keyword order.
 */
export function reciprocalRankFusion<T>(keyword: Ranked<T>[], semantic: Ranked<T>[], k = RRF_K): Fused<T>[] {
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
    f.score += 1 / (k + i + 1);
  });
  semantic.forEach((r, i) => {
    const f = entry(r.id);
    f.semanticRank = i + 1;
    f.score += 1 / (k + i + 1);
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
