import { terms } from "../embed/tokenize";

/**
 * Below this confidence a search answers "nothing relevant" (the results are still returned, as
 * weak matches). Chosen on the development set only (bench/search/dev-set.json): the threshold
 * that best separated its questions without an answer from those with one.
 */
export const NOTHING_RELEVANT_BELOW = 0.45;

/**
 * How much of the query the best document speaks about, from 0 to 1: the share of the query's
 * words, each weighted by its rarity in the project (`weightOf`, an inverse document frequency),
 * that occur in the document's title, headings or returned passages. Words are compared by stem.
 * It reads words, not the embedder's scores, so it means the same with every embedder; a question
 * about something the project never mentions leaves its rare words unmatched.
 */
export function coverage(query: string, bestDocument: string[], weightOf: (stem: string) => number): number {
  const wanted = new Map<string, number>();
  for (const { stem } of terms(query)) wanted.set(stem, Math.max(0, weightOf(stem)));
  const total = [...wanted.values()].reduce((sum, w) => sum + w, 0);
  if (total <= 0) return 0;
  const present = new Set(bestDocument.flatMap((text) => terms(text).map((t) => t.stem)));
  let found = 0;
  for (const [stem, weight] of wanted) if (present.has(stem)) found += weight;
  return found / total;
}
