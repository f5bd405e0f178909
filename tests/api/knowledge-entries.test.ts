import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createTechnology, createTenant, expectError, instanceAdmin, issuePaths } from "../helpers";

const admin = await instanceAdmin();
const ENTRIES = "/api/v1/knowledge/entries";

type Client = ReturnType<typeof api>;
type EntryCreate = Parameters<Client["knowledge"]["entries"]["$post"]>[0]["json"];
type EntryQuery = Parameters<Client["knowledge"]["entries"]["$get"]>[0]["query"];

/** Creates an entry with a unique title unless `json` names one. */
const createEntry = (key: string, json: Partial<EntryCreate> = {}) =>
  expectStatus(
    api(key).knowledge.entries.$post({ json: { title: `entry-${crypto.randomUUID().slice(0, 8)}`, ...json } }),
    201,
  );

const getEntry = (key: string, id: string) => api(key).knowledge.entries[":id"].$get({ param: { id } });

async function titles(key: string, query: EntryQuery): Promise<{ titles: string[]; total: number }> {
  const page = await expectStatus(api(key).knowledge.entries.$get({ query }), 200);
  return { titles: page.data.map((r) => r.title), total: page.total };
}

describe("knowledge entries: create, read, update, delete", () => {
  it("creates an entry linked to technologies of the project", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const res = await api(t.write).knowledge.entries.$post({
      json: {
        title: "ADR 7: use D1",
        sourceType: "adr",
        sourceUrl: "https://wiki.test/adr/7",
        content: "We chose D1.",
        tags: ["storage"],
        technologyIds: [tech.id],
      },
    });
    expect(res.headers.get("etag")).toBe('"1"');
    const body = await expectStatus(res, 201);
    expect(res.headers.get("location")).toBe(`${ENTRIES}/${body.id}`);
    expect(body).toMatchObject({
      projectId: t.projectId,
      title: "ADR 7: use D1",
      sourceType: "adr",
      sourceUrl: "https://wiki.test/adr/7",
      content: "We chose D1.",
      tags: ["storage"],
      technologyIds: [tech.id],
      version: 1,
    });
  });

  it("defaults to a note with empty content, tags and links", async () => {
    const t = await createTenant(admin);
    const entry = await createEntry(t.write);
    expect(entry).toMatchObject({ sourceType: "note", sourceUrl: null, content: "", tags: [], technologyIds: [] });
  });

  it("reads an entry back with its ETag", async () => {
    const t = await createTenant(admin);
    const entry = await createEntry(t.write, { content: "body" });
    const res = await getEntry(t.read, entry.id);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(await expectStatus(res, 200)).toEqual(entry);
  });

  it("patches an entry and bumps its version", async () => {
    const t = await createTenant(admin);
    const entry = await createEntry(t.write, { tags: ["old"] });
    const res = await api(t.write).knowledge.entries[":id"].$patch({
      param: { id: entry.id },
      json: { tags: ["new", "more"], content: "updated" },
    });
    expect(res.headers.get("etag")).toBe('"2"');
    const patched = await expectStatus(res, 200);
    expect(patched).toMatchObject({ tags: ["new", "more"], content: "updated", title: entry.title, version: 2 });
    expect(await expectStatus(getEntry(t.read, entry.id), 200)).toEqual(patched);
  });

  it("deletes an entry with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const entry = await createEntry(t.write);
    const remove = () => api(t.write).knowledge.entries[":id"].$delete({ param: { id: entry.id } });
    await expectStatus(remove(), 204);
    await expectFailure(getEntry(t.read, entry.id), 404, "not_found");
    await expectFailure(remove(), 404, "not_found");
  });

  it("answers 404 when linking a technology that does not exist, on create and on patch", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const failure = await expectFailure(
      api(t.write).knowledge.entries.$post({ json: { title: "x", technologyIds: [tech.id, "tech_nope"] } }),
      404,
      "not_found",
    );
    expect(failure.error.message).toContain("tech_nope");
    const entry = await createEntry(t.write);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: entry.id }, json: { technologyIds: ["tech_nope"] } }),
      404,
      "not_found",
    );
    expect(await expectStatus(getEntry(t.read, entry.id), 200)).toEqual(entry);
  });
});

