import { and, count, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { ringOf } from "../../../shared/vocabulary";
import type { Db } from "../../db/client";
import { apiKeys, knowledgeEntries, knowledgeFeeds, technologies, technologyEvents, users } from "../../db/schema";
import { nowIso } from "../../db/schema/columns";
import { changeLog } from "../../lib/audit";
import { isUniqueViolation } from "../../lib/concurrency";
import { insertWhere } from "../../lib/conditional-insert";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { eventStatements } from "../../lib/events";
import { newId } from "../../lib/ids";
import { orderOf } from "../../lib/pagination";
import { jsonArrayHas } from "../../lib/text-filter";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import { actorColumns, actorOf } from "../audit/actor";
import type { TechnologyCreateInput, TechnologyRow, TechnologyUpdateInput } from "./technologies.schema";

/** A technology of this project, or 404 (also for another project's technology). */
export async function getTechnology({ db, projectId }: TenantDeps, id: string): Promise<TechnologyRow> {
  // A batch of one: a keyed read's revocation check rides in the same D1 round trip (see GuardedD1).
  const [[row]] = await db.batch([
    db
      .select()
      .from(technologies)
      .where(and(eq(technologies.id, id), eq(technologies.projectId, projectId)))
      .limit(1),
  ]);
  if (!row) throw notFound("technology", id);
  return row;
}

async function assertTitleFree({ db, projectId }: TenantDeps, title: string, exceptId?: string) {
  const clash = await db.query.technologies.findFirst({
    where: and(eq(technologies.projectId, projectId), eq(technologies.title, title)),
    columns: { id: true },
  });
  if (clash && clash.id !== exceptId) {
    throw new AppError("conflict", `a technology titled '${title}' already exists in this project`, {
      field: "title",
      existingId: clash.id,
    });
  }
}

const titleTaken = (title: string) =>
  new AppError("conflict", `a technology titled '${title}' already exists in this project`, { field: "title" });

/** Creates a technology with its first history entry and its audit row in one batch. */
export async function createTechnology(deps: TenantDeps, input: TechnologyCreateInput): Promise<TechnologyRow> {
  const { db, projectId, actor } = deps;
  await assertTitleFree(deps, input.title);
  const id = newId("tech");
  const now = new Date().toISOString();
  const values = { ...input, id, projectId, createdAt: now, updatedAt: now };
  try {
    const [inserted] = await db.batch([
      db.insert(technologies).values(values).returning(),
      db.insert(technologyEvents).values({
        id: newId("tev"),
        projectId,
        technologyId: id,
        kind: "created",
        toValue: input.status ?? "discovery",
        actorKeyId: actor.keyId,
        actorUserId: actor.userId ?? null,
        createdAt: now,
      }),
      ...changeLog(db, {
        projectId,
        actor,
        action: "create",
        entity: "technology",
        entityId: id,
        before: null,
        after: values,
      }),
    ]);
    const row = inserted[0];
    if (!row) throw new Error("insert returned no row");
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw titleTaken(input.title);
    throw err;
  }
}

/** History rows (and a `technology.status_changed` event) for each move of an update. */
export function moves(
  db: Db,
  deps: TenantDeps,
  before: TechnologyRow,
  after: TechnologyRow,
  note: string | undefined,
  landed: SQL,
) {
  const base = {
    projectId: deps.projectId,
    technologyId: before.id,
    actorKeyId: deps.actor.keyId,
    actorUserId: deps.actor.userId ?? null,
    note: note ?? null,
  };
  const rows: { kind: "status" | "ring" | "priority"; fromValue: string; toValue: string }[] = [];
  if (before.status !== after.status) {
    rows.push({ kind: "status", fromValue: before.status, toValue: after.status });
    const [from, to] = [ringOf(before.status), ringOf(after.status)];
    if (from !== to) rows.push({ kind: "ring", fromValue: from, toValue: to });
  }
  if (before.priority !== after.priority) {
    rows.push({ kind: "priority", fromValue: String(before.priority), toValue: String(after.priority) });
  }
  const statements: BatchItem<"sqlite">[] = rows.map((r) =>
    insertWhere(db, technologyEvents, { ...base, ...r, id: newId("tev") }, landed),
  );
  if (before.status !== after.status) {
    const payload = {
      id: before.id,
      title: after.title,
      from: before.status,
      to: after.status,
      ring: { from: ringOf(before.status), to: ringOf(after.status) },
      note: note ?? null,
    };
    const correlationId = deps.actor.requestId;
    statements.push(
      ...eventStatements(
        db,
        { projectId: deps.projectId, subject: "technology.status_changed", payload, correlationId },
        landed,
      ),
    );
  }
  return statements;
}

/** Applies a partial update; status and priority moves land in the history with the update. */
export async function updateTechnology(
  deps: TenantDeps,
  id: string,
  input: TechnologyUpdateInput,
  expected: number | undefined,
): Promise<TechnologyRow> {
  const { db, projectId, actor } = deps;
  const current = await getTechnology(deps, id);
  const { version: _v, note, ...changes } = input;
  if (changes.title !== undefined && changes.title !== current.title) await assertTitleFree(deps, changes.title, id);
  try {
    return await versionedUpdate<TechnologyRow>(db, {
      table: technologies,
      entity: "technology",
      scope: eq(technologies.projectId, projectId),
      projectId,
      actor,
      current,
      changes,
      expected,
      follow: (d, before, after, landed) => moves(d, deps, before, after, note, landed),
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw titleTaken(changes.title ?? current.title);
    throw err;
  }
}

/**
 * Deletes a technology; its history goes with it (cascade), the audit row keeps what it was, and
 * knowledge documents and feeds linking it drop the id in the same batch (their version moves on).
 */
export async function deleteTechnology(deps: TenantDeps, id: string): Promise<void> {
  const current = await getTechnology(deps, id);
  await auditedDelete(deps.db, {
    table: technologies,
    entity: "technology",
    scope: eq(technologies.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    also: [knowledgeEntries, knowledgeFeeds].map((table) => unlinkTechnology(deps, table, id)),
  });
}

/** Removes a technology id from the `technologyIds` lists of a project's rows in `table`. */
function unlinkTechnology(
  { db, projectId }: TenantDeps,
  table: typeof knowledgeEntries | typeof knowledgeFeeds,
  id: string,
) {
  return db
    .update(table)
    .set({
      technologyIds: sql`(select json_group_array(value) from json_each(${table.technologyIds}) where value <> ${id})`,
      version: sql`${table.version} + 1`,
      updatedAt: nowIso,
    })
    .where(and(eq(table.projectId, projectId), jsonArrayHas(table.technologyIds, id)));
}

/** A technology's moves, newest first, each naming who made it (as `GET /audit` does). */
export async function technologyHistory(deps: TenantDeps, id: string, page: { page: number; limit: number }) {
  await getTechnology(deps, id);
  const { db } = deps;
  const filter = and(eq(technologyEvents.projectId, deps.projectId), eq(technologyEvents.technologyId, id));
  const [rows, totals] = await db.batch([
    db
      .select({ ...getTableColumns(technologyEvents), ...actorColumns })
      .from(technologyEvents)
      .leftJoin(users, eq(users.id, technologyEvents.actorUserId))
      .leftJoin(apiKeys, eq(apiKeys.id, technologyEvents.actorKeyId))
      .where(filter)
      .orderBy(...orderOf(technologyEvents.createdAt, true, technologyEvents.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    db.select({ total: count() }).from(technologyEvents).where(filter),
  ]);
  const data = rows.map(({ personName, personEmail, keyName, ...row }) => ({
    ...row,
    actor: actorOf(row.actorUserId, row.actorKeyId, { personName, personEmail, keyName }),
  }));
  return { data, page: page.page, limit: page.limit, total: totals[0]?.total ?? 0 };
}

/** Counts of a project's technologies by status, domain and ring, computed in SQL. */
export async function technologyStats({ db, projectId }: TenantDeps) {
  const mine = eq(technologies.projectId, projectId);
  const [byStatus, byDomain] = await db.batch([
    db.select({ key: technologies.status, n: count() }).from(technologies).where(mine).groupBy(technologies.status),
    db.select({ key: technologies.domain, n: count() }).from(technologies).where(mine).groupBy(technologies.domain),
  ]);
  const byRing: Record<string, number> = {};
  for (const r of byStatus) byRing[ringOf(r.key)] = (byRing[ringOf(r.key)] ?? 0) + r.n;
  return {
    total: byStatus.reduce((sum, r) => sum + r.n, 0),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.key, r.n])),
    byDomain: Object.fromEntries(byDomain.map((r) => [r.key, r.n])),
    byRing,
  };
}
