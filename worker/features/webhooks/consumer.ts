import { and, eq, notInArray, sql } from "drizzle-orm";
import { createDb } from "../../db/client";
import { events, webhookDeliveries } from "../../db/schema";
import { type Disposition, deliverBatch } from "./deliver";
import { type DeliveryMessage, enqueueDeliveries } from "./enqueue";
import { type DeliveryFacts, exhaustedEvent } from "./outcome";

export const DELIVERY_QUEUE = "webhook-deliveries";
export const DEAD_LETTER_QUEUE = "webhook-deliveries-dlq";

const FINAL = ["delivered", "failed", "exhausted"] as const;
const d = webhookDeliveries;
const iso = (ms: number) => new Date(ms).toISOString();

function parseMessage(body: unknown): DeliveryMessage | null {
  if (typeof body !== "object" || body === null) return null;
  const { deliveryId, once } = body as Record<string, unknown>;
  return typeof deliveryId === "string" ? { deliveryId, once: once === true } : null;
}

/** Makes one attempt of one delivery (see `deliverBatch`); returns the Queue delay for a retry, if any. */
export async function attemptDelivery(env: Env, message: DeliveryMessage, fetcher: typeof fetch): Promise<Disposition> {
  return (await deliverBatch(env, [message], fetcher)).get(message.deliveryId) ?? {};
}

/**
 * Marks a delivery the Queue gave up on `exhausted` and records `webhook.delivery_exhausted`;
 * a delivery that already ended is left as it is. Returns whether it changed anything.
 */
export async function exhaustDelivery(env: Env, id: string, reason: string): Promise<boolean> {
  const db = createDb(env.DB);
  const [row] = await db
    .select({
      id: d.id,
      projectId: d.projectId,
      endpointId: d.endpointId,
      eventId: d.eventId,
      attempts: d.attempts,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      status: d.status,
      subject: events.subject,
    })
    .from(d)
    .innerJoin(events, eq(events.id, d.eventId))
    .where(eq(d.id, id));
  if (!row || (FINAL as readonly string[]).includes(row.status)) return false;
  const facts: DeliveryFacts = { ...row, lastError: row.lastError ? `${reason}; last: ${row.lastError}` : reason };
  await db.batch([
    db
      .update(d)
      .set({ status: "exhausted", lastError: facts.lastError, nextAttemptAt: null, updatedAt: iso(Date.now()) })
      .where(and(eq(d.id, id), notInArray(d.status, [...FINAL]))),
    ...exhaustedEvent(db, facts, row.subject, sql`changes() = 1`),
  ]);
  await enqueueDeliveries(env, { correlationId: id, projectId: row.projectId });
  return true;
}

/**
 * The Queue consumer for both webhook queues. A delivery batch is attempted as one (see
 * `deliverBatch`); if that throws, every message is retried by the Queue (and dead-lettered after
 * `max_retries`). `fetcher` is the outbound fetch, replaceable in tests.
 *
 * A failed attempt's next try is a new message sent with the schedule's delay, and the current
 * message is acknowledged, rather than `msg.retry({ delaySeconds })`. Both wait the same on
 * Cloudflare (the attempt count lives in D1, not in `msg.attempts`), but the local Queue broker
 * logs every retried message to the dev server one at a time before it dispatches the next batch,
 * which under load cut local delivery throughput to a third and left delayed retries waiting
 * until the backlog refilled a batch. If the send fails, the sweeper re-sends once the retry is due.
 */
export async function handleWebhookQueue(batch: MessageBatch, env: Env, fetcher: typeof fetch = fetch): Promise<void> {
  const valid: { msg: Message; body: DeliveryMessage }[] = [];
  for (const msg of batch.messages) {
    const body = parseMessage(msg.body);
    if (body) valid.push({ msg, body });
    else {
      console.error(
        JSON.stringify({ level: "error", msg: "malformed webhook message", queue: batch.queue, id: msg.id }),
      );
      msg.ack();
    }
  }
  if (batch.queue === DEAD_LETTER_QUEUE) {
    for (const { msg, body } of valid) {
      try {
        await exhaustDelivery(env, body.deliveryId, "the queue gave up after repeated consumer failures");
        msg.ack();
      } catch (err) {
        console.error(
          JSON.stringify({ level: "error", msg: "dead letter failed", id: body.deliveryId, error: String(err) }),
        );
        msg.retry();
      }
    }
    return;
  }
  let dispositions: Map<string, Disposition>;
  try {
    dispositions = await deliverBatch(
      env,
      valid.map((v) => v.body),
      fetcher,
    );
  } catch (err) {
    console.error(
      JSON.stringify({ level: "error", msg: "webhook batch failed", size: valid.length, error: String(err) }),
    );
    for (const { msg } of valid) msg.retry();
    return;
  }
  const later: MessageSendRequest<DeliveryMessage>[] = [];
  for (const [deliveryId, { retryDelaySeconds }] of dispositions) {
    if (retryDelaySeconds !== undefined) later.push({ body: { deliveryId }, delaySeconds: retryDelaySeconds });
  }
  if (later.length) {
    await env.WEBHOOK_DELIVERIES.sendBatch(later).catch((err: unknown) => {
      console.error(
        JSON.stringify({ level: "error", msg: "webhook retry send failed", count: later.length, error: String(err) }),
      );
    });
  }
  for (const { msg } of valid) msg.ack();
}
