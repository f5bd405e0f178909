import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook, deliver, emitEvent, fakeReceiver, type Received } from "./webhook-helpers";

let t: Tenant;
let rx: ReturnType<typeof fakeReceiver>;

beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});
beforeEach(() => {
  rx = fakeReceiver();
});
afterEach(() => rx.restore());

const verifies = (secret: string, req: Received | undefined) => {
  if (!req) throw new Error("nothing received");
  try {
    new Webhook(secret).verify(req.body, req.headers);
    return true;
  } catch {
    return false;
  }
};

const rotate = (id: string) =>
  expectStatus(api(t.write).webhooks[":id"]["rotate-secret"].$post({ param: { id } }), 200);

async function sendOne(subject: string) {
  const [d] = await emitEvent(t.projectId, subject);
  if (!d) throw new Error("no delivery row");
  await deliver(d.id);
  return rx.received.at(-1);
}

describe("secret rotation", () => {
  it("signs with both secrets for 24 hours, so the old and the new one verify", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["rotation.one"] });
    const rotated = await rotate(hook.id);
    expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(rotated.secret).not.toBe(hook.secret);
    const hours = (Date.parse(rotated.previousSecretExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    const req = await sendOne("rotation.one");
    expect(req?.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(verifies(rotated.secret, req)).toBe(true);
    expect(verifies(hook.secret, req)).toBe(true);
  });

  it("signs with the new secret only once the overlap has passed", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["rotation.two"] });
    const rotated = await rotate(hook.id);
    await env.DB.prepare("update webhook_endpoints set previous_secret_expires_at = ? where id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), hook.id)
      .run();
    const req = await sendOne("rotation.two");
    expect(req?.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(verifies(rotated.secret, req)).toBe(true);
    expect(verifies(hook.secret, req)).toBe(false);
  });

  it("shows the new secret only in the rotation answer and records the rotation without it", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["rotation.three"] });
    const rotated = await rotate(hook.id);
    const got = await expectStatus(api(t.read).webhooks[":id"].$get({ param: { id: hook.id } }), 200);
    expect(got).toMatchObject({ version: 2, previousSecretExpiresAt: rotated.previousSecretExpiresAt });
    const stored = await env.DB.prepare(
      "select group_concat(payload) as payloads from events where project_id = ? and subject = 'webhook.secret_rotated'",
    )
      .bind(t.projectId)
      .first<{ payloads: string }>();
    expect(stored?.payloads).toContain(hook.id);
    for (const text of [JSON.stringify(got), stored?.payloads ?? ""]) {
      expect(text).not.toContain(rotated.secret.slice(6));
      expect(text).not.toContain("ciphertext");
    }
  });

  it("refuses a read-only key", async () => {
    const hook = await createWebhook(t.write, { url: rx.url(), eventPatterns: ["rotation.four"] });
    await expectFailure(
      api(t.read).webhooks[":id"]["rotate-secret"].$post({ param: { id: hook.id } }),
      403,
      "forbidden",
    );
  });
});
