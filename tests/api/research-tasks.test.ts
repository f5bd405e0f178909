import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import {
  call,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
} from "../helpers";

const admin = await instanceAdmin();

type Tasks = ReturnType<typeof api>["research-tasks"];
type ListQuery = InferRequestType<Tasks["$get"]>["query"];

async function titles(key: string, query: ListQuery): Promise<{ titles: string[]; total: number }> {
  const page = await expectStatus(api(key)["research-tasks"].$get({ query }), 200);
  return { titles: page.data.map((r) => r.title), total: page.total };
}

const task = (key: string) => api(key)["research-tasks"][":id"];

describe("research tasks: create, read, update, delete", () => {
  it("creates a task linked to a technology and a repository of the project", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    const json = {
      title: "Try it",
      assignee: "ana",
      dueDate: "2030-06-30",
      technologyId: tech.id,
      repositoryId: repo.id,
    };
    const { body, headers } = await expectAnswer(api(t.write)["research-tasks"].$post({ json }), 201);
    expect(headers.get("location")).toBe(`/api/v1/research-tasks/${body.id}`);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toMatchObject({
      projectId: t.projectId,
      title: "Try it",
      status: "todo",
      priority: 3,
      assignee: "ana",
      dueDate: "2030-06-30",
      technologyId: tech.id,
      repositoryId: repo.id,
      version: 1,
    });
  });

  it("reads a task back with its ETag", async () => {
    const t = await createTenant(admin);
    const created = await createTask(t.write, { description: "details" });
    const { body, headers } = await expectAnswer(task(t.read).$get({ param: { id: created.id } }), 200);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toEqual(created);
  });

  it("patches a task, can unlink it with null, and bumps its version", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const created = await createTask(t.write, { technologyId: tech.id });
    const param = { id: created.id };
    const { body, headers } = await expectAnswer(
      task(t.write).$patch({ param, json: { status: "in_progress", technologyId: null, dueDate: "2031-01-01" } }),
      200,
    );
    expect(headers.get("etag")).toBe('"2"');
    expect(body).toMatchObject({ status: "in_progress", technologyId: null, dueDate: "2031-01-01", version: 2 });
    expect(await expectStatus(task(t.read).$get({ param }), 200)).toEqual(body);
  });

  it("deletes a task with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const param = { id: (await createTask(t.write)).id };
    await expectStatus(task(t.write).$delete({ param }), 204);
    await expectFailure(task(t.read).$get({ param }), 404, "not_found");
    await expectFailure(task(t.write).$patch({ param, json: { priority: 1 } }), 404, "not_found");
  });

  it("answers 404 when linking a technology or repository that does not exist", async () => {
    const t = await createTenant(admin);
    const noTech = await expectFailure(
      api(t.write)["research-tasks"].$post({ json: { title: "x", technologyId: "tech_missing" } }),
      404,
      "not_found",
    );
    expect(noTech.error.message).toContain("tech_missing");
    const created = await createTask(t.write);
    const param = { id: created.id };
    await expectFailure(task(t.write).$patch({ param, json: { repositoryId: "repo_missing" } }), 404, "not_found");
    expect(await expectStatus(task(t.read).$get({ param }), 200)).toEqual(created);
  });

  it("keeps the task but drops the link when its technology is deleted", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const created = await createTask(t.write, { technologyId: tech.id });
    await expectStatus(api(t.write).technologies[":id"].$delete({ param: { id: tech.id } }), 204);
    const read = await expectStatus(task(t.read).$get({ param: { id: created.id } }), 200);
    expect(read.technologyId).toBeNull();
  });
});

