import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { knowledgeEntries } from "../../../db/schema";
import { sha256Bytes } from "../../../lib/crypto";
import type { JobContext, JobType } from "../../jobs/registry";
import { JobCancelledError, ownedBy, PermanentJobError } from "../../jobs/registry";
import { type KnowledgeDeps, knowledgeDeps } from "../deps";
import { findDocument } from "../documents/documents.service";
import { replaceChunks } from "../indexing/store";
import { KNOWLEDGE_LIMITS } from "../limits";
import { DocumentRejected, INGEST_FORMATS, type IngestFormat, prepare } from "./extract";
import { FetchRefused, fetchSource, formatOf } from "./fetch-source";

export const IngestParams = z.object({
  documentId: z.string().min(1).max(64),
  format: z.enum([...INGEST_FORMATS, "url", "stored"]),
  url: z.url().optional(),
  /** Keep the document's title instead of taking the one the source names. */
  keepTitle: z.boolean().default(false),
});
export type IngestParams = z.infer<typeof IngestParams>;

/** Job deps: the project of the job, and the key that created it as the actor. */
export const jobDeps = (ctx: JobContext<unknown>): KnowledgeDeps =>
  knowledgeDeps({
    db: ctx.db,
    projectId: ctx.projectId,
    actor: { keyId: ctx.createdBy, requestId: ctx.jobId },
    env: ctx.env,
  });

async function markFailed(deps: KnowledgeDeps, documentId: string, reason: string): Promise<void> {
  await deps.db
    .update(knowledgeEntries)
    .set({ status: "failed", statusReason: reason.slice(0, 1000) })
    .where(and(eq(knowledgeEntries.id, documentId), eq(knowledgeEntries.projectId, deps.projectId)));
}

async function sourceOf(
  ctx: JobContext<IngestParams>,
  content: string,
): Promise<{ format: IngestFormat; bytes: Uint8Array }> {
  const { format, url } = ctx.params;
  if (format === "stored") return { format: "markdown", bytes: new TextEncoder().encode(content) };
  if (format === "url") {
    await ctx.progress(5, `fetching ${url}`);
    const fetched = await fetchSource(ctx.env, url ?? "", KNOWLEDGE_LIMITS.maxFetchBytes);
    const detected = formatOf(fetched);
    if (!detected)
      throw new DocumentRejected(`unsupported content type '${fetched.contentType || "none"}' at ${fetched.url}`);
    return { format: detected, bytes: fetched.bytes };
  }
  const bytes = await ctx.input();
  if (!bytes) throw new PermanentJobError("the job has no input file");
  return { format, bytes };
}

/**
 * `knowledge.ingest`: extracts, chunks, embeds and indexes one document (a PDF, a large text, a
 * URL, or a stored note), replacing its previous chunks. A source whose hash did not change is
 * left alone. A source that cannot be indexed marks the document `failed` with the reason.
 */
export const ingestDocumentJob: JobType<IngestParams> = {
  type: "knowledge.ingest",
  description: "Extract, chunk, embed and index one knowledge document",
  params: IngestParams,
  ids: { documentId: ownedBy(knowledgeEntries, "knowledge document") },
  maxAttempts: 3,
  timeoutMs: 10 * 60_000,
  async run(ctx) {
    const deps = jobDeps(ctx as JobContext<unknown>);
    const doc = await findDocument(deps, ctx.params.documentId).catch(() => null);
    if (!doc) throw new PermanentJobError(`document ${ctx.params.documentId} no longer exists`);
    try {
      const { format, bytes } = await sourceOf(ctx, doc.content);
      const hash = await sha256Bytes(bytes);
      if (doc.contentHash === hash && doc.status === "indexed") return { outcome: "unchanged", chunks: doc.chunkCount };
      await ctx.progress(10, `extracting ${format}`);
      const title = ctx.params.keepTitle ? doc.title : null;
      const prepared = await prepare(format, bytes, title, KNOWLEDGE_LIMITS);
      if (prepared.chunks.length === 0) throw new DocumentRejected("no text was found in the document");
      const finalTitle = (title ?? prepared.title ?? doc.title).slice(0, 300);
      await ctx.checkpoint();
      await ctx.progress(20, `embedding ${prepared.chunks.length} chunks`);
      await replaceChunks(
        deps,
        { id: doc.id, title: finalTitle },
        prepared.chunks,
        {
          title: finalTitle,
          content: prepared.content,
          contentHash: hash,
          sizeBytes: bytes.byteLength,
          status: "indexed",
          statusReason: null,
        },
        async (done, total) => {
          await ctx.checkpoint();
          await ctx.progress(20 + (75 * done) / total, `embedded ${done} of ${total} chunks`);
        },
      );
      return { outcome: doc.indexedAt ? "replaced" : "created", chunks: prepared.chunks.length };
    } catch (err) {
      if (err instanceof JobCancelledError) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      if (err instanceof DocumentRejected || err instanceof FetchRefused) {
        await markFailed(deps, doc.id, reason);
        throw new PermanentJobError(reason);
      }
      if (ctx.attempt >= ingestDocumentJob.maxAttempts) await markFailed(deps, doc.id, reason);
      throw err;
    }
  },
};
