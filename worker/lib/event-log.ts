import { and, asc, eq, getTableColumns, gt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { events } from "../db/schema";

/** `technology.created`, `analysis.*`, `*.created`, `*`: dotted subjects with `*` wildcards. */
export const PATTERN = /^[a-z0-9_.*]{1,100}$/;

/**
 * Commit order. Event ids sort by creation time, but two writers in the same millisecond could
 * commit out of id order; SQLite's rowid grows with each insert, so cursors follow it instead.
 */
export const commitOrder = sql<number>`${events}.rowid`;

/** Events committed after this project's event with this id (none if the project has no such event). */
export const afterEvent = (id: string, projectId: string): SQL =>
  sql`${commitOrder} > coalesce((select rowid from ${events} where id = ${id} and project_id = ${projectId}), 9223372036854775807)`;

/** Events committed before this project's event with this id. */
export const beforeEvent = (id: string, projectId: string): SQL =>
  sql`${commitOrder} < coalesce((select rowid from ${events} where id = ${id} and project_id = ${projectId}), 0)`;

/** SQL for "subject matches one of these patterns" (GLOB, where `*` is any run of characters). */
export function subjectFilter(patterns: readonly string[] | undefined): SQL | undefined {
  if (!patterns?.length) return undefined;
  return or(...patterns.map((p) => sql`${events.subject} glob ${p}`));
}

/** The same matching as SQLite's GLOB for these patterns: `*` is any run of characters. */
export function matchesSubject(subject: string, patterns: readonly string[] | undefined): boolean {
  if (!patterns || patterns.length === 0) return true;
  return patterns.some((p) => new RegExp(`^${p.replaceAll(".", "\\.").replaceAll("*", ".*")}$`).test(subject));
}

/** The commit position of this project's event with this id, or null if it has none. */
export async function eventSeq(db: Db, projectId: string, id: string): Promise<number | null> {
  const [row] = await db
    .select({ seq: commitOrder })
    .from(events)
    .where(and(eq(events.id, id), eq(events.projectId, projectId)));
  return row?.seq ?? null;
}

/** The commit position of the project's latest event, 0 when it has none. */
export async function latestEventSeq(db: Db, projectId: string): Promise<number> {
  const [row] = await db
    .select({ seq: sql<number | null>`max(${commitOrder})` })
    .from(events)
    .where(eq(events.projectId, projectId));
  return row?.seq ?? 0;
}

/** Up to `limit` of the project's events committed after position `seq`, in commit order, with their positions. */
export function eventsAfterSeq(db: Db, projectId: string, seq: number, limit: number) {
  return db
    .select({ seq: commitOrder, ...getTableColumns(events) })
    .from(events)
    .where(and(eq(events.projectId, projectId), gt(commitOrder, seq)))
    .orderBy(asc(commitOrder))
    .limit(limit);
}
