import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { createTenant, instanceAdmin } from "../helpers";
import { createWebhook, deliver, deliveryRow, emitEvent, eventually, fakeReceiver, runQueue } from "./webhook-helpers";

let admin: string;
let rx: ReturnType<typeof fakeReceiver>;

beforeAll(async () => {
  admin = await instanceAdmin();
});
beforeEach(() => {
  rx = fakeReceiver();
});
afterEach(() => rx.restore());

async function pendingDelivery(patterns = ["technology.*"]) {
  const t = await createTenant(admin);
  const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: patterns });
  const [d] = await emitEvent(t.projectId, "technology.created", { title: "Workers" });
  if (!d) throw new Error("no delivery row");
  return { t, hook, d };
}

const exhaustedEvents = (projectId: string) =>
  env.DB.prepare("select payload from events where project_id = ? and subject = 'webhook.delivery_exhausted'")
    .bind(projectId)
    .all<{ payload: string }>()
    .then((r) => r.results.map((e) => JSON.parse(e.payload) as Record<string, unknown>));

describe("dead-letter consumer", () => {
  it("marks a dead-lettered delivery exhausted and records webhook.delivery_exhausted", async () => {
    const { t, d } = await pendingDelivery();
    rx.replies.push({ status: 502 });
    await deliver(d.id);
    expect((await deliveryRow(d.id)).status).toBe("retrying");

    const result = await runQueue("webhook-deliveries-dlq", [{ deliveryId: d.id }]);
    expect(result.explicitAcks).toHaveLength(1);
    const row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "exhausted", next_attempt_at: null });
    expect(row.last_error).toContain("the queue gave up");
    expect(row.last_error).toContain("502");
    expect(await exhaustedEvents(t.projectId)).toEqual([
      expect.objectContaining({ deliveryId: d.id, eventId: d.eventId, subject: "technology.created", attempts: 1 }),
    ]);
  });

  it("leaves a delivery that already ended alone", async () => {
    const { t, d } = await pendingDelivery();
    await deliver(d.id);
    await runQueue("webhook-deliveries-dlq", [{ deliveryId: d.id }]);
    expect((await deliveryRow(d.id)).status).toBe("delivered");
    expect(await exhaustedEvents(t.projectId)).toEqual([]);
  });

  it("acknowledges a message for a delivery that no longer exists", async () => {
    const result = await runQueue("webhook-deliveries-dlq", [{ deliveryId: "whd_gone" }]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
  });
});

describe("Cron sweeper", () => {
  const sweep = async () => {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
  };

  it("re-queues a delivery left pending for over a minute, and the Queue delivers it", async () => {
    const { d } = await pendingDelivery();
    await env.DB.prepare("update webhook_deliveries set updated_at = ? where id = ?")
      .bind(new Date(Date.now() - 90_000).toISOString(), d.id)
      .run();
    await sweep();
    const row = await eventually(async () => {
      const r = await deliveryRow(d.id);
      return r.status === "delivered" ? r : null;
    });
    expect(row.attempts).toBe(1);
    expect(rx.received).toHaveLength(1);
  });

  it("leaves a fresh pending delivery to its own message", async () => {
    const { d } = await pendingDelivery();
    await sweep();
    expect(await deliveryRow(d.id)).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("re-queues a retry whose time has come, carrying delays longer than a Queue holds", async () => {
    const { d } = await pendingDelivery();
    rx.replies.push({ status: 500 });
    await deliver(d.id);
    await env.DB.prepare("update webhook_deliveries set next_attempt_at = ? where id = ?")
      .bind(new Date(Date.now() - 60_000).toISOString(), d.id)
      .run();
    await sweep();
    const row = await eventually(async () => {
      const r = await deliveryRow(d.id);
      return r.status === "delivered" ? r : null;
    });
    expect(row.attempts).toBe(2);
  });
});
