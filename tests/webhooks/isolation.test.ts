import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook, deliver, emitEvent, fakeReceiver, type WebhookCreated } from "./webhook-helpers";

let a: Tenant;
let b: Tenant;
let hookA: WebhookCreated;
let hookB: WebhookCreated;
let deliveryA: string;
const rx = fakeReceiver();

beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
  hookA = await createWebhook(a.write, { url: rx.url("/a"), eventPatterns: ["iso.*"] });
  hookB = await createWebhook(b.write, { url: rx.url("/b"), eventPatterns: ["iso.*"] });
  const [d] = await emitEvent(a.projectId, "iso.created");
  if (!d) throw new Error("no delivery row");
  deliveryA = d.id;
  rx.repliesFor("/a").push({ status: 400, headers: { "webhook-delivery": "abort-message" } });
  await deliver(deliveryA);
});
afterAll(() => rx.restore());

describe("webhook isolation between projects", () => {
  it("answers 404 for another project's endpoint on every path", async () => {
    const reader = api(b.read).webhooks[":id"];
    const writer = api(b.write).webhooks[":id"];
    const param = { id: hookA.id };
    const delivery = { ...param, deliveryId: deliveryA };
    const attempts = [
      () => reader.$get({ param }),
      () => writer.$patch({ param, json: { description: "mine now" } }),
      () => writer.$delete({ param }),
      () => writer["rotate-secret"].$post({ param }),
      () => reader.deliveries.$get({ param, query: {} }),
      () => reader.deliveries[":deliveryId"].$get({ param: delivery }),
      () => writer.deliveries[":deliveryId"].retry.$post({ param: delivery }),
      () => writer.recover.$post({ param, json: { since: "2020-01-01T00:00:00Z" } }),
      () => writer.test.$post({ param }),
      () => reader.stats.$get({ param }),
    ];
    for (const attempt of attempts) await expectFailure(attempt(), 404, "not_found");
    const stored = await env.DB.prepare("select version, description from webhook_endpoints where id = ?")
      .bind(hookA.id)
      .first();
    expect(stored).toEqual({ version: 1, description: "" });
  });

  it("answers 404 for another project's delivery under one's own endpoint", async () => {
    const param = { id: hookB.id, deliveryId: deliveryA };
    await expectFailure(api(b.read).webhooks[":id"].deliveries[":deliveryId"].$get({ param }), 404, "not_found");
    await expectFailure(
      api(b.write).webhooks[":id"].deliveries[":deliveryId"].retry.$post({ param }),
      404,
      "not_found",
    );
    const status = await env.DB.prepare("select status from webhook_deliveries where id = ?").bind(deliveryA).first();
    expect(status).toEqual({ status: "failed" });
  });

  it("lists only the project's own endpoints and deliveries", async () => {
    const list = await expectStatus(api(b.read).webhooks.$get({ query: {} }), 200);
    expect(list.data.map((w) => w.id)).toEqual([hookB.id]);
    const deliveries = await expectStatus(
      api(b.read).webhooks[":id"].deliveries.$get({ param: { id: hookB.id }, query: {} }),
      200,
    );
    expect(deliveries.total).toBe(0);
  });

  it("never fans one project's events out to another project's endpoint", async () => {
    const fanout = await emitEvent(b.projectId, "iso.created");
    expect(fanout.map((d) => d.endpointId)).toEqual([hookB.id]);
  });
});
