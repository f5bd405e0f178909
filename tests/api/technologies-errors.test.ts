import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createTenant, expectError, instanceAdmin, issuePaths, uniq } from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

type TechnologyInput = Parameters<ReturnType<typeof api>["technologies"]["$post"]>[0]["json"];

/** Adds a technology (a unique title unless one is given) and returns it. */
const createTechnology = (key: string, json: Partial<TechnologyInput> = {}) =>
  expectStatus(api(key).technologies.$post({ json: { title: uniq("tech"), ...json } }), 201);

/** The technology as it reads now. */
const read = (id: string) => expectStatus(api(t.read).technologies[":id"].$get({ param: { id } }), 200);

const post = (body: unknown) => call("POST", "/api/v1/technologies", { key: t.write, body });

describe("technologies: validation errors", () => {
  it("answers 400 validation_failed naming a missing required field", async () => {
    const res = await post({ domain: "data" });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["title"]);
  });

  it("answers 400 naming a field of the wrong type", async () => {
    const res = await post({ title: "typed", priority: "high" });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["priority"]);
  });

  it("answers 400 for a priority out of range", async () => {
    const res = await post({ title: "too-high", priority: 6 });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["priority"]);
    expect(issuePaths((await post({ title: "too-low", priority: 0 })).body)).toEqual(["priority"]);
    expect(issuePaths((await post({ title: "fractional", priority: 2.5 })).body)).toEqual(["priority"]);
  });

  it("answers 400 for a relevance score out of range", async () => {
    const res = await post({ title: "relevance", relevanceScore: 101 });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["relevanceScore"]);
  });

  it("answers 400 for an unknown enum value", async () => {
    const res = await post({ title: "enum", status: "shipped", domain: "space" });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body).sort()).toEqual(["domain", "status"]);
  });

  it("answers 400 naming each unknown extra field", async () => {
    const res = await post({ title: "strict", colour: "red", projectId: t.projectId });
    const body = expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body).sort()).toEqual(["colour", "projectId"]);
    expect(body.error.message).toContain("colour");
  });

  it("answers 400 naming a nested field inside a link", async () => {
    const res = await post({
      title: "links",
      links: [
        { title: "ok", url: "https://ok.test" },
        { title: "bad", url: "nope" },
      ],
    });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["links.1.url"]);
  });

  it("answers 400 for a blank title and blank tags", async () => {
    const res = await post({ title: "   ", tags: ["ok", " "] });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body).sort()).toEqual(["tags.1", "title"]);
  });

  it("lists every failing field at once", async () => {
    const res = await post({ priority: 9, relevanceScore: -1, status: "nope" });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body).sort()).toEqual(["priority", "relevanceScore", "status", "title"]);
  });

  it("answers 400 bad_request for a malformed JSON body", async () => {
    const res = await call("POST", "/api/v1/technologies", { key: t.write, rawBody: '{"title": "x",' });
    const body = expectError(res, 400, "bad_request");
    expect(body.error.message).toMatch(/json/i);
  });

  it("answers 400 for an empty PATCH body", async () => {
    const tech = await createTechnology(t.write);
    const res = await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.write, body: {} });
    const body = expectError(res, 400, "validation_failed");
    expect(body.error.message).toContain("at least one field");
  });

  it("answers 400 for a PATCH carrying only a version and a note", async () => {
    const tech = await createTechnology(t.write);
    const res = await call("PATCH", `/api/v1/technologies/${tech.id}`, {
      key: t.write,
      body: { version: 1, note: "x" },
    });
    expectError(res, 400, "validation_failed");
  });

  it("answers 400 for a PATCH that tries to change server-owned fields", async () => {
    const tech = await createTechnology(t.write);
    const res = await call("PATCH", `/api/v1/technologies/${tech.id}`, {
      key: t.write,
      body: { id: "tech_other", createdAt: "2020-01-01T00:00:00Z" },
    });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(expect.arrayContaining(["createdAt", "id"]));
    expect(await read(tech.id)).toEqual(tech);
  });

  it("answers 400 for an invalid value in a PATCH and leaves the row unchanged", async () => {
    const tech = await createTechnology(t.write);
    const res = await call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.write, body: { priority: 6 } });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["priority"]);
    expect(await read(tech.id)).toEqual(tech);
  });
});

describe("technologies: bad query parameters", () => {
  const list = (query: string) => call("GET", `/api/v1/technologies?${query}`, { key: t.read });

  it("searches text holding a NUL character like any other text instead of failing", async () => {
    const tech = await createTechnology(t.write, { title: uniq("nul\u0000title") });
    const found = await expectStatus(api(t.read).technologies.$get({ query: { q: "nul\u0000title" } }), 200);
    expect(found.data.map((r) => r.id)).toContain(tech.id);
    const none = await expectStatus(api(t.read).technologies.$get({ query: { q: "a\u0000b" } }), 200);
    expect(none.data).toEqual([]);
  });

  it.each([
    ["limit=1000", "limit"],
    ["limit=0", "limit"],
    ["page=0", "page"],
    ["page=two", "page"],
    ["sort=bogus", "sort"],
    ["sort=-secretHash", "sort"],
    ["status=nope", "status"],
    ["status=discovery,nope", "status"],
    ["domain=space", "domain"],
    ["priorityMin=0", "priorityMin"],
    ["priorityMax=6", "priorityMax"],
  ])("answers 400 validation_failed for %s", async (query, field) => {
    const res = await list(query);
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it("names the bad value and the allowed ones for a csv filter", async () => {
    const res = await list("status=discovery,nope");
    const body = expectError(res, 400, "validation_failed");
    expect(body.error.message).toContain("nope");
    expect(body.error.message).toContain("integrated");
  });
});

describe("technologies: duplicates", () => {
  const create = (key: string, title: string) => api(key).technologies.$post({ json: { title } });

  it("answers 409 for a second technology with the same title in one project", async () => {
    const first = await createTechnology(t.write, { title: "Duplicate Me" });
    const body = await expectFailure(create(t.write, "Duplicate Me"), 409, "conflict");
    expect(body.error.details).toMatchObject({ field: "title", existingId: first.id });
  });

  it("treats the title as a duplicate after trimming", async () => {
    await createTechnology(t.write, { title: "Trimmed" });
    await expectFailure(create(t.write, "  Trimmed "), 409, "conflict");
  });

  it("allows the same title in another project", async () => {
    await createTechnology(t.write, { title: "Shared Title" });
    const other = await createTenant(admin);
    const row = await expectStatus(create(other.write, "Shared Title"), 201);
    expect(row.projectId).toBe(other.projectId);
  });

  it("answers 409 when a PATCH renames onto an existing title, and keeps the row", async () => {
    await createTechnology(t.write, { title: "Taken" });
    const mover = await createTechnology(t.write, { title: "Mover" });
    await expectFailure(
      api(t.write).technologies[":id"].$patch({ param: { id: mover.id }, json: { title: "Taken" } }),
      409,
      "conflict",
    );
    expect(await read(mover.id)).toEqual(mover);
  });

  it("lets exactly one of several simultaneous creates with one title win", async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => create(t.write, "Racing Title")));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const list = await expectStatus(api(t.read).technologies.$get({ query: { q: "Racing Title" } }), 200);
    expect(list.total).toBe(1);
  });
});
