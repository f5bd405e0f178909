import { and, asc, count, desc, eq, getTableColumns, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import { events, webhookAttempts, webhookDeliveries } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { queueDeliveries } from "./enqueue";
import type { DeliveryListInput } from "./webhooks.schema";
import { getWebhookRow, type WebhookDeps } from "./webhooks.service";

const d = webhookDeliveries;
const withSubject = { ...getTableColumns(d), subject: events.subject };

/**
 * One page of an endpoint's deliveries, newest first, with each event's subject. (Joined columns
 * must have distinct names: D1 batches answer rows as objects keyed by column name.)
 */
export async function listDeliveries(deps: TenantDeps, endpointId: string, q: DeliveryListInput) {
  await getWebhookRow(deps, endpointId);
  const where: SQL[] = [eq(d.projectId, deps.projectId), eq(d.endpointId, endpointId)];
  if (q.status) where.push(inArray(d.status, q.status));
  if (q.eventId) where.push(eq(d.eventId, q.eventId));
  const [rows, totals] = await deps.db.batch([
    deps.db
      .select(withSubject)
      .from(d)
      .innerJoin(events, eq(events.id, d.eventId))
      .where(and(...where))
      .orderBy(desc(d.createdAt), desc(d.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    deps.db
      .select({ total: count() })
      .from(d)
      .where(and(...where)),
  ]);
  return { data: rows, page: q.page, limit: q.limit, total: totals[0]?.total ?? 0 };
}

/** One delivery of the endpoint with its event and every attempt, or 404. */
export async function getDelivery(deps: TenantDeps, endpointId: string, deliveryId: string) {
  const mine = and(eq(d.id, deliveryId), eq(d.endpointId, endpointId), eq(d.projectId, deps.projectId));
  const [rows, attempts] = await deps.db.batch([
    deps.db
      .select({
        ...withSubject,
        occurredAt: events.occurredAt,
        correlationId: events.correlationId,
        payload: events.payload,
      })
      .from(d)
      .innerJoin(events, eq(events.id, d.eventId))
      .where(mine),
    deps.db
      .select()
      .from(webhookAttempts)
      .where(and(eq(webhookAttempts.deliveryId, deliveryId), eq(webhookAttempts.projectId, deps.projectId)))
      .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.createdAt)),
  ]);
  const row = rows[0];
  if (!row) throw notFound("delivery", deliveryId);
  const { occurredAt, correlationId, payload, ...delivery } = row;
  const event = { id: row.eventId, subject: row.subject, occurredAt, correlationId, payload };
  return { ...delivery, event, attempts: attempts.map(({ projectId: _q, ...a }) => a) };
}

/**
 * Sends a delivery once more now, whatever it ended as; one attempt, no retry schedule. A
 * delivery already queued or in flight answers 409.
 */
export async function retryDelivery(deps: WebhookDeps, endpointId: string, deliveryId: string) {
  await getDelivery(deps, endpointId, deliveryId);
  const [row] = await deps.db
    .update(d)
    .set({ status: "pending", nextAttemptAt: null, updatedAt: new Date().toISOString() })
    .where(and(eq(d.id, deliveryId), eq(d.projectId, deps.projectId), notInArray(d.status, ["pending", "delivering"])))
    .returning({ id: d.id });
  if (!row) throw new AppError("conflict", `delivery ${deliveryId} is already queued or being delivered`);
  await queueDeliveries(deps.env.WEBHOOK_DELIVERIES, [deliveryId], true);
  return getDelivery(deps, endpointId, deliveryId);
}

/**
 * Records a `webhook.test` event and a delivery of it to this endpoint only (other endpoints
 * matching `webhook.*` do not receive it), then queues it.
 */
export async function sendTestEvent(deps: WebhookDeps, endpointId: string) {
  const endpoint = await getWebhookRow(deps, endpointId);
  if (!endpoint.enabled) throw new AppError("conflict", `webhook ${endpointId} is disabled; enable it first`);
  const now = new Date().toISOString();
  const eventId = newId("evt");
  const deliveryId = newId("whd");
  const payload = { endpointId, message: "A test event from CommandCenter: if you can read this, the webhook works." };
  await deps.db.batch([
    deps.db.insert(events).values({
      id: eventId,
      projectId: deps.projectId,
      subject: "webhook.test",
      payload,
      correlationId: deps.actor.requestId,
      occurredAt: now,
    }),
    deps.db.insert(d).values({
      id: deliveryId,
      projectId: deps.projectId,
      endpointId,
      eventId,
      status: "pending",
      createdAt: now,
      updatedAt: now,
    }),
  ]);
  await queueDeliveries(deps.env.WEBHOOK_DELIVERIES, [deliveryId]);
  return { eventId, deliveryId };
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Counts by state, the delivery and attempt success rates and the p95 attempt duration, in SQL. */
export async function deliveryStats(deps: TenantDeps, endpointId: string) {
  await getWebhookRow(deps, endpointId);
  const mine = and(eq(d.projectId, deps.projectId), eq(d.endpointId, endpointId));
  const a = webhookAttempts;
  const attemptsOf = sql`${a.deliveryId} in (select ${d.id} from ${d} where ${mine})`;
  const ranked = deps.db
    .select({
      value: a.durationMs,
      rank: sql<number>`row_number() over (order by ${a.durationMs})`.as("rank"),
      n: sql<number>`count(*) over ()`.as("n"),
    })
    .from(a)
    .where(attemptsOf)
    .as("ranked");
  const [byStatus, totals, p95] = await deps.db.batch([
    deps.db.select({ key: d.status, n: count() }).from(d).where(mine).groupBy(d.status),
    deps.db
      .select({
        total: count(),
        succeeded: sql<number>`coalesce(sum(case when ${a.statusCode} between 200 and 299 then 1 else 0 end), 0)`,
        average: sql<number | null>`avg(${a.durationMs})`,
      })
      .from(a)
      .where(attemptsOf),
    deps.db
      .select({ value: ranked.value })
      .from(ranked)
      .where(sql`${ranked.rank} = cast((${ranked.n} - 1) * 0.95 as integer) + 1`),
  ]);
  const states = Object.fromEntries(byStatus.map((r) => [r.key, r.n]));
  const delivered = states.delivered ?? 0;
  const finished = delivered + (states.failed ?? 0) + (states.exhausted ?? 0);
  const t = totals[0] ?? { total: 0, succeeded: 0, average: null };
  return {
    deliveries: {
      total: byStatus.reduce((sum, r) => sum + r.n, 0),
      byStatus: states,
      successRate: ratio(delivered, finished),
    },
    attempts: {
      total: t.total,
      succeeded: t.succeeded,
      successRate: ratio(t.succeeded, t.total),
      durationMs: {
        average: t.average === null ? null : Math.round(t.average * 10) / 10,
        p95: p95[0]?.value ?? null,
      },
    },
  };
}
