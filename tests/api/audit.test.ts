import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { auditOf, call, createTechnology, createTenant, expectError, instanceAdmin, issuePaths } from "../helpers";

const admin = await instanceAdmin();

type Client = ReturnType<typeof api>;

/** One audited resource: the bodies it is created and changed with, and typed calls doing so. */
function resource<C, U>(
  entity: string,
  bodies: { create: C; change: U; was: Record<string, unknown> },
  calls: {
    post: (c: Client, json: C) => Promise<{ id: string }>;
    patch: (c: Client, id: string, json: U) => Promise<unknown>;
    remove: (c: Client, id: string) => Promise<unknown>;
  },
) {
  return {
    entity,
    ...bodies,
    post: (c: Client) => calls.post(c, bodies.create),
    patch: (c: Client, id: string) => calls.patch(c, id, bodies.change),
    remove: calls.remove,
  };
}

const RESOURCES = [
  resource(
    "technology",
    { create: { title: "audited tech" }, change: { priority: 5 }, was: { priority: 3 } },
    {
      post: (c, json) => expectStatus(c.technologies.$post({ json }), 201),
      patch: (c, id, json) => expectStatus(c.technologies[":id"].$patch({ param: { id }, json }), 200),
      remove: (c, id) => expectStatus(c.technologies[":id"].$delete({ param: { id } }), 204),
    },
  ),
  resource(
    "repository",
    { create: { owner: "o", name: "audited" }, change: { stars: 7 }, was: { stars: 0 } },
    {
      post: (c, json) => expectStatus(c.repositories.$post({ json }), 201),
      patch: (c, id, json) => expectStatus(c.repositories[":id"].$patch({ param: { id }, json }), 200),
      remove: (c, id) => expectStatus(c.repositories[":id"].$delete({ param: { id } }), 204),
    },
  ),
  resource(
    "research_task",
    { create: { title: "audited task" }, change: { status: "done" as const }, was: { status: "todo" } },
    {
      post: (c, json) => expectStatus(c["research-tasks"].$post({ json }), 201),
      patch: (c, id, json) => expectStatus(c["research-tasks"][":id"].$patch({ param: { id }, json }), 200),
      remove: (c, id) => expectStatus(c["research-tasks"][":id"].$delete({ param: { id } }), 204),
    },
  ),
  resource(
    "knowledge_entry",
    { create: { title: "audited entry" }, change: { tags: ["x"] }, was: { tags: [] } },
    {
      post: (c, json) => expectStatus(c.knowledge.entries.$post({ json }), 201),
      patch: (c, id, json) => expectStatus(c.knowledge.entries[":id"].$patch({ param: { id }, json }), 200),
      remove: (c, id) => expectStatus(c.knowledge.entries[":id"].$delete({ param: { id } }), 204),
    },
  ),
];

async function keyIdOf(adminKey: string, projectId: string, scopes: string): Promise<string> {
  const keys = await expectStatus(api(adminKey).keys.$get({ query: { projectId } }), 200);
  const found = keys.data.find((k) => k.scopes.join(",") === scopes);
  if (!found) throw new Error(`no key with scopes ${scopes}`);
  return found.id;
}

const withRequestId = (key: string, requestId: string) => api(key, { headers: { "x-request-id": requestId } });

