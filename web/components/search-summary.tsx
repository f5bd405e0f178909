import type { InferResponseType } from "hono/client";
import type { api } from "../lib/api";

type SearchAnswer = InferResponseType<typeof api.knowledge.search.$get, 200>;

const percent = (x: number) => `${Math.round(x * 100)} %`;

/**
 * What a knowledge search ran, shown above its results: the mode actually used (and the one asked
 * for when they differ), each list's weight in a hybrid search, and how much of the query the
 * first document covers. When the API says nothing relevant was found, says so first and labels
 * the results as the closest weak matches.
 */
export function SearchSummary({ answer }: { answer: SearchAnswer }) {
  const { mode, requestedMode, weights, confidence, nothingRelevant, data } = answer;
  const used =
    mode === "hybrid" && weights
      ? `hybrid: keyword ${percent(weights.keyword)}, semantic ${percent(weights.semantic)}`
      : mode;
  return (
    <div className="search-summary">
      {nothingRelevant && (
        <p role="status" className="nothing-relevant">
          Nothing relevant found for “{answer.query}”.
          {data.length > 0 && " The closest matches below are weak."}
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
