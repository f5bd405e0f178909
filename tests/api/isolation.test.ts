import { describe, expect, it } from "vitest";
import {
  call,
  createEntry,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  expectError,
  historyOf,
  instanceAdmin,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();
const a = await createTenant(admin);
const b = await createTenant(admin);

const RESOURCES = [
  { name: "technologies", path: "/api/v1/technologies", make: createTechnology, change: { priority: 1 } },
  { name: "repositories", path: "/api/v1/repositories", make: createRepository, change: { stars: 99 } },
  { name: "research tasks", path: "/api/v1/research-tasks", make: createTask, change: { status: "done" } },
  { name: "knowledge entries", path: "/api/v1/knowledge/entries", make: createEntry, change: { content: "x" } },
] as const;

describe.each(RESOURCES)("isolation of $name", ({ path, make, change }) => {
  it("keeps another project's rows out of lists, searches and totals", async () => {
    const theirs = await make(b.write);
    const mine = await make(a.write);
    const list = await call<Page>("GET", `${path}?limit=100`, { key: a.read });
    const ids = list.body.data.map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.body.data.every((r) => r.projectId === a.projectId)).toBe(true);
    expect(list.body.total).toBe(list.body.data.length);
  });

  it("answers 404 to get, patch and delete of another project's row, and leaves it unchanged", async () => {
    const theirs = await make(b.write);
    for (const key of [a.read, a.write, a.admin]) {
      expectError(await call("GET", `${path}/${theirs.id}`, { key }), 404, "not_found");
    }
    expectError(await call("PATCH", `${path}/${theirs.id}`, { key: a.write, body: change }), 404, "not_found");
    const versioned = { ...change, version: theirs.version };
    expectError(await call("PATCH", `${path}/${theirs.id}`, { key: a.admin, body: versioned }), 404, "not_found");
    expectError(await call("DELETE", `${path}/${theirs.id}`, { key: a.admin }), 404, "not_found");
    const after = await call<Row>("GET", `${path}/${theirs.id}`, { key: b.read });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(theirs);
  });

  it("answers the same 404 for another project's row as for a row that never existed", async () => {
    const theirs = await make(b.write);
    const foreign = await call<{ error: { message: string } }>("GET", `${path}/${theirs.id}`, { key: a.read });
    const missing = await call<{ error: { message: string } }>("GET", `${path}/nope_123`, { key: a.read });
    expect(foreign.status).toBe(missing.status);
    expect(foreign.body.error.message.replace(theirs.id, "ID")).toBe(
      missing.body.error.message.replace("nope_123", "ID"),
    );
  });

  it("keeps an instance key acting on one project away from another's rows", async () => {
    const theirs = await make(b.write);
    const headers = { "x-project-id": a.projectId };
    expectError(await call("GET", `${path}/${theirs.id}`, { key: admin, headers }), 404, "not_found");
    expectError(await call("DELETE", `${path}/${theirs.id}`, { key: admin, headers }), 404, "not_found");
    expect((await call<Row>("GET", `${path}/${theirs.id}`, { key: b.read })).body).toEqual(theirs);
  });
});

describe("isolation of technology history", () => {
  it("answers 404 for another project's technology history and leaves it unchanged", async () => {
    const theirs = await createTechnology(b.write);
    await call("PATCH", `/api/v1/technologies/${theirs.id}`, { key: b.write, body: { status: "research" } });
    const before = await historyOf(b.read, theirs.id);
    expectError(await call("GET", `/api/v1/technologies/${theirs.id}/history`, { key: a.read }), 404, "not_found");
    expectError(
      await call("PATCH", `/api/v1/technologies/${theirs.id}`, { key: a.write, body: { status: "archived" } }),
      404,
      "not_found",
    );
    expect(await historyOf(b.read, theirs.id)).toEqual(before);
  });
});

describe("links across projects", () => {
  it("answers 404 when a research task links another project's technology or repository", async () => {
    const tech = await createTechnology(b.write);
    const repo = await createRepository(b.write);
    for (const body of [
      { title: "x", technologyId: tech.id },
      { title: "y", repositoryId: repo.id },
    ]) {
      expectError(await call("POST", "/api/v1/research-tasks", { key: a.write, body }), 404, "not_found");
    }
    const mine = await createTask(a.write);
    for (const body of [{ technologyId: tech.id }, { repositoryId: repo.id }]) {
      expectError(await call("PATCH", `/api/v1/research-tasks/${mine.id}`, { key: a.write, body }), 404, "not_found");
    }
    expect((await call<Row>("GET", `/api/v1/research-tasks/${mine.id}`, { key: a.read })).body).toEqual(mine);
  });

  it("answers 404 when a knowledge entry links another project's technology", async () => {
    const theirs = await createTechnology(b.write);
    const ours = await createTechnology(a.write);
    const res = await call("POST", "/api/v1/knowledge/entries", {
      key: a.write,
      body: { title: "x", technologyIds: [ours.id, theirs.id] },
    });
    expectError(res, 404, "not_found");
    const mine = await createEntry(a.write);
    const patched = await call("PATCH", `/api/v1/knowledge/entries/${mine.id}`, {
      key: a.write,
      body: { technologyIds: [theirs.id] },
    });
    expectError(patched, 404, "not_found");
    expect((await call<Row>("GET", `/api/v1/knowledge/entries/${mine.id}`, { key: a.read })).body).toEqual(mine);
  });

  it("finds nothing when filtering by another project's technology or repository", async () => {
    const tech = await createTechnology(b.write);
    const repo = await createRepository(b.write);
    await createTask(b.write, { technologyId: tech.id, repositoryId: repo.id });
    await createEntry(b.write, { technologyIds: [tech.id] });
    for (const query of [`technologyId=${tech.id}`, `repositoryId=${repo.id}`]) {
      const res = await call<Page>("GET", `/api/v1/research-tasks?${query}`, { key: a.read });
      expect(res.body.total).toBe(0);
    }
    const entries = await call<Page>("GET", `/api/v1/knowledge/entries?technologyId=${tech.id}`, { key: a.read });
    expect(entries.body.total).toBe(0);
  });

  it("allows a title, repository and tag that another project already uses", async () => {
    const tech = await createTechnology(b.write, { tags: ["shared"] });
    const repo = await createRepository(b.write);
    await createTechnology(a.write, { title: tech.title, tags: ["shared"] });
    await createRepository(a.write, { provider: repo.provider, owner: repo.owner, name: repo.name });
    const tagged = await call<Page>("GET", "/api/v1/technologies?tag=shared", { key: a.read });
    expect(tagged.body.data.map((r) => r.projectId)).toEqual([a.projectId]);
  });
});
