import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DeliveryMessage } from "../../worker/features/webhooks/enqueue";
import { call, createTenant, instanceAdmin } from "../helpers";
import { createWebhook, deliver, deliveryRow, emitEvent, fakeReceiver, runQueue } from "./webhook-helpers";

let admin: string;
let rx: ReturnType<typeof fakeReceiver>;

beforeAll(async () => {
  admin = await instanceAdmin();
});
beforeEach(() => {
  rx = fakeReceiver();
});
afterEach(() => rx.restore());

/** A fresh project with one endpoint at the fake receiver, so events fan out to nothing else. */
async function endpoint(body: Record<string, unknown> = {}) {
  const t = await createTenant(admin);
  const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["technology.*"], ...body });
  return { t, hook };
}

/**
 * Runs the queue handler on one batch and reports, per message, whether it was acked, and the delayed message it sent for the next attempt (`resentAfter`, in seconds), which is
 * recorded instead of sent.
 */
async function deliverAllRecorded(...deliveryIds: string[]) {
  const queue = env.WEBHOOK_DELIVERIES;
  const original = queue.sendBatch.bind(queue);
  const delayed: MessageSendRequest<DeliveryMessage>[] = [];
  const spy = vi.spyOn(queue, "sendBatch").mockImplementation(async (sent, options) => {
    const list = [...sent] as MessageSendRequest<DeliveryMessage>[];
    delayed.push(...list.filter((m) => m.delaySeconds));
    const now = list.filter((m) => !m.delaySeconds);
    return now.length ? original(now, options) : { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
  });
  try {
    const result = await runQueue(
      "webhook-deliveries",
      deliveryIds.map((deliveryId) => ({ deliveryId })),
    );
    return deliveryIds.map((deliveryId, i) => {
      const id = result.ids[i] ?? "";
      return {
        acked: result.explicitAcks.includes(id) || result.ackAll,
        resentAfter: delayed.find((d) => d.body.deliveryId === deliveryId)?.delaySeconds,
      };
    });
  } finally {
    spy.mockRestore();
  }
}

async function deliverRecorded(deliveryId: string) {
  const [message] = await deliverAllRecorded(deliveryId);
  if (!message) throw new Error("no message");
  return message;
}

const secondsUntil = (iso: string | null) => (iso ? (Date.parse(iso) - Date.now()) / 1000 : Number.NaN);
const makeDue = (id: string) =>
  env.DB.prepare("update webhook_deliveries set next_attempt_at = ? where id = ?")
    .bind(new Date(Date.now() - 1000).toISOString(), id)
    .run();

describe("webhook consumer: delivery", () => {
  it("POSTs the event with Standard Webhooks headers that the standardwebhooks package verifies", async () => {
    const { t, hook } = await endpoint();
    const [d] = await emitEvent(t.projectId, "technology.created", { id: "tech_x", title: "Hono" });
    if (!d) throw new Error("no delivery row");
    const result = await deliver(d.id);
    expect(result.explicitAcks).toHaveLength(1);
    expect(rx.received).toHaveLength(1);
    const req = rx.received[0];
    if (!req) throw new Error("nothing received");
    expect(req.headers["webhook-id"]).toBe(d.eventId);
    expect(Number(req.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -1);
    expect(req.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Webhook(hook.secret).verify(req.body, req.headers);
    expect(verified).toMatchObject({
      id: d.eventId,
      subject: "technology.created",
      projectId: t.projectId,
      data: { id: "tech_x", title: "Hono" },
    });
    expect(() => new Webhook(hook.secret).verify(req.body.replace("Hono", "Hana"), req.headers)).toThrow();
    const row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 1, last_status_code: 200, last_error: null });
    expect(row.delivered_at).not.toBeNull();
  });

  it("sends a Slack endpoint a Slack message without signature headers", async () => {
    const { t } = await endpoint({ kind: "slack" });
    const [d] = await emitEvent(t.projectId, "technology.updated", {
      id: "tech_y",
      before: { title: "Old", status: "research" },
      after: { title: "New", status: "trial" },
    });
    if (!d) throw new Error("no delivery row");
    await deliver(d.id);
    const req = rx.received[0];
    expect(req?.headers["webhook-signature"]).toBeUndefined();
    const body = JSON.parse(req?.body ?? "{}");
    expect(body.text).toBe("technology.updated: New");
    expect(body.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*technology.updated* New" } });
    expect(JSON.stringify(body.blocks)).toContain("`status`: research → trial");
  });

  it("attempts a delivery once even when its message arrives twice", async () => {
    const { t } = await endpoint();
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    await deliver(d.id, d.id);
    await deliver(d.id);
    expect(rx.received).toHaveLength(1);
    expect((await deliveryRow(d.id)).attempts).toBe(1);
  });
});

describe("webhook consumer: batches", () => {
  it("settles each message of a batch by its own outcome", async () => {
    const { t } = await endpoint();
    const ids = [];
    for (const path of ["/ok", "/retry", "/abort"]) {
      const hook = await createWebhook(t.write, { url: rx.url(path), eventPatterns: [`batch${path.slice(1)}.*`] });
      const [d] = await emitEvent(t.projectId, `batch${path.slice(1)}.created`);
      if (!d || d.endpointId !== hook.id) throw new Error("no delivery row");
      ids.push(d.id);
    }
    rx.repliesFor("/retry").push({ status: 502 });
    rx.repliesFor("/abort").push({ status: 409, headers: { "webhook-delivery": "abort-message" } });
    const [ok, retry, abort] = await deliverAllRecorded(...ids);
    expect(ok?.acked).toBe(true);
    expect(retry?.resentAfter).toBe(5);
    expect(retry?.acked).toBe(true);
    expect(abort?.acked).toBe(true);
    expect([ok?.resentAfter, abort?.resentAfter]).toEqual([undefined, undefined]);
    const states = await Promise.all(ids.map(async (id) => (await deliveryRow(id)).status));
    expect(states).toEqual(["delivered", "retrying", "failed"]);
  });
});

describe("webhook consumer: retries", () => {
  it("retries a failed attempt after 5 s, then 5 min, logging each attempt with its truncated answer", async () => {
    const { t, hook } = await endpoint();
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    rx.replies.push({ status: 500, body: "x".repeat(10_000) }, { status: 503, body: "busy" });

    const first = await deliverRecorded(d.id);
    expect(first.resentAfter).toBe(5);
    expect(first.acked).toBe(true);
    let row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "retrying", attempts: 1, last_status_code: 500 });
    expect(secondsUntil(row.next_attempt_at)).toBeGreaterThan(3);
    expect(secondsUntil(row.next_attempt_at)).toBeLessThanOrEqual(5);

    const early = await deliverRecorded(d.id);
    expect(early.acked).toBe(true);
    expect(early.resentAfter).toBeUndefined();
    expect(rx.received).toHaveLength(1);

    await makeDue(d.id);
    const second = await deliverRecorded(d.id);
    expect(second.resentAfter).toBe(300);
    row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "retrying", attempts: 2, last_status_code: 503 });
    expect(secondsUntil(row.next_attempt_at)).toBeGreaterThan(290);

    const detail = await call<{
      attempts: { attempt: number; statusCode: number; responseBody: string; durationMs: number }[];
    }>("GET", `/api/v1/webhooks/${hook.id}/deliveries/${d.id}`, { key: t.read });
    expect(detail.body.attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 503],
    ]);
    expect(detail.body.attempts[0]?.responseBody).toHaveLength(4096);
    expect(detail.body.attempts[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("records a network failure as an attempt without a status code and retries it", async () => {
    const { t } = await endpoint();
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    rx.replies.push("network-error");
    const msg = await deliverRecorded(d.id);
    expect(msg.resentAfter).toBe(5);
    const row = await deliveryRow(d.id);
    expect(row.status).toBe("retrying");
    expect(row.last_status_code).toBeNull();
    expect(row.last_error).toContain("connection refused");
  });

  it("stops retrying when the receiver answers webhook-delivery: abort-message", async () => {
    const { t } = await endpoint();
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    rx.replies.push({ status: 410, headers: { "webhook-delivery": "abort-message" } });
    const msg = await deliverRecorded(d.id);
    expect(msg.acked).toBe(true);
    expect(msg.resentAfter).toBeUndefined();
    const row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "failed", last_status_code: 410 });
    expect(row.last_error).toContain("abort-message");
  });

  it("marks the delivery exhausted after the eighth attempt and records webhook.delivery_exhausted", async () => {
    const { t } = await endpoint({ eventPatterns: ["technology.*", "webhook.delivery_exhausted"] });
    const watcher = await createWebhook(t.write, { url: rx.url("/watcher"), eventPatterns: ["webhook.delivery_*"] });
    const [d] = (await emitEvent(t.projectId, "technology.created")).filter((x) => x.endpointId !== watcher.id);
    if (!d) throw new Error("no delivery row");
    await env.DB.prepare(
      "update webhook_deliveries set status = 'retrying', attempts = 7, next_attempt_at = ? where id = ?",
    )
      .bind(new Date(Date.now() - 1000).toISOString(), d.id)
      .run();
    rx.replies.push({ status: 500 });
    const msg = await deliverRecorded(d.id);
    expect(msg.acked).toBe(true);
    expect(await deliveryRow(d.id)).toMatchObject({ status: "exhausted", attempts: 8, next_attempt_at: null });
    const events = await env.DB.prepare(
      "select id, payload from events where project_id = ? and subject = 'webhook.delivery_exhausted'",
    )
      .bind(t.projectId)
      .all<{ id: string; payload: string }>();
    expect(events.results).toHaveLength(1);
    expect(JSON.parse(events.results[0]?.payload ?? "{}")).toMatchObject({ deliveryId: d.id, attempts: 8 });
    const fanout = await env.DB.prepare("select endpoint_id as endpointId from webhook_deliveries where event_id = ?")
      .bind(events.results[0]?.id)
      .all<{ endpointId: string }>();
    expect(fanout.results.map((r) => r.endpointId)).toEqual([watcher.id]);
  });
});

