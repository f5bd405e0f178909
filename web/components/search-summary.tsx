import type { InferResponseType } from "hono/client";
import type { api } from "../lib/api";

type SearchAnswer = InferResponseType<typeof api.knowledge.search.$get, 200>;

const percent = (x: number) => `${Math.round(x * 100)} %`;

/**
 * What a knowledge search ran, shown above its results: the mode actually used (and the one asked
 * for when they differ), each list's weight in a hybrid search, and how much of the query the
 * first document covers. When the API says nothing relevant was found, says so first and labels
 * the results as the closest weak matches, or, when the first result was found by meaning alone
 * (not in the keyword list), says so instead of "nothing relevant".
 */
export function SearchSummary({ answer }: { answer: SearchAnswer }) {
  const { mode, requestedMode, weights, confidence, nothingRelevant, data } = answer;
  // The words-only confidence cannot tell a match by meaning from no match (bench/search: no signal of
  // the semantic list separated them on the development set), so such a first result is named as what it is.
  const meaningOnly = data[0]?.chunks.every((c) => c.ranks.keyword === null && c.ranks.semantic !== null) ?? false;
  const used =
    mode === "hybrid" && weights
      ? `hybrid: keyword ${percent(weights.keyword)}, semantic ${percent(weights.semantic)}`
      : mode;
  return (
    <div className="search-summary">
      {nothingRelevant && (
        <p role="status" className="nothing-relevant">
          {meaningOnly
            ? `The first result for “${answer.query}” was found by meaning, not by its words, and may not answer it.`
            : `Nothing relevant found for “${answer.query}”.${data.length > 0 ? " The closest matches below are weak." : ""}`}
        </p>
      )}
      <p className="search-mode">
        <small>
          Mode used: <strong>{used}</strong>
          {requestedMode !== mode && ` (asked for ${requestedMode})`} · query covered {percent(confidence)}
        </small>
      </p>
    </div>
  );
}
