import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { knowledgeChunks, knowledgeEntries } from "../../../db/schema";
import { changeLog } from "../../../lib/audit";
import type { TenantDeps } from "../../../lib/context";
import { notFound } from "../../../lib/errors";
import { assertLinks } from "../../../lib/links";
import { orderOf, paginate, parseSort } from "../../../lib/pagination";
import { jsonArrayHas } from "../../../lib/text-filter";
import { versionedUpdate } from "../../../lib/versioned-write";
import type { KnowledgeDeps } from "../deps";
import { copyTitleToChunks, HEADING_SEPARATOR, removeChunks } from "../indexing/store";
import type {
  DOCUMENT_SORT_KEYS,
  DocumentListInput,
  DocumentUpdateInput,
  KnowledgeDocumentRow,
} from "./documents.schema";

type SortKey = (typeof DOCUMENT_SORT_KEYS)[number];
export type DocumentRow = typeof knowledgeEntries.$inferSelect;

/** The audit entity of a document: the row keeps the name it had as a knowledge entry. */
export const DOCUMENT_ENTITY = "knowledge_entry";

/** A document row as the documents API shows it (without its text). */
export function documentView(row: DocumentRow): KnowledgeDocumentRow {
  const { content: _c, sourceKey: _k, ...view } = row;
  return view;
}

/** The document with `id` in the caller's project, or 404. */
export async function findDocument({ db, projectId }: TenantDeps, id: string): Promise<DocumentRow> {
  const row = await db.query.knowledgeEntries.findFirst({
    where: and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.projectId, projectId)),
  });
  if (!row) throw notFound("knowledge document", id);
  return row;
}

export async function listDocuments({ db, projectId }: TenantDeps, q: DocumentListInput) {
  const where: SQL[] = [eq(knowledgeEntries.projectId, projectId)];
  if (q.status) where.push(inArray(knowledgeEntries.status, q.status));
  if (q.sourceType) where.push(inArray(knowledgeEntries.sourceType, q.sourceType));
  if (q.tag) where.push(jsonArrayHas(knowledgeEntries.tags, q.tag));
  if (q.technologyId) where.push(jsonArrayHas(knowledgeEntries.technologyIds, q.technologyId));
  if (q.feedId) where.push(eq(knowledgeEntries.feedId, q.feedId));
  const { key, desc } = parseSort<SortKey>(q.sort);
  const page = await paginate(
    db,
    knowledgeEntries,
    and(...where),
    orderOf(knowledgeEntries[key], desc, knowledgeEntries.id),
    q,
  );
  return { ...page, data: page.data.map(documentView) };
}

/** A document's chunks in reading order. */
export async function listChunks(deps: TenantDeps, documentId: string) {
  await findDocument(deps, documentId);
  const rows = await deps.db
    .select()
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.projectId, deps.projectId), eq(knowledgeChunks.documentId, documentId)))
    .orderBy(asc(knowledgeChunks.seq));
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    headingPath: r.heading ? r.heading.split(HEADING_SEPARATOR) : [],
    page: r.page,
    text: r.text,
    tokens: r.tokens,
  }));
}

/**
 * Changes a document's title, tags or technology links. Filters read tags and links from the
 * document at query time, so nothing is re-embedded; a new title is copied to the chunks (and so
 * into the keyword index by the FTS triggers) in the same batch.
 */
export async function updateDocument(
  deps: TenantDeps,
  id: string,
  input: DocumentUpdateInput,
  expected: number | undefined,
): Promise<DocumentRow> {
  const current = await findDocument(deps, id);
  const { version: _v, ...changes } = input;
  await assertLinks(deps, { technologyIds: changes.technologyIds });
  return versionedUpdate<DocumentRow>(deps.db, {
    table: knowledgeEntries,
    entity: DOCUMENT_ENTITY,
    scope: eq(knowledgeEntries.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes,
    expected,
    follow: copyTitleToChunks(deps, id),
  });
}

/** Deletes a document, its chunks (and so its keyword index rows) and its vectors. */
export async function deleteDocument(deps: KnowledgeDeps, id: string): Promise<void> {
  const current = await findDocument(deps, id);
  await removeChunks(deps, id);
  const [deleted] = await deps.db.batch([
    deps.db
      .delete(knowledgeEntries)
      .where(and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.projectId, deps.projectId)))
      .returning({ id: knowledgeEntries.id }),
    ...changeLog(
      deps.db,
      {
        projectId: deps.projectId,
        actor: deps.actor,
        action: "delete",
        entity: DOCUMENT_ENTITY,
        entityId: id,
        before: { ...current, content: undefined },
        after: null,
      },
      "ifChanged",
    ),
  ]);
  if (deleted.length === 0) throw notFound("knowledge document", id);
}
