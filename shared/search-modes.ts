/**
 * How the knowledge base can search, shared by the Worker's search schema, the dashboard and the
 * CLI. Dependency-free, erasable TypeScript only.
 */

/** keyword: FTS5 bm25; semantic: embeddings; hybrid: both, keyword leading. */
export const SEARCH_MODES = ["keyword", "semantic", "hybrid"] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

/**
 * The mode a search runs when none is asked for: the best on the held-out test set of
 * `npm run bench:search:quality` (figures in the README and bench/results/).
 */
export const DEFAULT_SEARCH_MODE: SearchMode = "hybrid";
