import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { InferRequestType } from "hono/client";
import { vi } from "vitest";
import { createDb } from "../../worker/db/client";
import type { DeliveryMessage } from "../../worker/features/webhooks/enqueue";
import worker from "../../worker/index";
import { eventStatements } from "../../worker/lib/events";
import { api, expectStatus } from "../client";

/** One request the fake receiver got. */
export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Reply = { status: number; body?: string; headers?: Record<string, string> } | "network-error";

/**
 * A webhook receiver on a made-up host: outbound fetches to it are answered from `replies` (then
 * 200) and recorded; every other fetch goes out as usual. Works because the consumer runs in the
 * test's isolate, whether called directly or by the local Queue.
 */
export function fakeReceiver(host = `hooks-${crypto.randomUUID().slice(0, 8)}.example.test`) {
  const received: Received[] = [];
  const replies: Reply[] = [];
  const byPath = new Map<string, Reply[]>();
  /** Replies for requests to one path only, used before the shared `replies`. */
  const repliesFor = (path: string): Reply[] => {
    const list = byPath.get(path) ?? [];
    byPath.set(path, list);
    return list;
  };
  const original = globalThis.fetch;
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const req = new Request(input, init);
    if (new URL(req.url).host !== host) return original(input, init);
    received.push({ url: req.url, headers: Object.fromEntries(req.headers), body: await req.text() });
    const reply = byPath.get(new URL(req.url).pathname)?.shift() ?? replies.shift() ?? { status: 200, body: "ok" };
    if (reply === "network-error") throw new TypeError("connection refused");
    return new Response(reply.body ?? "", { status: reply.status, headers: reply.headers });
  });
  /**
   * Waits until the local Queue has nothing left in flight for this host (deliveries `emitEvent`
   * made are the test's to drive, so they do not count), then puts the real fetch back.
   */
  const restore = async () => {
    await eventually(async () => {
      const busy = await env.DB.prepare(
        `select count(*) as n from webhook_deliveries d
          join webhook_endpoints e on e.id = d.endpoint_id join events v on v.id = d.event_id
          where e.url like ? and (d.status = 'delivering' or (d.status = 'pending' and v.correlation_id not like 'test-%'))`,
      )
        .bind(`https://${host}/%`)
        .first<{ n: number }>();
      return busy?.n === 0;
    }, 5000).catch(() => undefined);
    spy.mockRestore();
  };
  return { host, url: (path = "/hook") => `https://${host}${path}`, received, replies, repliesFor, restore };
}

type WebhookCreate = InferRequestType<ReturnType<typeof api>["webhooks"]["$post"]>["json"];

/** Registers an endpoint through the API and fails the test unless it answers 201. */
export const createWebhook = (key: string, json: WebhookCreate) => expectStatus(api(key).webhooks.$post({ json }), 201);

/** An endpoint as its creation answers it, secret included. */
export type WebhookCreated = Awaited<ReturnType<typeof createWebhook>>;

/**
 * Records an event the way every domain change does (event row plus `pending` deliveries in one
 * batch) without a request around it, so nothing queues it: the test drives the consumer itself.
 */
export async function emitEvent(projectId: string, subject: string, payload: Record<string, unknown> = {}) {
  const db = createDb(env.DB);
  const correlationId = `test-${crypto.randomUUID()}`;
  await db.batch(eventStatements(db, { projectId, subject, payload, correlationId }));
  const rows = await env.DB.prepare(
    "select d.id, d.endpoint_id as endpointId, e.id as eventId from webhook_deliveries d join events e on e.id = d.event_id where e.correlation_id = ?",
  )
    .bind(correlationId)
    .all<{ id: string; endpointId: string; eventId: string }>();
  return rows.results;
}

/**
 * Runs the Worker's queue handler on one batch, with the execution context the platform would
 * hand it, and returns what it acked and retried (read from that same context) with the batch's
 * message ids in order.
 */
export async function runQueue(queue: string, bodies: DeliveryMessage[]) {
  const batch = createMessageBatch<DeliveryMessage>(
    queue,
    bodies.map((body, i) => ({ id: `msg-${i}-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return { ...(await getQueueResult(batch, ctx)), ids: batch.messages.map((m) => m.id) };
}

export const deliver = (...ids: string[]) =>
  runQueue(
    "webhook-deliveries",
    ids.map((deliveryId) => ({ deliveryId })),
  );

export interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
}

/** The delivery row as stored. */
export async function deliveryRow(id: string): Promise<DeliveryRow> {
  const row = await env.DB.prepare("select * from webhook_deliveries where id = ?").bind(id).first<DeliveryRow>();
  if (!row) throw new Error(`no delivery ${id}`);
  return row;
}

/** Polls until `check` returns a value (a real Queue run is asynchronous); fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}