describe("knowledge entries: listing", () => {
  it("pages with the total", async () => {
    const t = await createTenant(admin);
    for (const title of ["k1", "k2", "k3"]) await createEntry(t.write, { title });
    expect(await titles(t.read, { sort: "title", limit: 2 })).toEqual({ titles: ["k1", "k2"], total: 3 });
    expect(await titles(t.read, { sort: "-title", limit: 2, page: 2 })).toEqual({ titles: ["k1"], total: 3 });
  });

  it("filters by one or several source types", async () => {
    const t = await createTenant(admin);
    await createEntry(t.write, { title: "a-note" });
    await createEntry(t.write, { title: "b-adr", sourceType: "adr" });
    await createEntry(t.write, { title: "c-pdf", sourceType: "pdf" });
    expect(await titles(t.read, { sourceType: "adr" })).toEqual({ titles: ["b-adr"], total: 1 });
    expect(await titles(t.read, { sourceType: "note,pdf", sort: "title" })).toEqual({
      titles: ["a-note", "c-pdf"],
      total: 2,
    });
  });

  it("filters by an exact tag", async () => {
    const t = await createTenant(admin);
    await createEntry(t.write, { title: "tagged", tags: ["perf", "d1"] });
    await createEntry(t.write, { title: "near-miss", tags: ["performance"] });
    expect(await titles(t.read, { tag: "perf" })).toEqual({ titles: ["tagged"], total: 1 });
  });

  it("filters by a linked technology", async () => {
    const t = await createTenant(admin);
    const one = await createTechnology(t.write);
    const two = await createTechnology(t.write);
    await createEntry(t.write, { title: "both", technologyIds: [one.id, two.id] });
    await createEntry(t.write, { title: "only-two", technologyIds: [two.id] });
    await createEntry(t.write, { title: "none" });
    expect(await titles(t.read, { technologyId: one.id })).toEqual({ titles: ["both"], total: 1 });
    expect(await titles(t.read, { technologyId: two.id, sort: "title" })).toEqual({
      titles: ["both", "only-two"],
      total: 2,
    });
  });

  it("searches title and content with q", async () => {
    const t = await createTenant(admin);
    await createEntry(t.write, { title: "Caching notes" });
    await createEntry(t.write, { title: "Other", content: "the edge CACHE is warm" });
    await createEntry(t.write, { title: "Unrelated", tags: ["cache"] });
    expect(await titles(t.read, { q: "cach", sort: "title" })).toEqual({
      titles: ["Caching notes", "Other"],
      total: 2,
    });
  });
});

describe("knowledge entries: validation errors", () => {
  it.each([
    [{ content: "no title" }, "title"],
    [{ title: "x", sourceType: "video" }, "sourceType"],
    [{ title: "x", sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
    [{ title: "x", tags: "one" }, "tags"],
    [{ title: "x", technologyIds: [""] }, "technologyIds.0"],
    [{ title: "x", summary: "extra" }, "summary"],
  ])("answers 400 naming the failing field of %j", async (body, field) => {
    const t = await createTenant(admin);
    const res = await call("POST", ENTRIES, { key: t.write, body });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it.each([
    ["sourceType=video", "sourceType"],
    ["sort=content", "sort"],
    ["page=-1", "page"],
  ])("answers 400 for the query %s", async (query, field) => {
    const t = await createTenant(admin);
    const res = await call("GET", `${ENTRIES}?${query}`, { key: t.read });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual([field]);
  });

  it("answers 400 for content over 512 KiB and 413 for a body over 1 MiB", async () => {
    const t = await createTenant(admin);
    const post = (content: string) => api(t.write).knowledge.entries.$post({ json: { title: "long", content } });
    const long = await expectFailure(post("x".repeat(600 * 1024)), 400, "validation_failed");
    expect(issuePaths(long)).toEqual(["content"]);
    await expectFailure(post("x".repeat(1100 * 1024)), 413, "payload_too_large");
    expect((await titles(t.read, {})).total).toBe(0);
  });

  it("answers 400 for an empty PATCH body and a malformed one", async () => {
    const t = await createTenant(admin);
    const entry = await createEntry(t.write);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: entry.id }, json: {} }),
      400,
      "validation_failed",
    );
    expectError(
      await call("PATCH", `${ENTRIES}/${entry.id}`, { key: t.write, rawBody: "not json" }),
      400,
      "bad_request",
    );
  });
});

describe("knowledge entries: sourceKey", () => {
  it("answers 200 with the existing entry when the same entry is sent again with its sourceKey", async () => {
    const t = await createTenant(admin);
    const json = { title: "Imported page", sourceKey: "wiki:42", content: "same", tags: ["wiki"] };
    const first = await expectStatus(api(t.write).knowledge.entries.$post({ json }), 201);
    const again = await expectStatus(api(t.write).knowledge.entries.$post({ json }), 200);
    expect(again).toEqual(first);
  });

  it("answers 409 for a sourceKey another entry has, on create and on patch, and changes nothing", async () => {
    const t = await createTenant(admin);
    const held = await expectStatus(
      api(t.write).knowledge.entries.$post({ json: { title: "held", sourceKey: "wiki:7" } }),
      201,
    );
    const failure = await expectFailure(
      api(t.write).knowledge.entries.$post({ json: { title: "different", sourceKey: "wiki:7" } }),
      409,
      "conflict",
    );
    expect(failure.error.message).toContain(held.id);
    const other = await expectStatus(api(t.write).knowledge.entries.$post({ json: { title: "other" } }), 201);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: other.id }, json: { sourceKey: "wiki:7" } }),
      409,
      "conflict",
    );
    const page = await expectStatus(api(t.read).knowledge.entries.$get({ query: { sort: "title" } }), 200);
    expect(page.data.map((e) => [e.title, e.sourceKey, e.version])).toEqual([
      ["held", "wiki:7", 1],
      ["other", null, 1],
    ]);
  });

  it("creates one entry when 20 identical requests with one sourceKey arrive at once: 201 once, 200 for the rest", async () => {
    const t = await createTenant(admin);
    const json = { title: "Concurrent import", sourceKey: "wiki:99", content: "# Body\n\ntext" };
    const answers = await Promise.all(Array.from({ length: 20 }, () => api(t.write).knowledge.entries.$post({ json })));
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    const page = await expectStatus(api(t.read).knowledge.entries.$get({ query: {} }), 200);
    expect(page.total).toBe(1);
  });
});
