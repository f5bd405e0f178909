import { z } from "@hono/zod-openapi";
import { and, asc, eq, gt } from "drizzle-orm";
import { knowledgeChunks, knowledgeEntries } from "../../../db/schema";
import { sha256Bytes } from "../../../lib/crypto";
import type { JobContext, JobType } from "../../jobs/registry";
import { prepare } from "../ingest/extract";
import { jobDeps } from "../ingest/ingest.job";
import { KNOWLEDGE_LIMITS } from "../limits";
import { embeddingText, replaceChunks } from "./store";

export const ReindexParams = z.object({
  reason: z.enum(["requested", "stale_vectors"]).optional().openapi({
    description:
      "Why the index is rebuilt: asked for (the default), or started by the system when a search met vectors of an earlier embedder",
  }),
});
export type ReindexParams = z.infer<typeof ReindexParams>;

const PAGE = 200;

/**
 * `knowledge.reindex`: rebuilds a project's search indexes. The FTS5 index is rebuilt from the
 * chunk rows (`'rebuild'` re-reads the external content table), every chunk is embedded again
 * and upserted into the vector index (after switching embedders, or to repair it), and documents
 * that never got chunks (notes written before indexing existed) are chunked from their text.
 */
export const reindexJob: JobType<ReindexParams> = {
  type: "knowledge.reindex",
  description: "Rebuild the keyword index and the vectors of a project's knowledge base",
  params: ReindexParams,
  maxAttempts: 2,
  timeoutMs: 30 * 60_000,
  async run(ctx) {
    const deps = jobDeps(ctx as JobContext<unknown>);
    const { db, projectId } = deps;
    await ctx.progress(1, "rebuilding the keyword index");
    await ctx.env.DB.prepare("insert into knowledge_fts(knowledge_fts) values ('rebuild')").run();

    const unindexed = await db
      .select()
      .from(knowledgeEntries)
      .where(and(eq(knowledgeEntries.projectId, projectId), eq(knowledgeEntries.chunkCount, 0)));
    let chunked = 0;
    for (const doc of unindexed) {
      if (!doc.content.trim()) continue;
      await ctx.checkpoint();
      const bytes = new TextEncoder().encode(doc.content);
      const prepared = await prepare("markdown", bytes, doc.title, KNOWLEDGE_LIMITS).catch(() => null);
      if (!prepared?.chunks.length) continue;
      await replaceChunks(deps, doc, prepared.chunks, {
        contentHash: doc.contentHash ?? (await sha256Bytes(bytes)),
        status: "indexed",
        statusReason: null,
      });
      chunked++;
    }

    const [{ total } = { total: 0 }] = await ctx.env.DB.prepare(
      "select count(*) as total from knowledge_chunks where project_id = ?",
    )
      .bind(projectId)
      .all<{ total: number }>()
      .then((r) => r.results);
    let done = 0;
    let after = 0;
    for (;;) {
      await ctx.checkpoint();
      const rows = await db
        .select()
        .from(knowledgeChunks)
        .where(and(eq(knowledgeChunks.projectId, projectId), gt(knowledgeChunks.id, after)))
        .orderBy(asc(knowledgeChunks.id))
        .limit(PAGE);
      if (!rows.length) break;
      const vectors = await deps.embedder.embed(
        rows.map((r) => embeddingText(r.title, r.heading, r.text)),
        "document",
      );
      await deps.vectors.upsert(
        rows.map((r, i) => ({
          id: String(r.id),
          projectId,
          documentId: r.documentId,
          values: vectors[i] ?? new Float32Array(),
        })),
      );
      done += rows.length;
      after = rows[rows.length - 1]?.id ?? after;
      await ctx.progress(5 + (95 * done) / Math.max(total, 1), `embedded ${done} of ${total} chunks`);
    }
    return { chunks: done, documentsChunked: chunked, embedder: deps.embedder.id, index: deps.vectors.kind };
  },
};
