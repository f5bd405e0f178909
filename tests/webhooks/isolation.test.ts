import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTenant, expectError, instanceAdmin, type Page, type Tenant } from "../helpers";
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
    const base = `/api/v1/webhooks/${hookA.id}`;
    const attempts: [string, string, unknown?][] = [
      ["GET", base],
      ["PATCH", base, { description: "mine now" }],
      ["DELETE", base],
      ["POST", `${base}/rotate-secret`],
      ["GET", `${base}/deliveries`],
      ["GET", `${base}/deliveries/${deliveryA}`],
      ["POST", `${base}/deliveries/${deliveryA}/retry`],
      ["POST", `${base}/recover`, { since: "2020-01-01T00:00:00Z" }],
      ["POST", `${base}/test`],
      ["GET", `${base}/stats`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await call(method, path, { key: method === "GET" ? b.read : b.write, body });
      expectError(res, 404, "not_found");
    }
    const stored = await env.DB.prepare("select version, description from webhook_endpoints where id = ?")
      .bind(hookA.id)
      .first();
    expect(stored).toEqual({ version: 1, description: "" });
  });

  it("answers 404 for another project's delivery under one's own endpoint", async () => {
    const base = `/api/v1/webhooks/${hookB.id}/deliveries/${deliveryA}`;
    expectError(await call("GET", base, { key: b.read }), 404, "not_found");
    expectError(await call("POST", `${base}/retry`, { key: b.write }), 404, "not_found");
    const status = await env.DB.prepare("select status from webhook_deliveries where id = ?").bind(deliveryA).first();
    expect(status).toEqual({ status: "failed" });
  });

  it("lists only the project's own endpoints and deliveries", async () => {
    const list = await call<Page>("GET", "/api/v1/webhooks", { key: b.read });
    expect(list.body.data.map((w) => w.id)).toEqual([hookB.id]);
    const deliveries = await call<Page>("GET", `/api/v1/webhooks/${hookB.id}/deliveries`, { key: b.read });
    expect(deliveries.body.total).toBe(0);
  });

  it("never fans one project's events out to another project's endpoint", async () => {
    const fanout = await emitEvent(b.projectId, "iso.created");
    expect(fanout.map((d) => d.endpointId)).toEqual([hookB.id]);
  });
});
