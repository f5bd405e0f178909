/** One chunk's embedding and the metadata searches filter on. */
export interface VectorRecord {
  /** The chunk id, as a string (Vectorize ids are strings). */
  id: string;
  projectId: string;
  documentId: string;
  values: Float32Array;
}

/**
 * A query: always scoped to one project; `documentIds`, when given, is the only set of documents
 * that may match (tag and technology filters resolve to it), applied before the top K is taken.
 */
export interface VectorQuery {
  projectId: string;
  topK: number;
  documentIds?: string[];
}

export interface VectorMatch {
  id: string;
  score: number;
}

/**
 * Where chunk embeddings live and are searched by cosine similarity. Production uses Vectorize;
 * locally an exact top-K over vectors kept in D1.
 */
export interface VectorIndex {
  readonly kind: "vectorize" | "d1";
  upsert(records: VectorRecord[]): Promise<void>;
  deleteByIds(projectId: string, ids: string[]): Promise<void>;
  query(vector: Float32Array, q: VectorQuery): Promise<VectorMatch[]>;
  /**
   * Optional: gets a project ready to be queried (the D1 index checks its cache) so the caller can
   * overlap that with embedding the query. The next `query` of this instance relies on it.
   */
  prepare?(projectId: string): Promise<void>;
  /**
   * Optional: how many of the project's stored vectors came from another embedder (the D1 index
   * knows by their length); a search that finds some starts a reindex.
   */
  staleCount?(projectId: string): Promise<number>;
}
