import { and, asc, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { events } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { afterEvent, beforeEvent, commitOrder, subjectFilter } from "../../lib/event-log";
import type { EventListInput } from "./events.schema";

const bound = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();

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
