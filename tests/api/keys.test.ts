import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { auditOf, call, createTenant, expectError, instanceAdmin, issuePaths, type Tenant } from "../helpers";

const admin = await instanceAdmin();

type KeyCreate = InferRequestType<ReturnType<typeof api>["keys"]["$post"]>["json"];

const mint = (key: string, json: KeyCreate) => expectStatus(api(key).keys.$post({ json }), 201);
const keys = (key: string) => api(key).keys;

const KEY_FIELDS = [
  "createdAt",
  "id",
  "lastUsedAt",
  "name",
  "ownerId",
  "plan",
  "prefix",
  "projectId",
  "revokedAt",
  "scopes",
];

describe("API keys: creating", () => {
  it("answers 201 with the key and its secret once, marked no-store", async () => {
    const t = await createTenant(admin);
    const { body, headers } = await expectAnswer(
      keys(admin).$post({ json: { name: "ci", scopes: ["read", "write"], projectId: t.projectId } }),
      201,
    );
    expect(headers.get("cache-control")).toBe("no-store");
    expect(Object.keys(body).sort()).toEqual(["key", "secret"]);
    expect(Object.keys(body.key).sort()).toEqual(KEY_FIELDS);
    expect(body.key).toMatchObject({
      projectId: t.projectId,
      name: "ci",
      scopes: ["read", "write"],
      revokedAt: null,
    });
    expect(body.secret).toMatch(/^cc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(body.secret.startsWith(`${body.key.prefix}_`)).toBe(true);
  });

  it("issues a secret that works at once, within its project and scopes", async () => {
    const t = await createTenant(admin);
    const { secret } = await mint(admin, { name: "reader", scopes: ["read"], projectId: t.projectId });
    await expectStatus(api(secret).technologies.$get({ query: {} }), 200);
    await expectFailure(api(secret).technologies.$post({ json: { title: "x" } }), 403, "forbidden");
  });

  it("removes duplicate scopes", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(admin, { name: "dupes", scopes: ["read", "read", "write"], projectId: t.projectId });
    expect(key.scopes).toEqual(["read", "write"]);
  });

  it("creates an instance-wide key for an instance admin", async () => {
    const { key, secret } = await mint(admin, { name: "ops", scopes: ["read"], projectId: null });
    expect(key.projectId).toBeNull();
    await expectStatus(api(secret).projects.$get({ query: {} }), 200);
  });

  it("binds a key made by a project admin key to that project when projectId is left out", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "child", scopes: ["read"] });
    expect(key.projectId).toBe(t.projectId);
  });

  it("answers 404 when a project admin key asks for a key in another project, and creates nothing", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    await expectFailure(
      keys(t.admin).$post({ json: { name: "cross", scopes: ["admin"], projectId: other.projectId } }),
      404,
      "not_found",
    );
    const theirs = await expectStatus(keys(admin).$get({ query: { projectId: other.projectId } }), 200);
    expect(theirs.data.map((k) => k.name)).not.toContain("cross");
  });

  it("answers 404 for a project that does not exist", async () => {
    await expectFailure(
      keys(admin).$post({ json: { name: "orphan", scopes: ["read"], projectId: "prj_missing" } }),
      404,
      "not_found",
    );
  });

  it("answers 400 naming scopes for an empty scope list", async () => {
    const body = await expectFailure(keys(admin).$post({ json: { name: "x", scopes: [] } }), 400, "validation_failed");
    expect(issuePaths(body)).toEqual(["scopes"]);
  });

  it.each([
    [{ scopes: ["read"] }, "name"],
    [{ name: "x", scopes: ["root"] }, "scopes.0"],
    [{ name: "x", scopes: ["read"], secret: "mine" }, "secret"],
  ])("answers 400 naming the missing, unknown or mistyped field of %j (sent raw)", async (body, field) => {
    const res = await call("POST", "/api/v1/keys", { key: admin, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });
});

