import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import {
  createWebhook,
  deliver,
  deliveryRow,
  emitEvent,
  eventually,
  fakeReceiver,
  type WebhookCreated,
} from "./webhook-helpers";

let t: Tenant;
const rx = fakeReceiver();
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});
afterAll(() => rx.restore());

const abort = { status: 400, headers: { "webhook-delivery": "abort-message" } };
const deliveredRow = (id: string) =>
  eventually(async () => {
    const row = await deliveryRow(id);
    return row.status === "delivered" ? row : null;
  });

const retry = (id: string, deliveryId: string) =>
  api(t.write).webhooks[":id"].deliveries[":deliveryId"].retry.$post({ param: { id, deliveryId } });

async function oneDelivery(hook: WebhookCreated, subject: string) {
  const [d] = (await emitEvent(t.projectId, subject)).filter((x) => x.endpointId === hook.id);
  if (!d) throw new Error("no delivery row");
  return d;
}

describe("delivery log", () => {
  it("lists an endpoint's deliveries newest first, filtered by status, and shows one with its attempts", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/log"), eventPatterns: ["log.*"] });
    const a = await oneDelivery(hook, "log.a");
    const b = await oneDelivery(hook, "log.b");
    const c = await oneDelivery(hook, "log.c");
    await deliver(a.id);
    rx.repliesFor("/log").push(abort);
    await deliver(b.id);

    const deliveries = api(t.read).webhooks[":id"].deliveries;
    const param = { id: hook.id };
    const page = await expectStatus(deliveries.$get({ param, query: { limit: 2 } }), 200);
    expect(page.total).toBe(3);
    expect(page.data.map((d) => d.id)).toEqual([c.id, b.id]);
    const failed = await expectStatus(deliveries.$get({ param, query: { status: "failed,exhausted" } }), 200);
    expect(failed.data).toEqual([expect.objectContaining({ id: b.id, subject: "log.b", status: "failed" })]);
    await expectFailure(deliveries.$get({ param, query: { status: "lost" } }), 400, "validation_failed");

    const detail = await expectStatus(deliveries[":deliveryId"].$get({ param: { ...param, deliveryId: b.id } }), 200);
    expect(detail).toMatchObject({
      id: b.id,
      status: "failed",
      lastStatusCode: 400,
      event: { id: b.eventId, subject: "log.b", payload: {} },
      attempts: [{ attempt: 1, statusCode: 400, error: "receiver answered 400" }],
    });
  });
});

describe("manual retry and recovery", () => {
  it("re-sends a failed delivery on request and the Queue delivers it", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/manual-1"), eventPatterns: ["manual.*"] });
    const d = await oneDelivery(hook, "manual.one");
    rx.repliesFor("/manual-1").push(abort);
    await deliver(d.id);
    await expectStatus(retry(hook.id, d.id), 202);
    const row = await deliveredRow(d.id);
    expect(row.attempts).toBe(2);
  });

  it("ends a failed manual re-send as failed, without a retry schedule", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/manual-2"), eventPatterns: ["manual.*"] });
    const d = await oneDelivery(hook, "manual.two");
    rx.repliesFor("/manual-2").push(abort, { status: 500 });
    await deliver(d.id);
    await expectStatus(retry(hook.id, d.id), 202);
    const row = await eventually(async () => {
      const r = await deliveryRow(d.id);
      return r.attempts === 2 && r.status !== "delivering" ? r : null;
    });
    expect(row).toMatchObject({ status: "failed", next_attempt_at: null });
    expect(row.last_error).toContain("manual re-send failed");
  });

  it("refuses to re-send a delivery that is already queued", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["manual.*"] });
    const d = await oneDelivery(hook, "manual.three");
    await expectFailure(retry(hook.id, d.id), 409, "conflict");
  });

  it("recovers every failed delivery since a time with a webhooks.recover job", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/recover"), eventPatterns: ["recover.*"] });
    const ds = [await oneDelivery(hook, "recover.a"), await oneDelivery(hook, "recover.b")];
    const old = await oneDelivery(hook, "recover.old");
    for (const d of [...ds, old]) {
      rx.repliesFor("/recover").push(abort);
      await deliver(d.id);
    }
    await env.DB.prepare("update webhook_deliveries set created_at = ? where id = ?")
      .bind(new Date(Date.now() - 2 * 86_400_000).toISOString(), old.id)
      .run();
    const since = new Date(Date.now() - 86_400_000).toISOString();
    const started = await expectStatus(
      api(t.write).webhooks[":id"].recover.$post({ param: { id: hook.id }, json: { since } }),
      202,
    );
    expect(started.type).toBe("webhooks.recover");
    await runDurableObjectAlarm(env.JOBS.get(env.JOBS.idFromName(started.id)));
    const job = await expectStatus(api(t.read).jobs[":id"].$get({ param: { id: started.id } }), 200);
    expect(job).toMatchObject({ status: "completed", progress: 100, result: { resent: 2 } });
    for (const d of ds) expect((await deliveredRow(d.id)).attempts).toBe(2);
    expect(await deliveryRow(old.id)).toMatchObject({ status: "failed", attempts: 1 });
  });
});

