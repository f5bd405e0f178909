import { and, asc, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { events } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import type { EventListInput } from "./events.schema";

const bound = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();

/**
 * Commit order. Event ids sort by creation time, but two writers in the same millisecond could
 * commit out of id order; SQLite's rowid grows with each insert, so cursors follow it instead.
 */
export const commitOrder = sql`${events}.rowid`;

/** Events committed after this project's event with this id (none if the project has no such event). */
export const afterEvent = (id: string, projectId: string): SQL =>
  sql`${commitOrder} > coalesce((select rowid from ${events} where id = ${id} and project_id = ${projectId}), 9223372036854775807)`;

/** Events committed before this project's event with this id. */
const beforeEvent = (id: string, projectId: string): SQL =>
  sql`${commitOrder} < coalesce((select rowid from ${events} where id = ${id} and project_id = ${projectId}), 0)`;

/** SQL for "subject matches one of these patterns" (GLOB, where `*` is any run of characters). */
export function subjectFilter(patterns: readonly string[] | undefined): SQL | undefined {
  if (!patterns?.length) return undefined;
  return or(...patterns.map((p) => sql`${events.subject} glob ${p}`));
}

/** Events in occurrence order after a cursor, with the cursor of the next page. */
export async function listEvents({ db, projectId }: TenantDeps, q: EventListInput) {
  const where: (SQL | undefined)[] = [eq(events.projectId, projectId), subjectFilter(q.subject)];
  if (q.correlationId) where.push(eq(events.correlationId, q.correlationId));
  if (q.from) where.push(gte(events.occurredAt, bound(q.from)));
  if (q.to) where.push(lt(events.occurredAt, bound(q.to)));
  if (q.after) where.push(q.order === "desc" ? beforeEvent(q.after, projectId) : afterEvent(q.after, projectId));
  const rows = await db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(q.order === "desc" ? desc(commitOrder) : asc(commitOrder))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  return { data: page, nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null };
}

/** Tells the project's event stream that new events were committed, so live sockets get them. */
export async function notifyEventStream(env: Env, projectId: string): Promise<void> {
  try {
    await env.EVENTS.get(env.EVENTS.idFromName(projectId)).notify();
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: "event stream notify failed", projectId, error: String(err) }));
  }
}
