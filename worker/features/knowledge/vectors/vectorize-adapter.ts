import type { VectorIndex, VectorMatch, VectorQuery, VectorRecord } from "./vector-index";

/** Vectorize accepts at most 1,000 vectors per upsert and 1,000 ids per delete. */
export const VECTORIZE_BATCH = 1000;
/** Vectorize returns at most 100 matches when values and metadata are not returned. */
const MAX_TOP_K = 100;
/** Document ids per `$in` filter: the whole filter must stay under Vectorize's 2 KiB limit. */
const IDS_PER_FILTER = 40;

/** The part of the Vectorize binding this adapter uses (so tests can pass a fake of the documented API). */
export type VectorizeApi = Pick<VectorizeIndex, "upsert" | "deleteByIds" | "query">;

/**
 * Vectorize adapter. The project id is each vector's namespace, so a query can only ever see one
 * project. `documentId` is a metadata property with a string metadata index (created by
 * `npm run vectorize:setup`), so document filters apply before ranking: the allowed ids are sent as
 * `$in` filters of at most 40 ids, one query per group, and the groups' matches merged by score.
 */
export class VectorizeAdapter implements VectorIndex {
  readonly kind = "vectorize" as const;

  constructor(private readonly index: VectorizeApi) {}

  async upsert(records: VectorRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += VECTORIZE_BATCH) {
      await this.index.upsert(
        records.slice(i, i + VECTORIZE_BATCH).map((r) => ({
          id: r.id,
          namespace: r.projectId,
          values: r.values,
          metadata: { documentId: r.documentId },
        })),
      );
    }
  }

  async deleteByIds(_projectId: string, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += VECTORIZE_BATCH)
      await this.index.deleteByIds(ids.slice(i, i + VECTORIZE_BATCH));
  }

  async query(vector: Float32Array, q: VectorQuery): Promise<VectorMatch[]> {
    const topK = Math.min(q.topK, MAX_TOP_K);
    const base = { topK, namespace: q.projectId, returnValues: false, returnMetadata: "none" as const };
    if (q.documentIds === undefined) {
      const res = await this.index.query(vector, base);
      return res.matches.map((m) => ({ id: m.id, score: m.score }));
    }
    if (q.documentIds.length === 0) return [];
    const groups: string[][] = [];
    for (let i = 0; i < q.documentIds.length; i += IDS_PER_FILTER)
      groups.push(q.documentIds.slice(i, i + IDS_PER_FILTER));
    const results = await Promise.all(
      groups.map((ids) => this.index.query(vector, { ...base, filter: { documentId: { $in: ids } } })),
    );
    return results
      .flatMap((r) => r.matches.map((m) => ({ id: m.id, score: m.score })))
      .sort((a, b) => b.score - a.score)
      .slice(0, topK);
  }
}