describe("test events and statistics", () => {
  it("sends webhook.test to the one endpoint asked, signed", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/test"), eventPatterns: ["webhook.test"] });
    const other = await createWebhook(t.write, { url: rx.url("/other"), eventPatterns: ["webhook.*"] });
    const sent = await expectStatus(api(t.write).webhooks[":id"].test.$post({ param: { id: hook.id } }), 202);
    await deliveredRow(sent.deliveryId);
    const fanout = await env.DB.prepare("select endpoint_id as e from webhook_deliveries where event_id = ?")
      .bind(sent.eventId)
      .all<{ e: string }>();
    expect(fanout.results.map((r) => r.e)).toEqual([hook.id]);
    expect(fanout.results.map((r) => r.e)).not.toContain(other.id);
    const req = rx.received.find((r) => r.headers["webhook-id"] === sent.eventId);
    if (!req) throw new Error("test event not received");
    expect(new Webhook(hook.secret).verify(req.body, req.headers)).toMatchObject({ subject: "webhook.test" });
  });

  it("refuses a test event for a disabled endpoint", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["never.*"], enabled: false });
    await expectFailure(api(t.write).webhooks[":id"].test.$post({ param: { id: hook.id } }), 409, "conflict");
  });

  it("counts deliveries by state with success rates and the p95 attempt duration", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/stats"), eventPatterns: ["stats.*"] });
    const ds = [];
    for (const s of ["a", "b", "c", "d"]) ds.push(await oneDelivery(hook, `stats.${s}`));
    await deliver(ds[0]?.id ?? "", ds[1]?.id ?? "");
    rx.repliesFor("/stats").push(abort);
    await deliver(ds[2]?.id ?? "");
    const stats = await expectStatus(api(t.read).webhooks[":id"].stats.$get({ param: { id: hook.id } }), 200);
    expect(stats.deliveries).toEqual({
      total: 4,
      byStatus: { delivered: 2, failed: 1, pending: 1 },
      successRate: 0.6667,
    });
    expect(stats.attempts).toMatchObject({ total: 3, succeeded: 2, successRate: 0.6667 });
    expect(stats.attempts.durationMs.p95).toEqual(expect.any(Number));
  });
});

describe("through the real Queue", () => {
  it("delivers a technology change, retrying a failed first attempt 5 s later", async () => {
    const hook = await createWebhook(t.write, { url: rx.url("/e2e"), eventPatterns: ["technology.created"] });
    rx.repliesFor("/e2e").push({ status: 503, body: "warming up" });
    const tech = await expectStatus(api(t.write).technologies.$post({ json: { title: "Queues" } }), 201);
    const [d] = (
      await env.DB.prepare("select id from webhook_deliveries where endpoint_id = ?")
        .bind(hook.id)
        .all<{ id: string }>()
    ).results;
    if (!d) throw new Error("no delivery row");
    const row = await eventually(async () => {
      const r = await deliveryRow(d.id);
      return r.status === "delivered" ? r : null;
    }, 15_000);
    expect(row.attempts).toBe(2);
    const bodies = rx.received.filter((r) => r.url.endsWith("/e2e"));
    expect(bodies).toHaveLength(2);
    const second = bodies[1];
    if (!second) throw new Error("no second attempt");
    expect(
      Number(second.headers["webhook-timestamp"]) - Number(bodies[0]?.headers["webhook-timestamp"]),
    ).toBeGreaterThanOrEqual(4);
    expect(new Webhook(hook.secret).verify(second.body, second.headers)).toMatchObject({
      subject: "technology.created",
      data: { id: tech.id, after: { title: "Queues" } },
    });
  }, 20_000);
});
