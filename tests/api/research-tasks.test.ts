import { describe, expect, it } from "vitest";
import {
  call,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();

async function titles(key: string, query: string): Promise<{ titles: string[]; total: number }> {
  const res = await call<Page>("GET", `/api/v1/research-tasks?${query}`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { titles: res.body.data.map((r) => String(r.title)), total: res.body.total };
}

describe("research tasks: create, read, update, delete", () => {
  it("creates a task linked to a technology and a repository of the project", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    const res = await call<Row>("POST", "/api/v1/research-tasks", {
      key: t.write,
      body: { title: "Try it", assignee: "ana", dueDate: "2030-06-30", technologyId: tech.id, repositoryId: repo.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/research-tasks/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({
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
    const task = await createTask(t.write, { description: "details" });
    const res = await call<Row>("GET", `/api/v1/research-tasks/${task.id}`, { key: t.read });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toEqual(task);
  });

  it("patches a task, can unlink it with null, and bumps its version", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const task = await createTask(t.write, { technologyId: tech.id });
    const res = await call<Row>("PATCH", `/api/v1/research-tasks/${task.id}`, {
      key: t.write,
      body: { status: "in_progress", technologyId: null, dueDate: "2031-01-01" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({ status: "in_progress", technologyId: null, dueDate: "2031-01-01", version: 2 });
    expect((await call<Row>("GET", `/api/v1/research-tasks/${task.id}`, { key: t.read })).body).toEqual(res.body);
  });

  it("deletes a task with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const task = await createTask(t.write);
    expect((await call("DELETE", `/api/v1/research-tasks/${task.id}`, { key: t.write })).status).toBe(204);
    expect((await call("GET", `/api/v1/research-tasks/${task.id}`, { key: t.read })).status).toBe(404);
    expect(
      (await call("PATCH", `/api/v1/research-tasks/${task.id}`, { key: t.write, body: { priority: 1 } })).status,
    ).toBe(404);
  });

  it("answers 404 when linking a technology or repository that does not exist", async () => {
    const t = await createTenant(admin);
    const noTech = await call("POST", "/api/v1/research-tasks", {
      key: t.write,
      body: { title: "x", technologyId: "tech_missing" },
    });
    expect(expectError(noTech, 404, "not_found").error.message).toContain("tech_missing");
    const task = await createTask(t.write);
    const noRepo = await call("PATCH", `/api/v1/research-tasks/${task.id}`, {
      key: t.write,
      body: { repositoryId: "repo_missing" },
    });
    expectError(noRepo, 404, "not_found");
    expect((await call<Row>("GET", `/api/v1/research-tasks/${task.id}`, { key: t.read })).body).toEqual(task);
  });

  it("keeps the task but drops the link when its technology is deleted", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const task = await createTask(t.write, { technologyId: tech.id });
    expect((await call("DELETE", `/api/v1/technologies/${tech.id}`, { key: t.write })).status).toBe(204);
    const read = await call<Row>("GET", `/api/v1/research-tasks/${task.id}`, { key: t.read });
    expect(read.status).toBe(200);
    expect(read.body.technologyId).toBeNull();
  });
});

describe("research tasks: listing", () => {
  it("pages with the total", async () => {
    const t = await createTenant(admin);
    for (const title of ["t1", "t2", "t3"]) await createTask(t.write, { title });
    expect(await titles(t.read, "sort=title&limit=2")).toEqual({ titles: ["t1", "t2"], total: 3 });
    expect(await titles(t.read, "sort=title&limit=2&page=2")).toEqual({ titles: ["t3"], total: 3 });
  });

  it("filters by one or several statuses", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "todo" });
    await createTask(t.write, { title: "blocked", status: "blocked" });
    await createTask(t.write, { title: "done", status: "done" });
    expect(await titles(t.read, "status=blocked")).toEqual({ titles: ["blocked"], total: 1 });
    expect(await titles(t.read, "status=todo,done&sort=title")).toEqual({ titles: ["done", "todo"], total: 2 });
  });

  it("filters by assignee", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "mine", assignee: "ana" });
    await createTask(t.write, { title: "theirs", assignee: "bo" });
    await createTask(t.write, { title: "nobody" });
    expect(await titles(t.read, "assignee=ana")).toEqual({ titles: ["mine"], total: 1 });
  });

  it("filters by technology and by repository", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const repo = await createRepository(t.write);
    await createTask(t.write, { title: "on-tech", technologyId: tech.id });
    await createTask(t.write, { title: "on-repo", repositoryId: repo.id });
    await createTask(t.write, { title: "loose" });
    expect(await titles(t.read, `technologyId=${tech.id}`)).toEqual({ titles: ["on-tech"], total: 1 });
    expect(await titles(t.read, `repositoryId=${repo.id}`)).toEqual({ titles: ["on-repo"], total: 1 });
  });

  it("filters tasks due on or before a date, leaving out undated ones", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "early", dueDate: "2030-01-01" });
    await createTask(t.write, { title: "on-the-day", dueDate: "2030-02-01" });
    await createTask(t.write, { title: "late", dueDate: "2030-03-01" });
    await createTask(t.write, { title: "undated" });
    expect(await titles(t.read, "dueBefore=2030-02-01&sort=dueDate")).toEqual({
      titles: ["early", "on-the-day"],
      total: 2,
    });
  });

  it("sorts by due date both ways and searches with q", async () => {
    const t = await createTenant(admin);
    await createTask(t.write, { title: "b-read docs", dueDate: "2030-05-01" });
    await createTask(t.write, { title: "a-write spike", dueDate: "2030-04-01", description: "read the RFC" });
    await createTask(t.write, { title: "c-other", dueDate: "2030-06-01" });
    expect((await titles(t.read, "sort=dueDate")).titles).toEqual(["a-write spike", "b-read docs", "c-other"]);
    expect((await titles(t.read, "sort=-dueDate")).titles).toEqual(["c-other", "b-read docs", "a-write spike"]);
    expect(await titles(t.read, "q=READ&sort=title")).toEqual({ titles: ["a-write spike", "b-read docs"], total: 2 });
  });
});

describe("research tasks: validation errors", () => {
  it.each([
    [{ status: "todo" }, "title"],
    [{ title: "x", status: "started" }, "status"],
    [{ title: "x", priority: 6 }, "priority"],
    [{ title: "x", dueDate: "31/12/2030" }, "dueDate"],
    [{ title: "x", assignee: 7 }, "assignee"],
    [{ title: "x", projectId: "prj_other" }, "projectId"],
  ])("answers 400 naming the failing field of %j", async (body, field) => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/research-tasks", { key: t.write, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it.each([
    ["status=nope", "status"],
    ["dueBefore=tomorrow", "dueBefore"],
    ["sort=assignee", "sort"],
    ["limit=1000", "limit"],
  ])("answers 400 for the query %s", async (query, field) => {
    const t = await createTenant(admin);
    const res = await call("GET", `/api/v1/research-tasks?${query}`, { key: t.read });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it("answers 400 for an empty PATCH body", async () => {
    const t = await createTenant(admin);
    const task = await createTask(t.write);
    const res = await call("PATCH", `/api/v1/research-tasks/${task.id}`, { key: t.write, body: {} });
    expectError(res, 400, "validation_failed");
  });
});
