import { and, eq } from "drizzle-orm";
import { knowledgeEntries, type SOURCE_TYPES } from "../../../db/schema";
import { changeLog } from "../../../lib/audit";
import { isUniqueViolation } from "../../../lib/concurrency";
import { AppError } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { versionedUpdate } from "../../../lib/versioned-write";
import type { KnowledgeDeps } from "../deps";
import { DOCUMENT_ENTITY, type DocumentRow, findDocument } from "../documents/documents.service";
import { copyTitleToChunks } from "../indexing/store";
import type { IngestFormat } from "./extract";

// Which document row a source goes into. The source key identifies a document, and the row's
// `contentHash` is the hash of the bytes it holds or is being given, so requests that bring the
// same source at the same time end with one row: the first inserts or claims it, the others see
// "unchanged" (same bytes) or 409 (other bytes, while a replacement is under way).

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

const SOURCE_TYPE: Record<IngestSource["format"], (typeof SOURCE_TYPES)[number]> = {
  markdown: "markdown",
  text: "text",
  html: "html",
  pdf: "pdf",
  url: "url",
};

/** The project's document with this source key. */
export async function findBySourceKey(deps: KnowledgeDeps, sourceKey: string): Promise<DocumentRow | undefined> {
  return deps.db.query.knowledgeEntries.findFirst({
    where: and(eq(knowledgeEntries.projectId, deps.projectId), eq(knowledgeEntries.sourceKey, sourceKey)),
  });
}

/**
 * Inserts a new pending document row with its audit row and event. `contentHash` is the hash of
 * the source being indexed into it, so a concurrent request with the same bytes sees "unchanged".
 * Undefined when a concurrent request inserted the same source key first.
 */
export async function insertDocument(
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
export const holds = (doc: DocumentRow, hash: string): boolean => doc.contentHash === hash && doc.status !== "failed";

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
export async function markFailed(deps: KnowledgeDeps, id: string): Promise<void> {
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
export async function target(
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