describe("audit rows for each write", () => {
  it.each(RESOURCES)("writes one row each for create, update and delete of a $entity", async (r) => {
    const t = await createTenant(admin);
    const writerId = await keyIdOf(admin, t.projectId, "read,write");
    const { id } = await r.post(withRequestId(t.write, "req-c"));
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

    await r.patch(withRequestId(t.write, "req-u"), id);
    rows = await auditOf(t.admin, id);
    const updates = rows.filter((a) => a.action === "update");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ keyId: writerId, entity: r.entity, requestId: "req-u" });
    expect(updates[0]?.before).toEqual(r.was);
    expect(updates[0]?.after).toEqual(r.change);

    await r.remove(api(t.write), id);
    rows = await auditOf(t.admin, id);
    expect(rows.map((a) => a.action).sort()).toEqual(["create", "delete", "update"]);
    const deleted = rows.find((a) => a.action === "delete");
    expect(deleted?.after).toBeNull();
    expect(deleted?.before).toMatchObject({ ...r.change, id, version: 2 });
  });

  it("records only the fields that changed, not the ones sent unchanged", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { vendor: "Acme", priority: 2 });
    await expectStatus(
      api(t.write).technologies[":id"].$patch({
        param: { id: tech.id },
        json: { vendor: "Acme", priority: 4, description: "now described" },
      }),
      200,
    );
    const update = (await auditOf(t.admin, tech.id)).find((a) => a.action === "update");
    expect(update?.before).toEqual({ priority: 2, description: "" });
    expect(update?.after).toEqual({ priority: 4, description: "now described" });
  });

  it("writes no row for a PATCH that changes nothing", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { priority: 2 });
    await expectStatus(api(t.write).technologies[":id"].$patch({ param: { id: tech.id }, json: { priority: 2 } }), 200);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("writes no row for a rejected write", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const param = { id: tech.id };
    await expectFailure(
      api(t.write).technologies[":id"].$patch({ param, json: { priority: 9 } }),
      400,
      "validation_failed",
    );
    await expectFailure(api(t.read).technologies[":id"].$patch({ param, json: { priority: 1 } }), 403, "forbidden");
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("records project creation and changes for the instance admin", async () => {
    const t = await createTenant(admin);
    await expectStatus(
      api(admin).projects[":id"].$patch({ param: { id: t.projectId }, json: { description: "d" } }),
      200,
    );
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
    await expectStatus(api(t.admin).repositories.$post({ json: { owner: "o", name: "by-admin" } }), 201);
    await expectStatus(api(t.write).technologies[":id"].$delete({ param: { id: tech.id } }), 204);
    const audit = api(t.admin).audit;
    const byEntity = await expectStatus(audit.$get({ query: { entity: "repository" } }), 200);
    expect(byEntity.data.map((a) => a.entity)).toEqual(["repository"]);
    const byAction = await expectStatus(audit.$get({ query: { action: "delete" } }), 200);
    expect(byAction.data.map((a) => a.entityId)).toEqual([tech.id]);
    const adminId = await keyIdOf(admin, t.projectId, "admin");
    const byKey = await expectStatus(audit.$get({ query: { keyId: adminId } }), 200);
    expect(byKey.data.map((a) => a.entity)).toEqual(["repository"]);
  });

  it("filters by a time window", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const [row] = await auditOf(t.admin, tech.id);
    const at = row?.createdAt ?? "";
    const audit = api(t.admin).audit;
    const from = await expectStatus(audit.$get({ query: { entityId: tech.id, from: at } }), 200);
    expect(from.total).toBe(1);
    const to = await expectStatus(audit.$get({ query: { entityId: tech.id, to: at } }), 200);
    expect(to.total).toBe(0);
    const before = await expectStatus(audit.$get({ query: { entityId: tech.id, to: "2000-01-01" } }), 200);
    expect(before.total).toBe(0);
  });

  it("pages newest first with the total", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    for (const priority of [1, 2, 4]) {
      await expectStatus(api(t.write).technologies[":id"].$patch({ param: { id: tech.id }, json: { priority } }), 200);
    }
    const page = await expectStatus(api(t.admin).audit.$get({ query: { entityId: tech.id, limit: 2 } }), 200);
    expect(page).toMatchObject({ page: 1, limit: 2, total: 4 });
    const stamps = page.data.map((a) => a.createdAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it.each([
    [{ from: "yesterday" }, "from"],
    [{ limit: 1000 }, "limit"],
  ] as const)("answers 400 for the query %j", async (query, field) => {
    const t = await createTenant(admin);
    const body = await expectFailure(api(t.admin).audit.$get({ query }), 400, "validation_failed");
    expect(issuePaths(body)).toEqual([field]);
  });

  it("answers 400 for an action outside the enum (malformed, so sent raw)", async () => {
    const t = await createTenant(admin);
    const res = await call("GET", "/api/v1/audit?action=explode", { key: t.admin });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["action"]);
  });
});
