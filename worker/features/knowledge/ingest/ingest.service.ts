import type { JobView } from "../../../../durable-objects/job-runner.protocol";
import { sha256Bytes } from "../../../lib/crypto";
import { AppError } from "../../../lib/errors";
import { assertLinks } from "../../../lib/links";
import { allowsPrivateTargets, targetProblem } from "../../../lib/outbound-policy";
import { createJob } from "../../jobs/create-job";
import type { KnowledgeDeps } from "../deps";
import type { IngestOutcome } from "../documents/documents.schema";
import { type DocumentRow, findDocument } from "../documents/documents.service";
import { looksLikePdf } from "../formats/pdf";
import { replaceChunks } from "../indexing/store";
import { KNOWLEDGE_LIMITS, type KnowledgeLimits } from "../limits";
import { DocumentRejected, prepare } from "./extract";
import { ingestDocumentJob } from "./ingest.job";
import { findBySourceKey, holds, type IngestSource, insertDocument, markFailed, target } from "./target";

export interface IngestAnswer {
  outcome: IngestOutcome;
  document: DocumentRow;
  job: JobView | null;
}

/** Refuses URLs the server must not fetch (loopback and private addresses, unless allowed locally). */
export function assertFetchable(env: Env, url: string, field: string): void {
  const problem = targetProblem(url, allowsPrivateTargets(env));
  if (problem) throw new AppError("validation_failed", `${field}: ${problem}`, [{ path: field, message: problem }]);
}

/**
 * Ingests a source. The source key (the URL, `upload:<file name>`, a feed item, or else the
 * content hash) identifies a document: the same key with the same SHA-256 changes nothing, a new
 * hash replaces the document's chunks. Small text sources are indexed before answering; PDFs,
 * URLs and texts over `inlineMaxBytes` are handed to a `knowledge.ingest` job.
 */
export async function ingest(
  deps: KnowledgeDeps,
  src: IngestSource,
  limits: KnowledgeLimits = KNOWLEDGE_LIMITS,
): Promise<IngestAnswer> {
  await assertLinks(deps, { technologyIds: src.technologyIds });
  if (src.format === "url") {
    const url = src.url ?? "";
    assertFetchable(deps.env, url, "url");
    const existing = await findBySourceKey(deps, url);
    const doc =
      existing ??
      (await insertDocument(deps, src, { sourceKey: url, title: src.title ?? url, contentHash: null, sizeBytes: 0 })) ??
      (await findBySourceKey(deps, url));
    if (!doc) throw new AppError("conflict", "the source was changed concurrently; send it again");
    const params = { documentId: doc.id, format: "url", url, keepTitle: Boolean(src.title || existing) } as const;
    const job = await createJob(deps, ingestDocumentJob, params);
    return { outcome: "queued", document: doc, job };
  }
  const bytes = src.bytes ?? new Uint8Array();
  const max = src.format === "pdf" ? limits.maxUploadBytes : limits.maxTextBytes;
  if (bytes.byteLength > max) {
    throw new AppError(
      "payload_too_large",
      `${src.format} sources are limited to ${max} bytes; this one is ${bytes.byteLength}`,
    );
  }
  if (bytes.byteLength === 0) throw new AppError("bad_request", "the document is empty");
  if (src.format === "pdf" && !looksLikePdf(bytes)) {
    throw new AppError("unsupported_media_type", "the file is not a PDF (it does not start with %PDF-)");
  }
  const hash = await sha256Bytes(bytes);
  const sourceKey = src.sourceKey ?? src.sourceUrl ?? (src.filename ? `upload:${src.filename}` : `sha256:${hash}`);
  const existing = await findBySourceKey(deps, sourceKey);
  if (existing && holds(existing, hash)) return { outcome: "unchanged", document: existing, job: null };
  const fields = { sourceKey, contentHash: hash, sizeBytes: bytes.byteLength };

  if (src.format === "pdf" || bytes.byteLength > limits.inlineMaxBytes) {
    const title = src.title ?? existing?.title ?? src.filename ?? "Untitled";
    const into = await target(deps, src, { ...fields, title });
    if ("unchanged" in into) return { outcome: "unchanged", document: into.unchanged, job: null };
    const params = { documentId: into.doc.id, format: src.format, keepTitle: Boolean(src.title || into.existed) };
    const job = await createJob(deps, ingestDocumentJob, params, { input: bytes });
    return { outcome: "queued", document: await findDocument(deps, into.doc.id), job };
  }

  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(src.format, bytes, src.title ?? null, limits);
  } catch (err) {
    if (err instanceof DocumentRejected)
      throw new AppError(err.tooLarge ? "payload_too_large" : "bad_request", err.message);
    throw err;
  }
  if (prepared.chunks.length === 0) throw new AppError("bad_request", "the document has no text to index");
  const title = (src.title ?? prepared.title ?? existing?.title ?? src.filename ?? "Untitled").slice(0, 300);
  const into = await target(deps, { ...src, title }, { ...fields, title });
  if ("unchanged" in into) return { outcome: "unchanged", document: into.unchanged, job: null };
  try {
    await replaceChunks(deps, { id: into.doc.id, title }, prepared.chunks, {
      title,
      content: prepared.content,
      contentHash: hash,
      sizeBytes: bytes.byteLength,
      status: "indexed",
      statusReason: null,
    });
  } catch (err) {
    await markFailed(deps, into.doc.id);
    throw err;
  }
  return {
    outcome: into.existed ? "replaced" : "created",
    document: await findDocument(deps, into.doc.id),
    job: null,
  };
}
