import { and, eq, inArray, type SQL } from "drizzle-orm";
import { knowledgeEntries } from "../../../db/schema";
import { changeLog } from "../../../lib/audit";
import { isUniqueViolation } from "../../../lib/concurrency";
import type { TenantDeps } from "../../../lib/context";
import { AppError, notFound } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { assertLinks } from "../../../lib/links";
import { orderOf, paginate, parseSort } from "../../../lib/pagination";
import { jsonArrayHas, textMatch } from "../../../lib/text-filter";
import { versionedUpdate } from "../../../lib/versioned-write";
import type { KnowledgeDeps } from "../deps";
import { deleteDocument } from "../documents/documents.service";
import { copyTitleToChunks } from "../indexing/store";
import { indexStored } from "../indexing/stored";
import type {
  KNOWLEDGE_SORT_KEYS,
  KnowledgeEntryCreateInput,
  KnowledgeEntryListInput,
  KnowledgeEntryRow,
  KnowledgeEntryUpdateInput,
} from "./entries.schema";

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

/** The fields a create sets, with the defaults it would give the ones left out. */
const CREATED_FIELDS = {
  title: "",
  sourceType: "note",
  sourceUrl: null,
  content: "",
  tags: [],
  technologyIds: [],
  feedId: null,
} satisfies Partial<KnowledgeEntryRow>;

const sameAsCreated = (row: KnowledgeEntryRow, input: KnowledgeEntryCreateInput): boolean =>
  (Object.keys(CREATED_FIELDS) as (keyof typeof CREATED_FIELDS)[]).every(
    (k) => JSON.stringify(input[k] ?? CREATED_FIELDS[k]) === JSON.stringify(row[k]),
  );

const sourceKeyTaken = (sourceKey: string, id: string) =>
  new AppError(
    "conflict",
    `knowledge entry ${id} already has sourceKey ${sourceKey}; change that entry with PATCH, or use another sourceKey`,
    { sourceKey, id },
  );

async function findBySourceKey({ db, projectId }: TenantDeps, sourceKey: string) {
  return db.query.knowledgeEntries.findFirst({
    where: and(eq(knowledgeEntries.projectId, projectId), eq(knowledgeEntries.sourceKey, sourceKey)),
  });
}

/**
 * A create whose `sourceKey` is already used: the existing entry when it holds exactly what this
 * create would write (a retried or concurrent duplicate request), else 409 naming that entry.
 */
async function existingForCreate(deps: TenantDeps, input: KnowledgeEntryCreateInput, sourceKey: string) {
  const existing = await findBySourceKey(deps, sourceKey);
  if (!existing) return undefined;
  if (!sameAsCreated(existing, input)) throw sourceKeyTaken(sourceKey, existing.id);
  return existing;
}

/**
 * Creates an entry and indexes its text for search (a job does it for texts over 200 KB). Linked
 * technologies and the feed must be the project's (404 otherwise). An entry is identified by its
 * `sourceKey` when it has one: sending the same entry again answers the existing one with
 * `created: false`; a different entry with a taken `sourceKey` is 409.
 */
export async function createKnowledgeEntry(
  deps: KnowledgeDeps,
  input: KnowledgeEntryCreateInput,
): Promise<{ entry: KnowledgeEntryRow; created: boolean }> {
  const { db, projectId, actor } = deps;
  await assertLinks(deps, { technologyIds: input.technologyIds, feedIds: [input.feedId] });
  const { sourceKey } = input;
  const before = sourceKey != null ? await existingForCreate(deps, input, sourceKey) : undefined;
  if (before) return { entry: before, created: false };
  const values = { ...input, id: newId("kn"), projectId };
  let inserted: KnowledgeEntryRow[];
  try {
    [inserted] = await db.batch([
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
  } catch (err) {
    if (sourceKey == null || !isUniqueViolation(err)) throw err;
    const winner = await existingForCreate(deps, input, sourceKey);
    if (!winner) throw err;
    return { entry: winner, created: false };
  }
  const row = inserted[0];
  if (!row) throw new Error("insert returned no row");
  return { entry: await indexStored(deps, row), created: true };
}

/**
 * Changes an entry; new text is re-indexed, a new title is copied to its chunks. Links are checked
 * as on create; a `sourceKey` another entry has is 409.
 */
export async function updateKnowledgeEntry(
  deps: KnowledgeDeps,
  id: string,
  input: KnowledgeEntryUpdateInput,
  expected: number | undefined,
): Promise<KnowledgeEntryRow> {
  const current = await getKnowledgeEntry(deps, id);
  const { version: _v, ...changes } = input;
  await assertLinks(deps, { technologyIds: changes.technologyIds, feedIds: [changes.feedId] });
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
  }).catch(async (err: unknown) => {
    if (changes.sourceKey == null || !isUniqueViolation(err)) throw err;
    const holder = await findBySourceKey(deps, changes.sourceKey);
    throw sourceKeyTaken(changes.sourceKey, holder?.id ?? "another entry");
  });
  if (updated.content === current.content && updated.sourceType === current.sourceType) return updated;
  return indexStored(deps, updated);
}

/** Deletes an entry with its chunks and vectors. */
export async function deleteKnowledgeEntry(deps: KnowledgeDeps, id: string): Promise<void> {
  await deleteDocument(deps, id);
}
