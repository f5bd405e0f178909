import { and, eq } from "drizzle-orm";
import { knowledgeEntries } from "../../../db/schema";
import { sha256Bytes } from "../../../lib/crypto";
import { createJob } from "../../jobs/create-job";
import type { KnowledgeDeps } from "../deps";
import { type DocumentRow, findDocument } from "../documents/documents.service";
import { DocumentRejected, type IngestFormat, prepare } from "../ingest/extract";
import { ingestDocumentJob } from "../ingest/ingest.job";
import { KNOWLEDGE_LIMITS } from "../limits";
import { removeChunks, replaceChunks } from "./store";

const FORMAT_OF: Partial<Record<DocumentRow["sourceType"], IngestFormat>> = { text: "text", html: "html" };

/**
 * Indexes a document from the text stored on its row: notes and ADRs written through the entries
 * API. Small texts are indexed at once, large ones by a `knowledge.ingest` job; an empty note has
 * no chunks. Returns the row as it is afterwards.
 */
export async function indexStored(deps: KnowledgeDeps, row: DocumentRow): Promise<DocumentRow> {
  const bytes = new TextEncoder().encode(row.content);
  const scope = and(eq(knowledgeEntries.id, row.id), eq(knowledgeEntries.projectId, deps.projectId));
  const hash = await sha256Bytes(bytes);
  if (!row.content.trim()) {
    await removeChunks(deps, row.id);
    await deps.db
      .update(knowledgeEntries)
      .set({ status: "indexed", statusReason: null, chunkCount: 0, contentHash: hash, sizeBytes: 0 })
      .where(scope);
    return findDocument(deps, row.id);
  }
  if (bytes.byteLength > KNOWLEDGE_LIMITS.inlineMaxBytes) {
    await deps.db.update(knowledgeEntries).set({ status: "pending", statusReason: null }).where(scope);
    await createJob(deps, ingestDocumentJob, { documentId: row.id, format: "stored", keepTitle: true });
    return findDocument(deps, row.id);
  }
  try {
    const prepared = await prepare(FORMAT_OF[row.sourceType] ?? "markdown", bytes, row.title, KNOWLEDGE_LIMITS);
    await replaceChunks(deps, row, prepared.chunks, {
      contentHash: hash,
      sizeBytes: bytes.byteLength,
      status: "indexed",
      statusReason: null,
    });
  } catch (err) {
    if (!(err instanceof DocumentRejected)) throw err;
    await deps.db.update(knowledgeEntries).set({ status: "failed", statusReason: err.message }).where(scope);
  }
  return findDocument(deps, row.id);
}
