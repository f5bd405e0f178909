import type { Embedder } from "../embed/embedder";
import {
  documentRanking,
  type Fused,
  hybridWeights,
  type ListWeights,
  type Ranked,
  rerankFusion,
  scoreFusion,
} from "./fusion";
import { coverage } from "./relevance";
import type { SearchMode } from "./search.schema";

/**
 * Keyword search counts as confident when its best document covers at least this share of the
 * query's words (by rarity): the "nothing relevant" threshold, chosen on the development set
 * (against 0.6 and 0.8) together with the shares of `LocalEmbedder`.
 */
export const KEYWORD_CONFIDENT = 0.45;

/** What a search ran: the mode used and, in hybrid mode, each list's weight for this query. */
export interface Plan {
  mode: SearchMode;
  weights: ListWeights | null;
}

/** How a hybrid search fuses its lists: the semantic share, and whether semantic only re-ranks keyword's candidates. */
export interface Fusion {
  share: number;
  rerank: boolean;
}

/** The plan of a hybrid search: when one list found nothing, the other one's mode is what ran. */
export const hybridPlan = (weights: ListWeights, keyword: unknown[], semantic: unknown[]): Plan => ({
  mode: !semantic.length ? "keyword" : !keyword.length ? "semantic" : "hybrid",
  weights,
});

/**
 * The fusion of one hybrid search: with an embedder that has a `rerankShare` and a confident
 * keyword list, semantic re-ranks keyword's candidates at that share; otherwise both lists merge
 * at the embedder's `hybridShare`.
 */
export function chooseFusion(embedder: Embedder, keywordConfidence: number): Fusion {
  return embedder.rerankShare !== null && keywordConfidence >= KEYWORD_CONFIDENT
    ? { share: embedder.rerankShare, rerank: true }
    : { share: embedder.hybridShare, rerank: false };
}

/** Fuses two ranked lists as `fusion` says; the weights are those the answer reports. */
export function fuse<T>(
  keyword: Ranked<T>[],
  semantic: Ranked<T>[],
  fusion: Fusion,
): { fused: Fused<T>[]; weights: ListWeights } {
  const weights = hybridWeights(keyword, semantic, fusion.share);
  const rerank = fusion.rerank && keyword.length > 0;
  return { fused: (rerank ? rerankFusion : scoreFusion)(keyword, semantic, weights), weights };
}

/**
 * How confident keyword search is: the coverage of the query by its best document's title and
 * its (at most three) best keyword passages. `passage` gives a chunk's document, title and text.
 */
export function keywordConfidence(
  query: string,
  keyword: Ranked[],
  passage: (chunkId: number) => { document: string; title: string; text: string } | undefined,
  weightOf: (stem: string) => number,
): number {
  const best = keyword[0] && passage(keyword[0].id);
  if (!best) return 0;
  const texts = keyword
    .flatMap((r) => passage(r.id) ?? [])
    .filter((p) => p.document === best.document)
    .slice(0, 3)
    .map((p) => p.text);
  return coverage(query, [best.title, ...texts], weightOf);
}

/**
 * Documents in result order (each at its best chunk) and the mode that produced them. Hybrid
 * fuses the two document rankings as `fusion` says; when one list carries all the weight the
 * answer names that list's mode instead.
 */
export function rankDocuments(
  keyword: Ranked[],
  semantic: Ranked[],
  documentOf: (chunkId: number) => string | undefined,
  requested: SearchMode,
  fusion: Fusion | null,
): { order: Ranked<string>[]; plan: Plan } {
  if (requested !== "hybrid" || !fusion) {
    const order = documentRanking(requested === "keyword" ? keyword : semantic, documentOf);
    return { order, plan: { mode: requested, weights: null } };
  }
  const byKeyword = documentRanking(keyword, documentOf);
  const bySemantic = documentRanking(semantic, documentOf);
  const { fused, weights } = fuse(byKeyword, bySemantic, fusion);
  return { order: fused, plan: hybridPlan(weights, byKeyword, bySemantic) };
}
