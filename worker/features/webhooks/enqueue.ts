import { and, eq, inArray, lt, lte, or } from "drizzle-orm";
import { createDb } from "../../db/client";
import { events, webhookDeliveries } from "../../db/schema";

/** A message on the `webhook-deliveries` Queue. `once`: a manual re-send, one attempt, no retries. */
export interface DeliveryMessage {
  deliveryId: string;
  once?: boolean;
}

/** Something that keeps the Worker alive for a promise (an execution context or a Durable Object's ctx). */
export interface Publisher {
  env: Env;
  waitUntil(promise: Promise<unknown>): void;
}

const SEND_BATCH = 100;
const PARAMS_PER_QUERY = 90;
/** A `pending` delivery this old was never picked up (its message was lost or never sent). */
const STALE_PENDING_MS = 60_000;
/** Leeway before the sweeper re-sends a due retry the Queue itself is holding. */
const RETRY_GRACE_MS = 30_000;
/** A `delivering` delivery this old belongs to a consumer that died mid-attempt. */
const STUCK_DELIVERING_MS = 120_000;
const SWEEP_ROUNDS = 50;
/** A backlog whose oldest message is older than this is taken to hold long-delayed retries, not a queue jam. */
const LIVE_BACKLOG_MS = 10 * 60_000;

/**
 * While the Queue has a live backlog, the send time of its oldest message: a row written after it
 * may still be waiting in line, and re-sending it would only feed the jam. Otherwise `now`.
 */
async function backlogSince(queue: Queue, now: number): Promise<number> {
  try {
    const { backlogCount, oldestMessageTimestamp } = await queue.metrics();
    const oldest = oldestMessageTimestamp ? new Date(oldestMessageTimestamp).getTime() : Number.NaN;
    if (backlogCount > 0 && oldest > now - LIVE_BACKLOG_MS && oldest < now) return oldest;
  } catch {
    // No metrics on this runtime: only the time rules apply.
  }
  return now;
}

/** Puts one message per delivery on the Queue, in batches of at most 100. */
export async function queueDeliveries(queue: Queue, ids: string[], once = false): Promise<void> {
  for (let i = 0; i < ids.length; i += SEND_BATCH) {
    const chunk = ids.slice(i, i + SEND_BATCH);
    await queue.sendBatch(
      chunk.map((deliveryId) => ({ body: (once ? { deliveryId, once } : { deliveryId }) satisfies DeliveryMessage })),
    );
  }
}

/**
 * The post-commit publisher: finds the `pending` deliveries of the given events (by id, or all
 * events of one correlation id: a request or a job) and queues them. It never throws; whatever
 * it misses, the Cron sweeper re-queues a minute later. `projectId` narrows a correlation lookup
 * to that project's index.
 */
export async function enqueueDeliveries(
  env: Env,
  filter: { eventIds?: string[]; correlationId?: string; projectId?: string },
): Promise<number> {
  try {
    const db = createDb(env.DB);
    const ids: string[] = [];
    const pending = eq(webhookDeliveries.status, "pending");
    for (let i = 0; filter.eventIds && i < filter.eventIds.length; i += PARAMS_PER_QUERY) {
      const chunk = filter.eventIds.slice(i, i + PARAMS_PER_QUERY);
      const rows = await db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(and(pending, inArray(webhookDeliveries.eventId, chunk)));
      ids.push(...rows.map((r) => r.id));
    }
    if (filter.correlationId) {
      const rows = await db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
        .where(
          and(
            pending,
            eq(events.correlationId, filter.correlationId),
            filter.projectId ? eq(events.projectId, filter.projectId) : undefined,
          ),
        );
      ids.push(...rows.map((r) => r.id));
    }
    const unique = [...new Set(ids)];
    await queueDeliveries(env.WEBHOOK_DELIVERIES, unique);
    return unique.length;
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: "webhook enqueue failed", filter, error: String(err) }));
    return 0;
  }
}

/**
 * The Cron safety net: re-queues deliveries left `pending` for over a minute, `retrying` ones
 * whose next attempt is due (how delays longer than a Queue may hold are carried over) and
 * `delivering` ones whose consumer died. Each is marked `pending` again as it is re-queued, so it
 * is not re-sent every minute; rows written after the oldest message of a live backlog are left
 * to their own message.
 */
export async function sweepDeliveries(env: Env, now = Date.now()): Promise<number> {
  const db = createDb(env.DB);
  const iso = (ms: number) => new Date(ms).toISOString();
  const d = webhookDeliveries;
  const queuedSince = await backlogSince(env.WEBHOOK_DELIVERIES, now);
  const due = or(
    and(eq(d.status, "pending"), lt(d.updatedAt, iso(Math.min(now - STALE_PENDING_MS, queuedSince)))),
    and(eq(d.status, "retrying"), lte(d.nextAttemptAt, iso(now - RETRY_GRACE_MS)), lt(d.updatedAt, iso(queuedSince))),
    and(eq(d.status, "delivering"), lt(d.updatedAt, iso(now - STUCK_DELIVERING_MS))),
  );
  let total = 0;
  for (let round = 0; round < SWEEP_ROUNDS; round++) {
    const batch = db.select({ id: d.id }).from(d).where(due).orderBy(d.createdAt).limit(SEND_BATCH);
    const rows = await db
      .update(d)
      .set({ status: "pending", updatedAt: iso(now) })
      .where(inArray(d.id, batch))
      .returning({ id: d.id });
    await queueDeliveries(
      env.WEBHOOK_DELIVERIES,
      rows.map((r) => r.id),
    );
    total += rows.length;
    if (rows.length < SEND_BATCH) break;
  }
  if (total) console.log(JSON.stringify({ level: "info", msg: "webhook sweeper re-queued deliveries", count: total }));
  return total;
}