describe("webhook consumer: failing endpoints", () => {
  const failingFor = (endpointId: string, days: number) =>
    env.DB.prepare("update webhook_endpoints set failing_since = ? where id = ?")
      .bind(new Date(Date.now() - days * 86_400_000).toISOString(), endpointId)
      .run();

  it("disables an endpoint whose deliveries all failed for 5 days and says why", async () => {
    const { t, hook } = await endpoint();
    await failingFor(hook.id, 5.1);
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    rx.replies.push({ status: 500 });
    await deliver(d.id);
    const res = await call<{ enabled: boolean; disabledReason: string }>("GET", `/api/v1/webhooks/${hook.id}`, {
      key: t.read,
    });
    expect(res.body.enabled).toBe(false);
    expect(res.body.disabledReason).toContain("failed for 5 days");

    const [next] = await emitEvent(t.projectId, "technology.updated");
    expect(next).toBeUndefined();
    const retried = await deliveryRow(d.id);
    await makeDue(retried.id);
    await deliver(d.id);
    expect(await deliveryRow(d.id)).toMatchObject({ status: "failed" });
    expect(rx.received).toHaveLength(1);
  });

  it("keeps an endpoint failing for less than 5 days enabled, and a success ends the streak", async () => {
    const { t, hook } = await endpoint();
    await failingFor(hook.id, 4.9);
    const [d] = await emitEvent(t.projectId, "technology.created");
    if (!d) throw new Error("no delivery row");
    rx.replies.push({ status: 500 });
    await deliver(d.id);
    let stored = await env.DB.prepare("select enabled, failing_since from webhook_endpoints where id = ?")
      .bind(hook.id)
      .first<{ enabled: number; failing_since: string | null }>();
    expect(stored).toMatchObject({ enabled: 1 });
    expect(stored?.failing_since).not.toBeNull();
    await makeDue(d.id);
    await deliver(d.id);
    stored = await env.DB.prepare("select enabled, failing_since from webhook_endpoints where id = ?")
      .bind(hook.id)
      .first();
    expect(stored).toMatchObject({ enabled: 1, failing_since: null });
  });
});