describe("research tasks: listing", () => {
  it("pages with the total", async () => {
    const t = await createTenant(admin);
    for (const title of ["t1", "t2", "t3"]) await createTask(t.write, { title });
    expect(await titles(t.read, { sort: "title", limit: 2 })).toEqual({ titles: ["t1", "t2"], total: 3 });
    expect(await titles(t.read, { sort: "title", limit: 2, page: 2 })).toEqual({ titles: ["t3"], total: 3 });
  });

  it("filters by one or several statuses", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "todo" });
    await createTask(t.write, { title: "blocked", status: "blocked" });
    await createTask(t.write, { title: "done", status: "done" });
    expect(await titles(t.read, { status: "blocked" })).toEqual({ titles: ["blocked"], total: 1 });
    expect(await titles(t.read, { status: "todo,done", sort: "title" })).toEqual({
      titles: ["done", "todo"],
      total: 2,
    });
  });

  it("filters by assignee", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "mine", assignee: "ana" });
    await createTask(t.write, { title: "theirs", assignee: "bo" });
    await createTask(t.write, { title: "nobody" });
    expect(await titles(t.read, { assignee: "ana" })).toEqual({ titles: ["mine"], total: 1 });
  });

  it("filters by technology and by repository", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    await createTask(t.write, { title: "on-tech", technologyId: tech.id });
    await createTask(t.write, { title: "on-repo", repositoryId: repo.id });
    await createTask(t.write, { title: "loose" });
    expect(await titles(t.read, { technologyId: tech.id })).toEqual({ titles: ["on-tech"], total: 1 });
    expect(await titles(t.read, { repositoryId: repo.id })).toEqual({ titles: ["on-repo"], total: 1 });
  });

  it("filters tasks due on or before a date, leaving out undated ones", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "early", dueDate: "2030-01-01" });
    await createTask(t.write, { title: "on-the-day", dueDate: "2030-02-01" });
    await createTask(t.write, { title: "late", dueDate: "2030-03-01" });
    await createTask(t.write, { title: "undated" });
    expect(await titles(t.read, { dueBefore: "2030-02-01", sort: "dueDate" })).toEqual({
      titles: ["early", "on-the-day"],
      total: 2,
    });
  });

  it("sorts by due date both ways and searches with q", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "b-read docs", dueDate: "2030-05-01" });
    await createTask(t.write, { title: "a-write spike", dueDate: "2030-04-01", description: "read the RFC" });
    await createTask(t.write, { title: "c-other", dueDate: "2030-06-01" });
    expect((await titles(t.read, { sort: "dueDate" })).titles).toEqual(["a-write spike", "b-read docs", "c-other"]);
    expect((await titles(t.read, { sort: "-dueDate" })).titles).toEqual(["c-other", "b-read docs", "a-write spike"]);
    expect(await titles(t.read, { q: "READ", sort: "title" })).toEqual({
      titles: ["a-write spike", "b-read docs"],
      total: 2,
    });
  });
});

describe("research tasks: validation errors", () => {
  it.each([
    [{ title: "x", priority: 6 }, "priority"],
    [{ title: "x", dueDate: "31/12/2030" }, "dueDate"],
  ] as const)("answers 400 naming the failing field of %j", async (json, field) => {
    const t = await createTenant(admin);
    const body = await expectFailure(api(t.write)["research-tasks"].$post({ json }), 400, "validation_failed");
    expect(issuePaths(body)).toEqual([field]);
  });

  it.each([
    [{ status: "todo" }, "title"],
    [{ title: "x", status: "started" }, "status"],
    [{ title: "x", assignee: 7 }, "assignee"],
    [{ title: "x", projectId: "prj_other" }, "projectId"],
  ])("answers 400 naming the failing field of the mistyped body %j (sent raw)", async (body, field) => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/research-tasks", { key: t.write, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it.each([
    [{ status: "nope" }, "status"],
    [{ dueBefore: "tomorrow" }, "dueBefore"],
    [{ limit: 1000 }, "limit"],
  ] as const)("answers 400 for the query %j", async (query, field) => {
    const t = await createTenant(admin);
    const body = await expectFailure(api(t.read)["research-tasks"].$get({ query }), 400, "validation_failed");
    expect(issuePaths(body)).toEqual([field]);
  });

  it("answers 400 for a sort key outside the enum (malformed, so sent raw)", async () => {
    const t = await createTenant(admin);
    const res = await call("GET", "/api/v1/research-tasks?sort=assignee", { key: t.read });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["sort"]);
  });

  it("answers 400 for an empty PATCH body", async () => {
    const t = await createTenant(admin);
    const created = await createTask(t.write);
    await expectFailure(task(t.write).$patch({ param: { id: created.id }, json: {} }), 400, "validation_failed");
  });
});
