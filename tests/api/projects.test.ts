import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
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
  uniq,
} from "../helpers";

const admin = await instanceAdmin();

const projects = (key: string) => api(key).projects;
const project = (key: string) => api(key).projects[":id"];

describe("projects: create, read, update", () => {
  it("creates a project with 201, a Location, an ETag and a slug made from owner and name", async () => {
    const owner = uniq("Acme Corp");
    const { body, headers } = await expectAnswer(
      projects(admin).$post({ json: { name: "Radar Été", owner, description: "tech radar" } }),
      201,
    );
    expect(headers.get("location")).toBe(`/api/v1/projects/${body.id}`);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toMatchObject({ name: "Radar Été", owner, description: "tech radar", version: 1 });
    expect(body.slug).toBe(`${owner.toLowerCase().replace(" ", "-")}-radar-ete`);
    expect(body.id).toMatch(/^prj_/);
  });

  it("keeps a slug the caller chose", async () => {
    const slug = uniq("chosen");
    const created = await expectStatus(projects(admin).$post({ json: { name: "n", owner: uniq("o"), slug } }), 201);
    expect(created.slug).toBe(slug);
  });

  it("reads a project by id and by slug with its ETag", async () => {
    const t = await createTenant(admin);
    const byId = await expectAnswer(project(t.read).$get({ param: { id: t.projectId } }), 200);
    expect(byId.headers.get("etag")).toBe('"1"');
    const bySlug = await expectStatus(project(admin).$get({ param: { id: t.slug } }), 200);
    expect(bySlug).toEqual(byId.body);
  });

  it("lists every project for an instance key and only its own for a project key", async () => {
    const a = await createTenant(admin, uniq("listed"));
    await createTenant(admin, uniq("listed"));
    const all = await expectStatus(projects(admin).$get({ query: { q: "listed" } }), 200);
    expect(all.total).toBe(2);
    const own = await expectStatus(projects(a.read).$get({ query: {} }), 200);
    expect(own.total).toBe(1);
    expect(own.data.map((p) => p.id)).toEqual([a.projectId]);
  });

  it("pages the project list", async () => {
    const owner = uniq("pager");
    for (const name of ["p1", "p2", "p3"]) await expectStatus(projects(admin).$post({ json: { name, owner } }), 201);
    const page = await expectStatus(projects(admin).$get({ query: { q: owner, limit: 2, page: 2 } }), 200);
    expect(page).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(page.data.map((p) => p.name)).toEqual(["p3"]);
  });

  it("searches projects with % and _ as literal characters", async () => {
    const owner = uniq("literal");
    for (const name of ["z_z", "zaz", "100%z"])
      await expectStatus(projects(admin).$post({ json: { name, owner } }), 201);
    const underscore = await expectStatus(projects(admin).$get({ query: { q: "z_z" } }), 200);
    expect(underscore.data.map((p) => p.name)).toEqual(["z_z"]);
    const percent = await expectStatus(projects(admin).$get({ query: { q: "%z" } }), 200);
    expect(percent.data.map((p) => p.name)).toEqual(["100%z"]);
  });

  it("lets a project admin key rename its own project", async () => {
    const t = await createTenant(admin);
    const { body, headers } = await expectAnswer(
      project(t.admin).$patch({ param: { id: t.projectId }, json: { description: "renamed", name: uniq("renamed") } }),
      200,
    );
    expect(headers.get("etag")).toBe('"2"');
    expect(body).toMatchObject({ description: "renamed", version: 2 });
  });

  it("follows a slug change in X-Project-Id", async () => {
    const t = await createTenant(admin);
    const slug = uniq("moved");
    await expectStatus(project(admin).$patch({ param: { id: t.slug }, json: { slug } }), 200);
    await expectStatus(api(admin, { project: slug }).technologies.$get({ query: {} }), 200);
    await expectFailure(api(admin, { project: t.slug }).technologies.$get({ query: {} }), 404, "not_found");
  });

  it("refuses a project change to a write key with 403", async () => {
    const t = await createTenant(admin);
    const param = { id: t.projectId };
    await expectFailure(project(t.write).$patch({ param, json: { description: "x" } }), 403, "forbidden");
    expect((await expectStatus(project(t.read).$get({ param }), 200)).version).toBe(1);
  });
});

describe("projects: errors", () => {
  it("answers 409 for a taken slug and for a taken owner and name", async () => {
    const t = await createTenant(admin);
    const taken = await expectStatus(project(admin).$get({ param: { id: t.projectId } }), 200);
    await expectFailure(projects(admin).$post({ json: { name: "x", owner: "y", slug: t.slug } }), 409, "conflict");
    await expectFailure(
      projects(admin).$post({ json: { name: taken.name, owner: taken.owner, slug: uniq("fresh") } }),
      409,
      "conflict",
    );
  });

  it("answers 409 when a PATCH takes another project's slug", async () => {
    const a = await createTenant(admin);
    const b = await createTenant(admin);
    await expectFailure(project(admin).$patch({ param: { id: a.projectId }, json: { slug: b.slug } }), 409, "conflict");
  });

  it.each([
    [{ name: "n", owner: "o", slug: "Not A Slug" }, "slug"],
    [{ name: "n", owner: "o", slug: "-dash" }, "slug"],
  ])("answers 400 naming the failing field of %j", async (json, field) => {
    const body = await expectFailure(projects(admin).$post({ json }), 400, "validation_failed");
    expect(issuePaths(body)).toEqual([field]);
  });

  it.each([
    [{ owner: "o" }, "name"],
    [{ name: "n" }, "owner"],
    [{ name: "n", owner: "o", id: "prj_mine" }, "id"],
  ])("answers 400 naming the missing or unknown field of %j (sent raw)", async (body, field) => {
    const res = await call("POST", "/api/v1/projects", { key: admin, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it("answers 400 for an empty PATCH and 404 for a project that does not exist", async () => {
    const t = await createTenant(admin);
    await expectFailure(project(admin).$patch({ param: { id: t.projectId }, json: {} }), 400, "validation_failed");
    await expectFailure(project(admin).$get({ param: { id: "nope" } }), 404, "not_found");
  });
});

describe("projects: deleting", () => {
  it("deletes a project with everything in it, and its keys stop working", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    await createTask(t.write, { technologyId: tech.id, repositoryId: repo.id });
    await createEntry(t.write, { technologyIds: [tech.id] });
    await expectStatus(project(admin).$delete({ param: { id: t.slug } }), 204);
    await expectFailure(project(admin).$get({ param: { id: t.projectId } }), 404, "not_found");
    await expectFailure(api(t.read).technologies.$get({ query: {} }), 401, "unauthorized");
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
    await expectStatus(project(admin).$delete({ param: { id: t.projectId } }), 204);
    const rows = (await auditOf(admin, t.projectId)).filter((r) => r.action === "delete");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: "project", before: { id: t.projectId, slug: t.slug }, after: null });
  });

  it("refuses project deletion to a project admin key with 403", async () => {
    const t = await createTenant(admin);
    const param = { id: t.projectId };
    await expectFailure(project(t.admin).$delete({ param }), 403, "forbidden");
    await expectStatus(project(t.admin).$get({ param }), 200);
  });
});
