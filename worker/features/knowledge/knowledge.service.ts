import { and, eq, inArray, type SQL } from "drizzle-orm";
import { knowledgeEntries } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { assertLinks } from "../../lib/links";
import { orderOf, paginate, parseSort } from "../../lib/pagination";
import { jsonArrayHas, textMatch } from "../../lib/text-filter";
import { versionedUpdate } from "../../lib/versioned-write";
import type { KnowledgeDeps } from "./deps";
import { deleteDocument } from "./documents.service";
import type {
  KNOWLEDGE_SORT_KEYS,
  KnowledgeEntryCreateInput,
  KnowledgeEntryListInput,
  KnowledgeEntryRow,
  KnowledgeEntryUpdateInput,
} from "./knowledge.schema";
import { copyTitleToChunks } from "./store";
import { indexStored } from "./stored";

type SortKey = (typeof KNOWLEDGE_SORT_KEYS)[number];

export async function listKnowledgeEntries({ db, projectId }: TenantDeps, q: KnowledgeEntryListInput) {
  const where: SQL[] = [eq(knowledgeEntries.projectId, projectId)];
  if (q.sourceType) where.push(inArray(knowledgeEntries.sourceType, q.sourceType));
  if (q.tag) where.push(jsonArrayHas(knowledgeEntries.tags, q.tag));
  if (q.technologyId) where.push(jsonArrayHas(knowledgeEntries.technologyIds, q.technologyId));
  if (q.q) where.push(textMatch(q.q, knowledgeEntries.title, knowledgeEntries.content));
  const { key, desc } = parseSort<SortKey>(q.sort);
  return paginate(db, knowledgeEntries, and(...where), orderOf(knowledgeEntries[key], desc, knowledgeEntries.id), q);
}

export async function getKnowledgeEntry({ db, projectId }: TenantDeps, id: string): Promise<KnowledgeEntryRow> {
  const row = await db.query.knowledgeEntries.findFirst({
    where: and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.projectId, projectId)),
  });
  if (!row) throw notFound("knowledge entry", id);
  return row;
}

/** Creates an entry and indexes its text for search (a job does it for texts over 200 KB). */
export async function createKnowledgeEntry(
  deps: KnowledgeDeps,
  input: KnowledgeEntryCreateInput,
): Promise<KnowledgeEntryRow> {
  const { db, projectId, actor } = deps;
  await assertLinks(deps, { technologyIds: input.technologyIds });
  const values = { ...input, id: newId("kn"), projectId };
  const [inserted] = await db.batch([
    db.insert(knowledgeEntries).values(values).returning(),
    ...changeLog(db, {
      projectId,
      actor,
      action: "create",
      entity: "knowledge_entry",
      entityId: values.id,
      before: null,
      after: values,
    }),
  ]);
  const row = inserted[0];
  if (!row) throw new Error("insert returned no row");
  return indexStored(deps, row);
}

/** Changes an entry; new text is re-indexed, a new title is copied to its chunks. */
export async function updateKnowledgeEntry(
  deps: KnowledgeDeps,
  id: string,
  input: KnowledgeEntryUpdateInput,
  expected: number | undefined,
): Promise<KnowledgeEntryRow> {
  const current = await getKnowledgeEntry(deps, id);
  const { version: _v, ...changes } = input;
  await assertLinks(deps, { technologyIds: changes.technologyIds });
  const updated = await versionedUpdate<KnowledgeEntryRow>(deps.db, {
    table: knowledgeEntries,
    entity: "knowledge_entry",
    scope: eq(knowledgeEntries.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes,
    expected,
    follow: copyTitleToChunks(deps, id),
  });
  if (updated.content === current.content && updated.sourceType === current.sourceType) return updated;
  return indexStored(deps, updated);
}

/** Deletes an entry with its chunks and vectors. */
export async function deleteKnowledgeEntry(deps: KnowledgeDeps, id: string): Promise<void> {
  await deleteDocument(deps, id);
}
