import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { auditOf, call, createTenant, expectError, instanceAdmin, issuePaths, type Tenant } from "../helpers";
import { createWebhook, fakeReceiver } from "./webhook-helpers";

let t: Tenant;
/** Endpoints here receive the project's own events through the real Queue; keep them off the network. */
const rx = fakeReceiver();
const URL_OK = rx.url("/commandcenter");

beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});
afterAll(() => rx.restore());

describe("webhook endpoints", () => {
  it("creates an endpoint and shows its whsec_ secret in that answer only", async () => {
    const { body: created, headers } = await expectAnswer(
      api(t.write).webhooks.$post({
        json: { url: URL_OK, description: "CI", eventPatterns: ["analysis.*", "*.created"] },
      }),
      201,
    );
    expect(headers.get("location")).toBe(`/api/v1/webhooks/${created.id}`);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(created).toMatchObject({ url: URL_OK, kind: "standard", enabled: true, version: 1 });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(created.secret.slice(6))).toHaveLength(32);

    const one = await expectStatus(api(t.read).webhooks[":id"].$get({ param: { id: created.id } }), 200);
    const list = await expectStatus(api(t.read).webhooks.$get({ query: {} }), 200);
    expect(list.data.map((w) => w.id)).toContain(created.id);
    const audit = await auditOf(t.admin, created.id);
    const events = await env.DB.prepare(
      "select payload from events where project_id = ? and subject = 'webhook.created'",
    )
      .bind(t.projectId)
      .all();
    const stored = await env.DB.prepare("select secret_ciphertext as c from webhook_endpoints where id = ?")
      .bind(created.id)
      .first<{ c: string }>();
    expect(stored?.c).toMatch(/^v1:/);
    const key = created.secret.slice(6);
    for (const shown of [one, list, audit, events.results, stored]) {
      const text = JSON.stringify(shown);
      expect(text).not.toContain(key);
      expect(text).not.toContain('secret"');
      if (shown !== stored) expect(text).not.toContain("Ciphertext");
    }
  });

  it("defaults to every event and de-duplicates patterns", async () => {
    const all = await createWebhook(t.write, { url: URL_OK });
    expect(all.eventPatterns).toEqual(["*"]);
    const dup = await createWebhook(t.write, { url: URL_OK, eventPatterns: ["job.*", "job.*"] });
    expect(dup.eventPatterns).toEqual(["job.*"]);
  });

  it("refuses malformed patterns and URLs, naming each field", async () => {
    for (const [json, path] of [
      [{ url: URL_OK, eventPatterns: ["Technology.*"] }, "eventPatterns.0"],
      [{ url: URL_OK, eventPatterns: ["tech?"] }, "eventPatterns.0"],
      [{ url: URL_OK, eventPatterns: [] }, "eventPatterns"],
      [{ url: "ftp://example.com/x" }, "url"],
      [{ url: "https://user:pw@example.com/x" }, "url"],
      [{ url: "not a url" }, "url"],
    ] satisfies [Parameters<typeof createWebhook>[1], string][]) {
      const body = await expectFailure(api(t.write).webhooks.$post({ json }), 400, "validation_failed");
      expect(issuePaths(body)).toContain(path);
    }
  });

  it("refuses an unknown kind and an unknown field (mistyped bodies, sent raw), naming each field", async () => {
    for (const [body, path] of [
      [{ url: URL_OK, kind: "teams" }, "kind"],
      [{ url: URL_OK, secret: "whsec_mine" }, "secret"],
    ] as const) {
      const res = await call("POST", "/api/v1/webhooks", { key: t.write, body });
      expectError(res, 400, "validation_failed");
      expect(issuePaths(res.body)).toContain(path);
    }
  });

  it("allows a loopback receiver on the local server (ALLOW_PRIVATE_WEBHOOK_TARGETS=true)", async () => {
    expect(env.ALLOW_PRIVATE_WEBHOOK_TARGETS).toBe("true");
    const hook = await createWebhook(t.write, { url: "http://127.0.0.1:9000/hook", eventPatterns: ["nothing.sent"] });
    expect(hook.url).toBe("http://127.0.0.1:9000/hook");
  });

  it("updates patterns with optimistic concurrency and re-enabling clears the disabled reason", async () => {
    const hook = await createWebhook(t.write, { url: URL_OK, eventPatterns: ["job.*"] });
    await env.DB.prepare(
      "update webhook_endpoints set enabled = 0, disabled_reason = 'every delivery failed for 5 days', failing_since = '2020-01-01T00:00:00.000Z' where id = ?",
    )
      .bind(hook.id)
      .run();
    const webhook = api(t.write).webhooks[":id"];
    const param = { id: hook.id };
    await expectFailure(
      webhook.$patch({ param, json: { enabled: true } }, { headers: { "if-match": '"7"' } }),
      409,
      "conflict",
    );
    const { body, headers } = await expectAnswer(
      webhook.$patch({ param, json: { enabled: true, eventPatterns: ["job.completed"], version: 1 } }),
      200,
    );
    expect(body).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
      eventPatterns: ["job.completed"],
      version: 2,
    });
    expect(headers.get("etag")).toBe('"2"');
  });

  it("refuses an update to a URL with credentials", async () => {
    const hook = await createWebhook(t.write, { url: URL_OK });
    await expectFailure(
      api(t.write).webhooks[":id"].$patch({ param: { id: hook.id }, json: { url: "https://a:b@example.com" } }),
      400,
      "validation_failed",
    );
  });

  it("deletes an endpoint with its deliveries", async () => {
    const hook = await createWebhook(t.write, { url: URL_OK, eventPatterns: ["technology.*"] });
    await expectStatus(api(t.write).technologies.$post({ json: { title: "Deleted hook tech" } }), 201);
    await expectStatus(api(t.write).webhooks[":id"].$delete({ param: { id: hook.id } }), 204);
    await expectFailure(api(t.read).webhooks[":id"].$get({ param: { id: hook.id } }), 404, "not_found");
    const left = await env.DB.prepare("select count(*) as n from webhook_deliveries where endpoint_id = ?")
      .bind(hook.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("needs the write scope to create and the read scope to list", async () => {
    await expectFailure(api(t.read).webhooks.$post({ json: { url: URL_OK } }), 403, "forbidden");
    await expectFailure(api().webhooks.$get({ query: {} }), 401, "unauthorized");
  });
});
