import { describe, expect, it } from "vitest";
import {
  type AuditRow,
  auditOf,
  call,
  createTechnology,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();

const RESOURCES = [
  {
    entity: "technology",
    path: "/api/v1/technologies",
    create: { title: "audited tech" },
    change: { priority: 5 },
    was: { priority: 3 },
  },
  {
    entity: "repository",
    path: "/api/v1/repositories",
    create: { owner: "o", name: "audited" },
    change: { stars: 7 },
    was: { stars: 0 },
  },
  {
    entity: "research_task",
    path: "/api/v1/research-tasks",
    create: { title: "audited task" },
    change: { status: "done" },
    was: { status: "todo" },
  },
  {
    entity: "knowledge_entry",
    path: "/api/v1/knowledge/entries",
    create: { title: "audited entry" },
    change: { tags: ["x"] },
    was: { tags: [] },
  },
] as const;

async function keyIdOf(adminKey: string, projectId: string, scopes: string): Promise<string> {
  const keys = await call<Page<{ id: string; scopes: string[] }>>("GET", `/api/v1/keys?projectId=${projectId}`, {
    key: adminKey,
  });
  const found = keys.body.data.find((k) => k.scopes.join(",") === scopes);
  if (!found) throw new Error(`no key with scopes ${scopes}`);
  return found.id;
}

describe("audit rows for each write", () => {
  it.each(RESOURCES)("writes one row each for create, update and delete of a $entity", async (r) => {
    const t = await createTenant(admin);
    const writerId = await keyIdOf(admin, t.projectId, "read,write");
    const created = await call<Row>("POST", r.path, {
      key: t.write,
      body: r.create,
      headers: { "x-request-id": "req-c" },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    let rows = await auditOf(t.admin, id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      projectId: t.projectId,
      keyId: writerId,
      action: "create",
      entity: r.entity,
      entityId: id,
      before: null,
      after: { ...r.create, id, projectId: t.projectId },
      requestId: "req-c",
    });

    const updated = await call("PATCH", `${r.path}/${id}`, {
      key: t.write,
      body: r.change,
      headers: { "x-request-id": "req-u" },
    });
    expect(updated.status).toBe(200);
    rows = await auditOf(t.admin, id);
    const updates = rows.filter((a) => a.action === "update");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ keyId: writerId, entity: r.entity, requestId: "req-u" });
    expect(updates[0]?.before).toEqual(r.was);
    expect(updates[0]?.after).toEqual(r.change);

    expect((await call("DELETE", `${r.path}/${id}`, { key: t.write })).status).toBe(204);
    rows = await auditOf(t.admin, id);
    expect(rows.map((a) => a.action).sort()).toEqual(["create", "delete", "update"]);
    const deleted = rows.find((a) => a.action === "delete");
    expect(deleted?.after).toBeNull();
    expect(deleted?.before).toMatchObject({ ...r.change, id, version: 2 });
  });

  it("records only the fields that changed, not the ones sent unchanged", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { vendor: "Acme", priority: 2 });
    const res = await call("PATCH", `/api/v1/technologies/${tech.id}`, {
      key: t.write,
      body: { vendor: "Acme", priority: 4, description: "now described" },
    });
    expect(res.status).toBe(200);
    const update = (await auditOf(t.admin, tech.id)).find((a) => a.action === "update");
    expect(update?.before).toEqual({ priority: 2, description: "" });
    expect(update?.after).toEqual({ priority: 4, description: "now described" });
  });

  it("writes no row for a PATCH that changes nothing", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { priority: 2 });
    expect(
      (await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.write, body: { priority: 2 } })).status,
    ).toBe(200);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("writes no row for a rejected write", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const bad = await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.write, body: { priority: 9 } });
    expectError(bad, 400, "validation_failed");
    expectError(
      await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.read, body: { priority: 1 } }),
      403,
      "forbidden",
    );
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("records project creation and changes for the instance admin", async () => {
    const t = await createTenant(admin);
    await call("PATCH", `/api/v1/projects/${t.projectId}`, { key: admin, body: { description: "d" } });
    const rows = await auditOf(admin, t.projectId);
    expect(rows.map((a) => a.action).sort()).toEqual(["create", "update"]);
    expect(rows.find((a) => a.action === "update")).toMatchObject({
      entity: "project",
      before: { description: "" },
      after: { description: "d" },
    });
  });
});

describe("reading the audit log", () => {
  it("filters by entity, action and key", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await call("POST", "/api/v1/repositories", { key: t.admin, body: { owner: "o", name: "by-admin" } });
    await call("DELETE", `/api/v1/technologies/${tech.id}`, { key: t.write });
    const byEntity = await call<Page<AuditRow>>("GET", "/api/v1/audit?entity=repository", { key: t.admin });
    expect(byEntity.body.data.map((a) => a.entity)).toEqual(["repository"]);
    const byAction = await call<Page<AuditRow>>("GET", "/api/v1/audit?action=delete", { key: t.admin });
    expect(byAction.body.data.map((a) => a.entityId)).toEqual([tech.id]);
    const adminId = await keyIdOf(admin, t.projectId, "admin");
    const byKey = await call<Page<AuditRow>>("GET", `/api/v1/audit?keyId=${adminId}`, { key: t.admin });
    expect(byKey.body.data.map((a) => a.entity)).toEqual(["repository"]);
  });

  it("filters by a time window", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const [row] = await auditOf(t.admin, tech.id);
    const at = row?.createdAt ?? "";
    const from = await call<Page<AuditRow>>("GET", `/api/v1/audit?entityId=${tech.id}&from=${at}`, { key: t.admin });
    expect(from.body.total).toBe(1);
    const to = await call<Page<AuditRow>>("GET", `/api/v1/audit?entityId=${tech.id}&to=${at}`, { key: t.admin });
    expect(to.body.total).toBe(0);
    const before = await call<Page<AuditRow>>("GET", `/api/v1/audit?entityId=${tech.id}&to=2000-01-01`, {
      key: t.admin,
    });
    expect(before.body.total).toBe(0);
  });

  it("pages newest first with the total", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    for (const priority of [1, 2, 4]) {
      await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.write, body: { priority } });
    }
    const res = await call<Page<AuditRow>>("GET", `/api/v1/audit?entityId=${tech.id}&limit=2`, { key: t.admin });
    expect(res.body).toMatchObject({ page: 1, limit: 2, total: 4 });
    const stamps = res.body.data.map((a) => a.createdAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it.each([
    ["action=explode", "action"],
    ["from=yesterday", "from"],
    ["limit=1000", "limit"],
  ])("answers 400 for the query %s", async (query, field) => {
    const t = await createTenant(admin);
    const res = await call("GET", `/api/v1/audit?${query}`, { key: t.admin });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });
});