describe("API keys: reading never shows a secret", () => {
  it("lists keys without secret or hash", async () => {
    const t = await createTenant(admin);
    const { secret } = await mint(admin, { name: "listed", scopes: ["read"], projectId: t.projectId });
    const page = await expectStatus(keys(admin).$get({ query: { projectId: t.projectId } }), 200);
    expect(page.total).toBe(4);
    for (const row of page.data) expect(Object.keys(row).sort()).toEqual([...KEY_FIELDS, "owner"].sort());
    expect(JSON.stringify(page)).not.toContain(secret);
    expect(JSON.stringify(page)).not.toContain(secret.slice(12));
  });

  it("gets one key without secret or hash", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(admin, { name: "single", scopes: ["admin"], projectId: t.projectId });
    const read = await expectStatus(keys(t.admin)[":id"].$get({ param: { id: key.id } }), 200);
    expect(read).toEqual(key);
    expect(JSON.stringify(read)).not.toContain(secret.slice(12));
  });

  it("keeps the secret out of the audit log", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(t.admin, { name: "audited", scopes: ["read"] });
    const rows = await auditOf(t.admin, key.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "create", entity: "api_key", after: { name: "audited" } });
    expect(rows[0]?.after).not.toHaveProperty("secretHash");
    expect(JSON.stringify(rows)).not.toContain(secret.slice(12));
  });

  it("lets a project admin key list only its own project's keys", async () => {
    const t: Tenant = await createTenant(admin);
    const page = await expectStatus(keys(t.admin).$get({ query: {} }), 200);
    expect(page.total).toBe(3);
    expect(new Set(page.data.map((k) => k.projectId))).toEqual(new Set([t.projectId]));
  });

  it("answers 404 for a key id that does not exist", async () => {
    const param = { id: "key_missing" };
    await expectFailure(keys(admin)[":id"].$get({ param }), 404, "not_found");
    await expectFailure(keys(admin)[":id"].revoke.$post({ param }), 404, "not_found");
  });
});

describe("API keys: revoking", () => {
  it("revokes a key at once and hides it from lists unless revoked keys are asked for", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(t.admin, { name: "to revoke", scopes: ["read"] });
    const revoked = await expectStatus(keys(t.admin)[":id"].revoke.$post({ param: { id: key.id } }), 200);
    expect(revoked.revokedAt).toEqual(expect.any(String));
    await expectFailure(api(secret).technologies.$get({ query: {} }), 401, "unauthorized");
    const active = await expectStatus(keys(t.admin).$get({ query: {} }), 200);
    expect(active.data.map((k) => k.id)).not.toContain(key.id);
    const all = await expectStatus(keys(t.admin).$get({ query: { includeRevoked: "true" } }), 200);
    expect(all.data.find((k) => k.id === key.id)?.revokedAt).toBe(revoked.revokedAt);
  });

  it("answers a second revoke with the same key and writes one audit row", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "twice", scopes: ["read"] });
    const revoke = () => keys(t.admin)[":id"].revoke.$post({ param: { id: key.id } });
    const first = await expectStatus(revoke(), 200);
    const second = await expectStatus(revoke(), 200);
    expect(second).toEqual(first);
    const revokes = (await auditOf(t.admin, key.id)).filter((r) => r.action === "revoke");
    expect(revokes).toHaveLength(1);
    expect(revokes[0]).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: first.revokedAt } });
  });

  it("lets a key revoke itself, and then it stops working", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(admin, { name: "self", scopes: ["admin"], projectId: t.projectId });
    await expectStatus(keys(secret)[":id"].revoke.$post({ param: { id: key.id } }), 200);
    await expectFailure(keys(secret).$get({ query: {} }), 401, "unauthorized");
  });

  it("refuses revocation to a key without the admin scope", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "safe", scopes: ["read"] });
    await expectFailure(keys(t.write)[":id"].revoke.$post({ param: { id: key.id } }), 403, "forbidden");
    expect((await expectStatus(keys(t.admin)[":id"].$get({ param: { id: key.id } }), 200)).revokedAt).toBeNull();
  });
});
