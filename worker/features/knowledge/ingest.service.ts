import { and, eq } from "drizzle-orm";
import type { JobView } from "../../../durable-objects/job-runner.protocol";
import { knowledgeEntries, type SOURCE_TYPES } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import { isUniqueViolation } from "../../lib/concurrency";
import { sha256Bytes } from "../../lib/crypto";
import { AppError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { assertLinks } from "../../lib/links";
import { versionedUpdate } from "../../lib/versioned-write";
import { createJob } from "../jobs/create-job";
import { allowsPrivateTargets, targetProblem } from "../webhooks/target-policy";
import type { KnowledgeDeps } from "./deps";
import type { IngestOutcome } from "./documents.schema";
import { DOCUMENT_ENTITY, type DocumentRow, findDocument } from "./documents.service";
import { DocumentRejected, type IngestFormat, prepare } from "./extract";
import { looksLikePdf } from "./formats/pdf";
import { ingestDocumentJob } from "./ingest.job";
import { KNOWLEDGE_LIMITS, type KnowledgeLimits } from "./limits";
import { copyTitleToChunks, replaceChunks } from "./store";

/** What a client (or a feed poll) hands in to become a document. */
export interface IngestSource {
  format: IngestFormat | "url";
  bytes?: Uint8Array;
  url?: string;
  title?: string;
  filename?: string;
  sourceUrl?: string;
  tags?: string[];
  technologyIds?: string[];
  /** Set by feed polls: the feed and the item's own key. */
  feedId?: string;
  sourceKey?: string;
  sourceType?: (typeof SOURCE_TYPES)[number];
}

export interface IngestAnswer {
  outcome: IngestOutcome;
  document: DocumentRow;
  job: JobView | null;
}

const SOURCE_TYPE: Record<IngestSource["format"], (typeof SOURCE_TYPES)[number]> = {
  markdown: "markdown",
  text: "text",
  html: "html",
  pdf: "pdf",
  url: "url",
};

async function findBySourceKey(deps: KnowledgeDeps, sourceKey: string): Promise<DocumentRow | undefined> {
  return deps.db.query.knowledgeEntries.findFirst({
    where: and(eq(knowledgeEntries.projectId, deps.projectId), eq(knowledgeEntries.sourceKey, sourceKey)),
  });
}

/** Refuses URLs the server must not fetch (loopback and private addresses, unless allowed locally). */
export function assertFetchable(env: Env, url: string, field: string): void {
  const problem = targetProblem(url, allowsPrivateTargets(env));
  if (problem) throw new AppError("validation_failed", `${field}: ${problem}`, [{ path: field, message: problem }]);
}

/**
 * Inserts a new pending document row with its audit row and event. `contentHash` is the hash of
 * the source being indexed into it, so a concurrent request with the same bytes sees "unchanged".
 * Undefined when a concurrent request inserted the same source key first.
 */
async function insertDocument(
  deps: KnowledgeDeps,
  src: IngestSource,
  fields: { sourceKey: string; title: string; contentHash: string | null; sizeBytes: number },
): Promise<DocumentRow | undefined> {
  const values = {
    id: newId("kn"),
    projectId: deps.projectId,
    title: fields.title,
    sourceType: src.sourceType ?? SOURCE_TYPE[src.format],
    sourceUrl: src.sourceUrl ?? src.url ?? null,
    tags: src.tags ?? [],
    technologyIds: src.technologyIds ?? [],
    sourceKey: fields.sourceKey,
    feedId: src.feedId ?? null,
    contentHash: fields.contentHash,
    sizeBytes: fields.sizeBytes,
    status: "pending" as const,
  };
  try {
    const [inserted] = await deps.db.batch([
      deps.db.insert(knowledgeEntries).values(values).returning(),
      ...changeLog(deps.db, {
        projectId: deps.projectId,
        actor: deps.actor,
        action: "create",
        entity: DOCUMENT_ENTITY,
        entityId: values.id,
        before: null,
        after: values,
      }),
    ]);
    const row = inserted[0];
    if (!row) throw new Error("insert returned no row");
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) return undefined;
    throw err;
  }
}

/** The document already holds (or is being given) exactly these bytes. */
const holds = (doc: DocumentRow, hash: string): boolean => doc.contentHash === hash && doc.status !== "failed";

/**
 * Claims an existing document for a new version of its source: in one versioned write its hash
 * becomes the new one, its status `pending`, and the title, tags and links sent are applied. When a
 * concurrent request changed the document first, its answer is "unchanged" if that request brought
 * the same bytes, else 409.
 */
async function claimReplacement(
  deps: KnowledgeDeps,
  doc: DocumentRow,
  src: IngestSource,
  hash: string,
): Promise<{ claimed: DocumentRow } | { unchanged: DocumentRow }> {
  const changes: Partial<DocumentRow> = {
    ...(src.title ? { title: src.title } : {}),
    ...(src.tags ? { tags: src.tags } : {}),
    ...(src.technologyIds ? { technologyIds: src.technologyIds } : {}),
    contentHash: hash,
    status: "pending",
    statusReason: null,
  };
  try {
    const claimed = await versionedUpdate<DocumentRow>(deps.db, {
      table: knowledgeEntries,
      entity: DOCUMENT_ENTITY,
      scope: eq(knowledgeEntries.projectId, deps.projectId),
      projectId: deps.projectId,
      actor: deps.actor,
      current: doc,
      changes,
      expected: undefined,
      follow: copyTitleToChunks(deps, doc.id),
    });
    return { claimed };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "conflict") throw err;
    const now = await findDocument(deps, doc.id);
    if (holds(now, hash)) return { unchanged: now };
    throw new AppError(
      "conflict",
      `knowledge document ${doc.id} is being replaced by another request right now; send the source again`,
    );
  }
}

/** Marks a document whose inline indexing broke as failed, so the same source sent again is indexed again. */
async function markFailed(deps: KnowledgeDeps, id: string): Promise<void> {
  await deps.db
    .update(knowledgeEntries)
    .set({ status: "failed", statusReason: "indexing failed; send the source again" })
    .where(and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.projectId, deps.projectId)));
}

/**
 * The document a source goes into: a new row, or the row with its source key (also when a
 * concurrent request inserted it a moment ago), claimed for the new bytes; or the answer
 * "unchanged" when that row already holds them.
 */
async function target(
  deps: KnowledgeDeps,
  src: IngestSource,
  fields: { sourceKey: string; title: string; contentHash: string; sizeBytes: number },
): Promise<{ doc: DocumentRow; existed: boolean } | { unchanged: DocumentRow }> {
  const found = await findBySourceKey(deps, fields.sourceKey);
  const inserted = found ? undefined : await insertDocument(deps, src, fields);
  if (inserted) return { doc: inserted, existed: false };
  const existing = found ?? (await findBySourceKey(deps, fields.sourceKey));
  if (!existing) throw new AppError("conflict", "the source was changed concurrently; send it again");
  if (holds(existing, fields.contentHash)) return { unchanged: existing };
  const claim = await claimReplacement(deps, existing, src, fields.contentHash);
  return "unchanged" in claim ? claim : { doc: claim.claimed, existed: true };
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
