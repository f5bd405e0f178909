import { describe, expect, it } from "vitest";
import {
  type AuditRow,
  auditOf,
  call,
  createTechnology,
  createTenant,
  expectError,
  instanceAdmin,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();
const a = await createTenant(admin);
const b = await createTenant(admin);

interface ApiKey {
  id: string;
  projectId: string | null;
  revokedAt: string | null;
}

const project = async (key: string, ref: string) => (await call<Row>("GET", `/api/v1/projects/${ref}`, { key })).body;

describe("isolation of projects", () => {
  it("lists only the key's own project", async () => {
    for (const key of [a.read, a.write, a.admin]) {
      const res = await call<Page>("GET", "/api/v1/projects?limit=100", { key });
      expect(res.body.data.map((p) => p.id)).toEqual([a.projectId]);
      expect(res.body.total).toBe(1);
    }
    const search = await call<Page>(`GET`, `/api/v1/projects?q=${b.slug}`, { key: a.admin });
    expect(search.body.total).toBe(0);
  });

  it("answers 404 to get and patch of another project by id or slug, and leaves it unchanged", async () => {
    const before = await project(b.read, b.projectId);
    for (const ref of [b.projectId, b.slug]) {
      expectError(await call("GET", `/api/v1/projects/${ref}`, { key: a.read }), 404, "not_found");
      const res = await call("PATCH", `/api/v1/projects/${ref}`, { key: a.admin, body: { name: "hijacked" } });
      expectError(res, 404, "not_found");
    }
    expectError(await call("DELETE", `/api/v1/projects/${b.projectId}`, { key: a.admin }), 403, "forbidden");
    expect(await project(b.read, b.projectId)).toEqual(before);
  });
});

describe("isolation of API keys", () => {
  it("keeps another project's keys out of a project admin's list, even when asked for by projectId", async () => {
    const own = await call<Page<ApiKey>>("GET", "/api/v1/keys?limit=100&includeRevoked=true", { key: a.admin });
    expect(own.body.total).toBeGreaterThan(0);
    expect(own.body.data.every((k) => k.projectId === a.projectId)).toBe(true);
    const asked = await call<Page<ApiKey>>("GET", `/api/v1/keys?projectId=${b.projectId}`, { key: a.admin });
    expect(asked.body).toMatchObject({ data: [], total: 0 });
  });

  it("answers 404 to get and revoke of another project's key, and the key keeps working", async () => {
    const minted = await call<{ key: ApiKey; secret: string }>("POST", "/api/v1/keys", {
      key: b.admin,
      body: { name: "b's key", scopes: ["read"] },
    });
    const theirs = minted.body.key;
    expectError(await call("GET", `/api/v1/keys/${theirs.id}`, { key: a.admin }), 404, "not_found");
    expectError(await call("POST", `/api/v1/keys/${theirs.id}/revoke`, { key: a.admin }), 404, "not_found");
    const after = await call<ApiKey>("GET", `/api/v1/keys/${theirs.id}`, { key: b.admin });
    expect(after.body).toEqual(theirs);
    expect((await call("GET", "/api/v1/technologies", { key: minted.body.secret })).status).toBe(200);
  });

  it("answers 404 when a project admin mints a key for another project", async () => {
    const before = await call<Page<ApiKey>>("GET", "/api/v1/keys", { key: b.admin });
    const res = await call("POST", "/api/v1/keys", {
      key: a.admin,
      body: { name: "planted", scopes: ["admin"], projectId: b.projectId },
    });
    expectError(res, 404, "not_found");
    const after = await call<Page<ApiKey>>("GET", "/api/v1/keys", { key: b.admin });
    expect(after.body.total).toBe(before.body.total);
  });
});

describe("isolation of the audit log", () => {
  it("never shows a project admin another project's rows", async () => {
    const theirs = await createTechnology(b.write);
    await call("PATCH", `/api/v1/technologies/${theirs.id}`, { key: b.write, body: { priority: 5 } });
    await createTechnology(a.write);
    const all = await call<Page<AuditRow>>("GET", "/api/v1/audit?limit=100", { key: a.admin });
    expect(all.body.total).toBeGreaterThan(0);
    expect(all.body.data.every((r) => r.projectId === a.projectId)).toBe(true);
    expect(await auditOf(a.admin, theirs.id)).toEqual([]);
    const asked = await call<Page<AuditRow>>("GET", `/api/v1/audit?projectId=${b.projectId}`, { key: a.admin });
    expect(asked.body).toMatchObject({ data: [], total: 0 });
    expect((await auditOf(b.admin, theirs.id)).length).toBe(2);
  });

  it("lets an instance admin read one project's rows with projectId", async () => {
    const theirs = await createTechnology(b.write);
    const res = await call<Page<AuditRow>>("GET", `/api/v1/audit?projectId=${b.projectId}&limit=100`, { key: admin });
    expect(res.body.data.map((r) => r.entityId)).toContain(theirs.id);
    expect(res.body.data.every((r) => r.projectId === b.projectId)).toBe(true);
  });
});
