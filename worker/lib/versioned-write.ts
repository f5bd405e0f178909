import { and, eq, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema";
import { changeLog, diff } from "./audit";
import { staleVersion } from "./concurrency";
import type { Actor } from "./context";
import { notFound } from "./errors";
import { rowExists } from "./events";
import { newId } from "./ids";

type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };
type Row = Record<string, unknown> & { id: string; version: number };

export interface VersionedUpdate<R extends Row> {
  table: VersionedTable;
  entity: string;
  /** Tenant scope for the row (e.g. `eq(table.projectId, projectId)`); undefined only for projects. */
  scope: SQL | undefined;
  projectId: string | null;
  actor: Actor;
  current: R;
  changes: Partial<R>;
  expected: number | undefined;
  /** Statements that must land with the update and only if it does; `landed` is their guard. */
  follow?: (db: Db, before: R, after: R, landed: SQL) => BatchItem<"sqlite">[];
}

/**
 * Applies a partial update with optimistic concurrency: the UPDATE matches the version read, and
 * its audit row, event and any history rows are chained to it in one batch, so a lost race changes
 * nothing and answers 409. An update that changes no field is a no-op and records nothing.
 */
export async function versionedUpdate<R extends Row>(db: Db, u: VersionedUpdate<R>): Promise<R> {
  const { current } = u;
  if (u.expected !== undefined && u.expected !== current.version) {
    throw staleVersion(u.entity, current.id, u.expected, current.version);
  }
  const merged = { ...current, ...u.changes } as R;
  const changed = diff(current, merged);
  if (Object.keys(changed.after).length === 0) return current;
  const set = { ...u.changes, version: current.version + 1, updatedAt: new Date().toISOString() };
  const where = and(eq(u.table.id, current.id), eq(u.table.version, current.version), u.scope);
  const auditId = newId("aud");
  const [updated] = await db.batch([
    db
      .update(u.table)
      .set(set as SQLiteUpdateSetSource<VersionedTable>)
      .where(where)
      .returning(),
    ...changeLog(
      db,
      {
        projectId: u.projectId,
        actor: u.actor,
        action: "update",
        entity: u.entity,
        entityId: current.id,
        auditId,
        ...changed,
      },
      "ifChanged",
    ),
    ...(u.follow?.(db, current, merged, rowExists(auditLog, auditId)) ?? []),
  ]);
  const row = (updated as R[])[0];
  if (!row) {
    const fresh = await db
      .select({ version: u.table.version })
      .from(u.table)
      .where(and(eq(u.table.id, current.id), u.scope));
    const version = fresh[0]?.version;
    if (typeof version !== "number") throw notFound(u.entity, current.id);
    throw staleVersion(u.entity, current.id, current.version, version);
  }
  return row;
}

/** Deletes a row and records its audit row and event in one batch; 404 if it was already gone. */
export async function auditedDelete(
  db: Db,
  d: {
    table: VersionedTable;
    entity: string;
    scope: SQL | undefined;
    projectId: string | null;
    actor: Actor;
    current: Row;
    subject?: string | false;
    /** Statements that clean up references to the row, committed in the same batch. */
    also?: BatchItem<"sqlite">[];
  },
): Promise<void> {
  const [deleted] = await db.batch([
    db
      .delete(d.table)
      .where(and(eq(d.table.id, d.current.id), d.scope))
      .returning({ id: d.table.id }),
    ...changeLog(
      db,
      {
        projectId: d.projectId,
        actor: d.actor,
        action: "delete",
        entity: d.entity,
        entityId: d.current.id,
        before: d.current,
        after: null,
        subject: d.subject,
      },
      "ifChanged",
    ),
    ...(d.also ?? []),
  ]);
  if ((deleted as unknown[]).length === 0) throw notFound(d.entity, d.current.id);
}
