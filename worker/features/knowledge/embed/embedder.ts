/** Why a text is embedded: queries and passages may be encoded differently (bge adds an instruction to queries). */
export type EmbedKind = "query" | "document";

/**
 * Turns texts into unit-length vectors whose dot product measures how related they are. The
 * production implementation calls Workers AI; the local one runs inside workerd with no model.
 */
export interface Embedder {
  /** Names the model and its settings; vectors from different ids must not be compared. */
  readonly id: string;
  readonly dimensions: number;
  /** True when `embed` uses `termWeight` (the local embedder); model embedders read context instead. */
  readonly usesTermWeights: boolean;
  /**
   * The semantic list's share in hybrid search when both lists found something (0 to 1): how far
   * this embedder's ranking can be trusted against bm25's. Chosen per embedder on the development
   * set of `npm run bench:search:quality`.
   */
  readonly hybridShare: number;
  /**
   * When keyword search is confident (its best document covers the query's words, see
   * `keywordConfident`), the semantic list's share in re-ranking keyword's own candidates; its
   * other documents then come after them. null: no such gating, `hybridShare` always applies.
   */
  readonly rerankShare: number | null;
  /**
   * Embeds texts. `termWeight` optionally scales each word of a query by its stem, e.g. by its
   * inverse document frequency in the project's corpus.
   */
  embed(texts: string[], kind: EmbedKind, termWeight?: (stem: string) => number): Promise<Float32Array[]>;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / norm;
  return v;
}
