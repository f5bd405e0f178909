import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  auditOf,
  call,
  createEntry,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
  type Page,
  type Row,
  uniq,
} from "../helpers";

const admin = await instanceAdmin();

describe("projects: create, read, update", () => {
  it("creates a project with 201, a Location, an ETag and a slug made from owner and name", async () => {
    const owner = uniq("Acme Corp");
    const res = await call<Row>("POST", "/api/v1/projects", {
      key: admin,
      body: { name: "Radar Été", owner, description: "tech radar" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/projects/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({ name: "Radar Été", owner, description: "tech radar", version: 1 });
    expect(res.body.slug).toBe(`${owner.toLowerCase().replace(" ", "-")}-radar-ete`);
    expect(res.body.id).toMatch(/^prj_/);
  });

  it("keeps a slug the caller chose", async () => {
    const slug = uniq("chosen");
    const res = await call<Row>("POST", "/api/v1/projects", {
      key: admin,
      body: { name: "n", owner: uniq("o"), slug },
    });
    expect(res.status).toBe(201);
    expect(res.body.slug).toBe(slug);
  });

  it("reads a project by id and by slug with its ETag", async () => {
    const t = await createTenant(admin);
    const byId = await call<Row>("GET", `/api/v1/projects/${t.projectId}`, { key: t.read });
    expect(byId.status).toBe(200);
    expect(byId.headers.get("etag")).toBe('"1"');
    const bySlug = await call<Row>("GET", `/api/v1/projects/${t.slug}`, { key: admin });
    expect(bySlug.body).toEqual(byId.body);
  });

  it("lists every project for an instance key and only its own for a project key", async () => {
    const a = await createTenant(admin, uniq("listed"));
    await createTenant(admin, uniq("listed"));
    const all = await call<Page>("GET", "/api/v1/projects?q=listed", { key: admin });
    expect(all.body.total).toBe(2);
    const own = await call<Page>("GET", "/api/v1/projects", { key: a.read });
    expect(own.body.total).toBe(1);
    expect(own.body.data.map((p) => p.id)).toEqual([a.projectId]);
  });

  it("pages the project list", async () => {
    const owner = uniq("pager");
    for (const name of ["p1", "p2", "p3"]) {
      expect((await call("POST", "/api/v1/projects", { key: admin, body: { name, owner } })).status).toBe(201);
    }
    const res = await call<Page>("GET", `/api/v1/projects?q=${owner}&limit=2&page=2`, { key: admin });
    expect(res.body).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(res.body.data.map((p) => p.name)).toEqual(["p3"]);
  });

  it("searches projects with % and _ as literal characters", async () => {
    const owner = uniq("literal");
    for (const name of ["z_z", "zaz", "100%z"]) {
      expect((await call("POST", "/api/v1/projects", { key: admin, body: { name, owner } })).status).toBe(201);
    }
    const underscore = await call<Page>("GET", "/api/v1/projects?q=z_z", { key: admin });
    expect(underscore.body.data.map((p) => p.name)).toEqual(["z_z"]);
    const percent = await call<Page>("GET", `/api/v1/projects?q=${encodeURIComponent("%z")}`, { key: admin });
    expect(percent.body.data.map((p) => p.name)).toEqual(["100%z"]);
  });

  it("lets a project admin key rename its own project", async () => {
    const t = await createTenant(admin);
    const res = await call<Row>("PATCH", `/api/v1/projects/${t.projectId}`, {
      key: t.admin,
      body: { description: "renamed", name: uniq("renamed") },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({ description: "renamed", version: 2 });
  });

  it("follows a slug change in X-Project-Id", async () => {
    const t = await createTenant(admin);
    const slug = uniq("moved");
    expect((await call("PATCH", `/api/v1/projects/${t.slug}`, { key: admin, body: { slug } })).status).toBe(200);
    expect((await call("GET", "/api/v1/technologies", { key: admin, headers: { "x-project-id": slug } })).status).toBe(
      200,
    );
    const old = await call("GET", "/api/v1/technologies", { key: admin, headers: { "x-project-id": t.slug } });
    expectError(old, 404, "not_found");
  });

  it("refuses a project change to a write key with 403", async () => {
    const t = await createTenant(admin);
    const res = await call("PATCH", `/api/v1/projects/${t.projectId}`, { key: t.write, body: { description: "x" } });
    expectError(res, 403, "forbidden");
    expect((await call<Row>("GET", `/api/v1/projects/${t.projectId}`, { key: t.read })).body.version).toBe(1);
  });
});

describe("projects: errors", () => {
  it("answers 409 for a taken slug and for a taken owner and name", async () => {
    const t = await createTenant(admin);
    const project = (await call<Row>("GET", `/api/v1/projects/${t.projectId}`, { key: admin })).body;
    const sameSlug = await call("POST", "/api/v1/projects", {
      key: admin,
      body: { name: "x", owner: "y", slug: t.slug },
    });
    expectError(sameSlug, 409, "conflict");
    const sameName = await call("POST", "/api/v1/projects", {
      key: admin,
      body: { name: project.name, owner: project.owner, slug: uniq("fresh") },
    });
    expectError(sameName, 409, "conflict");
  });

  it("answers 409 when a PATCH takes another project's slug", async () => {
    const a = await createTenant(admin);
    const b = await createTenant(admin);
    expectError(
      await call("PATCH", `/api/v1/projects/${a.projectId}`, { key: admin, body: { slug: b.slug } }),
      409,
      "conflict",
    );
  });

  it.each([
    [{ owner: "o" }, "name"],
    [{ name: "n" }, "owner"],
    [{ name: "n", owner: "o", slug: "Not A Slug" }, "slug"],
    [{ name: "n", owner: "o", slug: "-dash" }, "slug"],
    [{ name: "n", owner: "o", id: "prj_mine" }, "id"],
  ])("answers 400 naming the failing field of %j", async (body, field) => {
    const res = await call("POST", "/api/v1/projects", { key: admin, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it("answers 400 for an empty PATCH and 404 for a project that does not exist", async () => {
    const t = await createTenant(admin);
    expectError(
      await call("PATCH", `/api/v1/projects/${t.projectId}`, { key: admin, body: {} }),
      400,
      "validation_failed",
    );
    expectError(await call("GET", "/api/v1/projects/nope", { key: admin }), 404, "not_found");
  });
});

describe("projects: deleting", () => {
  it("deletes a project with everything in it, and its keys stop working", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    await createTask(t.write, { technologyId: tech.id, repositoryId: repo.id });
    await createEntry(t.write, { technologyIds: [tech.id] });
    const res = await call("DELETE", `/api/v1/projects/${t.slug}`, { key: admin });
    expect(res.status).toBe(204);
    expectError(await call("GET", `/api/v1/projects/${t.projectId}`, { key: admin }), 404, "not_found");
    expectError(await call("GET", "/api/v1/technologies", { key: t.read }), 401, "unauthorized");
    const left = await env.DB.prepare(
      `select (select count(*) from technologies where project_id = ?1)
            + (select count(*) from technology_events where project_id = ?1)
            + (select count(*) from repositories where project_id = ?1)
            + (select count(*) from research_tasks where project_id = ?1)
            + (select count(*) from knowledge_entries where project_id = ?1)
            + (select count(*) from api_keys where project_id = ?1) as n`,
    )
      .bind(t.projectId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("keeps an audit row of the deleted project", async () => {
    const t = await createTenant(admin);
    expect((await call("DELETE", `/api/v1/projects/${t.projectId}`, { key: admin })).status).toBe(204);
    const rows = (await auditOf(admin, t.projectId)).filter((r) => r.action === "delete");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: "project", before: { id: t.projectId, slug: t.slug }, after: null });
  });

  it("refuses project deletion to a project admin key with 403", async () => {
    const t = await createTenant(admin);
    expectError(await call("DELETE", `/api/v1/projects/${t.projectId}`, { key: t.admin }), 403, "forbidden");
    expect((await call("GET", `/api/v1/projects/${t.projectId}`, { key: t.admin })).status).toBe(200);
  });
});
