import { and, eq, inArray, lte, type SQL } from "drizzle-orm";
import { researchTasks } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { assertLinks } from "../../lib/links";
import { orderOf, paginate, parseSort } from "../../lib/pagination";
import { textMatch } from "../../lib/text-filter";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import type {
  ResearchTaskCreateInput,
  ResearchTaskListInput,
  ResearchTaskRow,
  ResearchTaskUpdateInput,
  TASK_SORT_KEYS,
} from "./research-tasks.schema";

type SortKey = (typeof TASK_SORT_KEYS)[number];

export async function listResearchTasks({ db, projectId }: TenantDeps, q: ResearchTaskListInput) {
  const where: SQL[] = [eq(researchTasks.projectId, projectId)];
  if (q.status) where.push(inArray(researchTasks.status, q.status));
  if (q.assignee) where.push(eq(researchTasks.assignee, q.assignee));
  if (q.technologyId) where.push(eq(researchTasks.technologyId, q.technologyId));
  if (q.repositoryId) where.push(eq(researchTasks.repositoryId, q.repositoryId));
  if (q.dueBefore) where.push(lte(researchTasks.dueDate, q.dueBefore));
  if (q.q) where.push(textMatch(q.q, researchTasks.title, researchTasks.description));
  const { key, desc } = parseSort<SortKey>(q.sort);
  return paginate(db, researchTasks, and(...where), orderOf(researchTasks[key], desc, researchTasks.id), q);
}

export async function getResearchTask({ db, projectId }: TenantDeps, id: string): Promise<ResearchTaskRow> {
  const row = await db.query.researchTasks.findFirst({
    where: and(eq(researchTasks.id, id), eq(researchTasks.projectId, projectId)),
  });
  if (!row) throw notFound("research task", id);
  return row;
}

export async function createResearchTask(deps: TenantDeps, input: ResearchTaskCreateInput): Promise<ResearchTaskRow> {
  const { db, projectId, actor } = deps;
  await assertLinks(deps, { technologyIds: [input.technologyId], repositoryIds: [input.repositoryId] });
  const values = { ...input, id: newId("task"), projectId };
  const [inserted] = await db.batch([
    db.insert(researchTasks).values(values).returning(),
    ...changeLog(db, {
      projectId,
      actor,
      action: "create",
      entity: "research_task",
      entityId: values.id,
      before: null,
      after: values,
    }),
  ]);
  const row = inserted[0];
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateResearchTask(
  deps: TenantDeps,
  id: string,
  input: ResearchTaskUpdateInput,
  expected: number | undefined,
): Promise<ResearchTaskRow> {
  const current = await getResearchTask(deps, id);
  const { version: _v, ...changes } = input;
  await assertLinks(deps, { technologyIds: [changes.technologyId], repositoryIds: [changes.repositoryId] });
  return versionedUpdate<ResearchTaskRow>(deps.db, {
    table: researchTasks,
    entity: "research_task",
    scope: eq(researchTasks.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes,
    expected,
  });
}

export async function deleteResearchTask(deps: TenantDeps, id: string): Promise<void> {
  const current = await getResearchTask(deps, id);
  await auditedDelete(deps.db, {
    table: researchTasks,
    entity: "research_task",
    scope: eq(researchTasks.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
  });
}
