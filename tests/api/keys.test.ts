import { describe, expect, it } from "vitest";
import {
  auditOf,
  call,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
  type Page,
  type Tenant,
} from "../helpers";

const admin = await instanceAdmin();

interface ApiKey {
  id: string;
  projectId: string | null;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface Created {
  key: ApiKey;
  secret: string;
}

async function mint(key: string, body: Record<string, unknown>): Promise<Created> {
  const res = await call<Created>("POST", "/api/v1/keys", { key, body });
  if (res.status !== 201) throw new Error(`key create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

const KEY_FIELDS = ["createdAt", "id", "lastUsedAt", "name", "prefix", "projectId", "revokedAt", "scopes"];

describe("API keys: creating", () => {
  it("answers 201 with the key and its secret once, marked no-store", async () => {
    const t = await createTenant(admin);
    const res = await call<Created>("POST", "/api/v1/keys", {
      key: admin,
      body: { name: "ci", scopes: ["read", "write"], projectId: t.projectId },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(Object.keys(res.body).sort()).toEqual(["key", "secret"]);
    expect(Object.keys(res.body.key).sort()).toEqual(KEY_FIELDS);
    expect(res.body.key).toMatchObject({
      projectId: t.projectId,
      name: "ci",
      scopes: ["read", "write"],
      revokedAt: null,
    });
    expect(res.body.secret).toMatch(/^cc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(res.body.secret.startsWith(`${res.body.key.prefix}_`)).toBe(true);
  });

  it("issues a secret that works at once, within its project and scopes", async () => {
    const t = await createTenant(admin);
    const { secret } = await mint(admin, { name: "reader", scopes: ["read"], projectId: t.projectId });
    expect((await call("GET", "/api/v1/technologies", { key: secret })).status).toBe(200);
    expectError(await call("POST", "/api/v1/technologies", { key: secret, body: { title: "x" } }), 403, "forbidden");
  });

  it("removes duplicate scopes", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(admin, { name: "dupes", scopes: ["read", "read", "write"], projectId: t.projectId });
    expect(key.scopes).toEqual(["read", "write"]);
  });

  it("creates an instance-wide key for an instance admin", async () => {
    const { key, secret } = await mint(admin, { name: "ops", scopes: ["read"], projectId: null });
    expect(key.projectId).toBeNull();
    const projects = await call<Page>("GET", "/api/v1/projects", { key: secret });
    expect(projects.status).toBe(200);
  });

  it("binds a key made by a project admin key to that project when projectId is left out", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "child", scopes: ["read"] });
    expect(key.projectId).toBe(t.projectId);
  });

  it("answers 404 when a project admin key asks for a key in another project, and creates nothing", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    const res = await call("POST", "/api/v1/keys", {
      key: t.admin,
      body: { name: "cross", scopes: ["admin"], projectId: other.projectId },
    });
    expectError(res, 404, "not_found");
    const keys = await call<Page<ApiKey>>("GET", `/api/v1/keys?projectId=${other.projectId}`, { key: admin });
    expect(keys.body.data.map((k) => k.name)).not.toContain("cross");
  });

  it("answers 404 for a project that does not exist", async () => {
    const res = await call("POST", "/api/v1/keys", {
      key: admin,
      body: { name: "orphan", scopes: ["read"], projectId: "prj_missing" },
    });
    expectError(res, 404, "not_found");
  });

  it.each([
    [{ scopes: ["read"] }, "name"],
    [{ name: "x", scopes: [] }, "scopes"],
    [{ name: "x", scopes: ["root"] }, "scopes.0"],
    [{ name: "x", scopes: ["read"], secret: "mine" }, "secret"],
  ])("answers 400 naming the failing field of %j", async (body, field) => {
    const res = await call("POST", "/api/v1/keys", { key: admin, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });
});

describe("API keys: reading never shows a secret", () => {
  it("lists keys without secret or hash", async () => {
    const t = await createTenant(admin);
    const { secret } = await mint(admin, { name: "listed", scopes: ["read"], projectId: t.projectId });
    const res = await call<Page<ApiKey>>("GET", `/api/v1/keys?projectId=${t.projectId}`, { key: admin });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    for (const row of res.body.data) expect(Object.keys(row).sort()).toEqual(KEY_FIELDS);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(JSON.stringify(res.body)).not.toContain(secret.slice(12));
  });

  it("gets one key without secret or hash", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(admin, { name: "single", scopes: ["admin"], projectId: t.projectId });
    const res = await call<ApiKey>("GET", `/api/v1/keys/${key.id}`, { key: t.admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(key);
    expect(JSON.stringify(res.body)).not.toContain(secret.slice(12));
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
    const res = await call<Page<ApiKey>>("GET", "/api/v1/keys", { key: t.admin });
    expect(res.body.total).toBe(3);
    expect(new Set(res.body.data.map((k) => k.projectId))).toEqual(new Set([t.projectId]));
  });

  it("answers 404 for a key id that does not exist", async () => {
    expectError(await call("GET", "/api/v1/keys/key_missing", { key: admin }), 404, "not_found");
    expectError(await call("POST", "/api/v1/keys/key_missing/revoke", { key: admin }), 404, "not_found");
  });
});

describe("API keys: revoking", () => {
  it("revokes a key at once and hides it from lists unless revoked keys are asked for", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(t.admin, { name: "to revoke", scopes: ["read"] });
    const res = await call<ApiKey>("POST", `/api/v1/keys/${key.id}/revoke`, { key: t.admin });
    expect(res.status).toBe(200);
    expect(res.body.revokedAt).toEqual(expect.any(String));
    expectError(await call("GET", "/api/v1/technologies", { key: secret }), 401, "unauthorized");
    const active = await call<Page<ApiKey>>("GET", "/api/v1/keys", { key: t.admin });
    expect(active.body.data.map((k) => k.id)).not.toContain(key.id);
    const all = await call<Page<ApiKey>>("GET", "/api/v1/keys?includeRevoked=true", { key: t.admin });
    expect(all.body.data.find((k) => k.id === key.id)?.revokedAt).toBe(res.body.revokedAt);
  });

  it("answers a second revoke with the same key and writes one audit row", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "twice", scopes: ["read"] });
    const first = await call<ApiKey>("POST", `/api/v1/keys/${key.id}/revoke`, { key: t.admin });
    const second = await call<ApiKey>("POST", `/api/v1/keys/${key.id}/revoke`, { key: t.admin });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    const revokes = (await auditOf(t.admin, key.id)).filter((r) => r.action === "revoke");
    expect(revokes).toHaveLength(1);
    expect(revokes[0]).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: first.body.revokedAt } });
  });

  it("lets a key revoke itself, and then it stops working", async () => {
    const t = await createTenant(admin);
    const { key, secret } = await mint(admin, { name: "self", scopes: ["admin"], projectId: t.projectId });
    expect((await call("POST", `/api/v1/keys/${key.id}/revoke`, { key: secret })).status).toBe(200);
    expectError(await call("GET", "/api/v1/keys", { key: secret }), 401, "unauthorized");
  });

  it("refuses revocation to a key without the admin scope", async () => {
    const t = await createTenant(admin);
    const { key } = await mint(t.admin, { name: "safe", scopes: ["read"] });
    expectError(await call("POST", `/api/v1/keys/${key.id}/revoke`, { key: t.write }), 403, "forbidden");
    expect((await call<ApiKey>("GET", `/api/v1/keys/${key.id}`, { key: t.admin })).body.revokedAt).toBeNull();
  });
});
