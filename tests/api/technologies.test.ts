import { afterEach, describe, expect, it, vi } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, uniq } from "../helpers";
import { finishJob, ingestDoc } from "../knowledge/knowledge-helpers";

const admin = await instanceAdmin();
afterEach(() => vi.restoreAllMocks());

type TechnologyInput = Parameters<ReturnType<typeof api>["technologies"]["$post"]>[0]["json"];
type ListQuery = Parameters<ReturnType<typeof api>["technologies"]["$get"]>[0]["query"];

/** Adds a technology (a unique title unless one is given) and returns it. */
const add = (key: string, json: Partial<TechnologyInput> = {}) =>
  expectStatus(api(key).technologies.$post({ json: { title: uniq("tech"), ...json } }), 201);

async function titles(key: string, query: ListQuery): Promise<{ titles: string[]; total: number }> {
  const page = await expectStatus(api(key).technologies.$get({ query }), 200);
  return { titles: page.data.map((t) => t.title), total: page.total };
}

describe("technologies: create, read, update, delete", () => {
  it("creates a technology with 201, a Location, an ETag and the server defaults", async () => {
    const t = await createTenant(admin);
    const res = await api(t.write).technologies.$post({
      json: {
        title: "  Hono  ",
        vendor: "Yusuke",
        tags: ["edge", " web "],
        links: [{ title: "Docs", url: "https://hono.dev" }],
      },
    });
    expect(res.status).toBe(201);
    const body = await expectStatus(res, 201);
    expect(res.headers.get("location")).toBe(`/api/v1/technologies/${body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(body).toMatchObject({
      projectId: t.projectId,
      title: "Hono",
      vendor: "Yusuke",
      domain: "other",
      status: "discovery",
      priority: 3,
      relevanceScore: 50,
      tags: ["edge", "web"],
      links: [{ title: "Docs", url: "https://hono.dev" }],
      description: "",
      version: 1,
    });
    expect(body.id).toMatch(/^tech_/);
  });

  it("reads a technology back with its ETag", async () => {
    const t = await createTenant(admin);
    const tech = await add(t.write, { domain: "data", priority: 5 });
    const res = await api(t.read).technologies[":id"].$get({ param: { id: tech.id } });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(await expectStatus(res, 200)).toEqual(tech);
  });

  it("patches only the fields sent, bumps the version and answers the new ETag", async () => {
    const t = await createTenant(admin);
    const tech = await add(t.write, { vendor: "Acme", tags: ["a"] });
    const res = await api(t.write).technologies[":id"].$patch({
      param: { id: tech.id },
      json: { description: "fast", relevanceScore: 90 },
    });
    expect(res.headers.get("etag")).toBe('"2"');
    const patched = await expectStatus(res, 200);
    expect(patched).toMatchObject({ description: "fast", relevanceScore: 90, vendor: "Acme", tags: ["a"], version: 2 });
    expect(await expectStatus(api(t.read).technologies[":id"].$get({ param: { id: tech.id } }), 200)).toEqual(patched);
  });

  it("deletes a technology with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const tech = await add(t.write);
    const param = { id: tech.id };
    expect(await expectStatus(api(t.write).technologies[":id"].$delete({ param }), 204)).toBe("");
    await expectFailure(api(t.read).technologies[":id"].$get({ param }), 404, "not_found");
    await expectFailure(api(t.write).technologies[":id"].$delete({ param }), 404, "not_found");
    await expectFailure(api(t.read).technologies[":id"].history.$get({ param, query: {} }), 404, "not_found");
  });

  it("drops a deleted technology from the documents and feeds that linked it, and only there", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    const gone = await add(t.write);
    const kept = await add(t.write);
    const knowledge = api(t.write).knowledge;
    const doc = await ingestDoc(t.write, {
      title: "links",
      content: "Notes on both.",
      technologyIds: [gone.id, kept.id],
    });
    const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>';
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response(empty));
    const feed = await expectStatus(
      knowledge.feeds.$post({ json: { url: "https://feeds.example.com/a.xml", technologyIds: [gone.id] } }),
      201,
    );
    expect(await finishJob(t.read, String(feed.job?.id))).toMatchObject({ status: "completed" });
    const unrelated = await ingestDoc(other.write, { title: "elsewhere", content: "Another project." });

    await expectStatus(api(t.write).technologies[":id"].$delete({ param: { id: gone.id } }), 204);
    const read = api(t.read).knowledge;
    const after = await expectStatus(read.documents[":id"].$get({ param: { id: doc.document.id } }), 200);
    expect(after.technologyIds).toEqual([kept.id]);
    expect(after.version).toBe(doc.document.version + 1);
    const feeds = await expectStatus(read.feeds.$get({ query: {} }), 200);
    expect(feeds.data.find((f) => f.id === feed.feed.id)?.technologyIds).toEqual([]);
    const byTech = await expectStatus(read.documents.$get({ query: { technologyId: gone.id } }), 200);
    expect(byTech.total).toBe(0);
    const untouched = await expectStatus(
      api(other.read).knowledge.documents[":id"].$get({ param: { id: unrelated.document.id } }),
      200,
    );
    expect(untouched.version).toBe(unrelated.document.version);
  });

  it("answers 404 for an id that never existed", async () => {
    const t = await createTenant(admin);
    await expectFailure(
      api(t.write).technologies[":id"].$patch({ param: { id: "tech_missing" }, json: { priority: 1 } }),
      404,
      "not_found",
    );
  });
});

describe("technologies: listing", () => {
  it("pages through the list with the total across all pages", async () => {
    const t = await createTenant(admin);
    for (const title of ["a1", "a2", "a3", "a4", "a5"]) await add(t.write, { title });
    const first = await expectStatus(api(t.read).technologies.$get({ query: { limit: "2", sort: "title" } }), 200);
    expect(first).toMatchObject({ page: 1, limit: 2, total: 5 });
    expect(first.data.map((r) => r.title)).toEqual(["a1", "a2"]);
    expect(await titles(t.read, { limit: "2", page: "3", sort: "title" })).toEqual({ titles: ["a5"], total: 5 });
    expect(await titles(t.read, { limit: "2", page: "4", sort: "title" })).toEqual({ titles: [], total: 5 });
  });

  it("defaults to 20 rows per page", async () => {
    const t = await createTenant(admin);
    const page = await expectStatus(api(t.read).technologies.$get({ query: {} }), 200);
    expect(page).toEqual({ data: [], page: 1, limit: 20, total: 0 });
  });

  it("filters by one or several comma-separated domains", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "d-ai", domain: "ai-ml" });
    await add(t.write, { title: "d-data", domain: "data" });
    await add(t.write, { title: "d-sec", domain: "security" });
    expect(await titles(t.read, { domain: "data", sort: "title" })).toEqual({ titles: ["d-data"], total: 1 });
    expect(await titles(t.read, { domain: "ai-ml,security", sort: "title" })).toEqual({
      titles: ["d-ai", "d-sec"],
      total: 2,
    });
  });

  it("filters by one or several comma-separated statuses", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "s-disc" });
    await add(t.write, { title: "s-int", status: "integrated" });
    await add(t.write, { title: "s-arch", status: "archived" });
    expect(await titles(t.read, { status: "integrated" })).toEqual({ titles: ["s-int"], total: 1 });
    expect(await titles(t.read, { status: "discovery,archived", sort: "title" })).toEqual({
      titles: ["s-arch", "s-disc"],
      total: 2,
    });
  });

  it("filters by an inclusive priority range", async () => {
    const t = await createTenant(admin);
    for (const priority of [1, 2, 3, 4, 5]) await add(t.write, { title: `p${priority}`, priority });
    expect(await titles(t.read, { priorityMin: "4", sort: "title" })).toEqual({ titles: ["p4", "p5"], total: 2 });
    expect(await titles(t.read, { priorityMax: "2", sort: "title" })).toEqual({ titles: ["p1", "p2"], total: 2 });
    expect(await titles(t.read, { priorityMin: "2", priorityMax: "3", sort: "title" })).toEqual({
      titles: ["p2", "p3"],
      total: 2,
    });
  });

  it("filters by an exact tag", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "edge-one", tags: ["edge", "web"] });
    await add(t.write, { title: "edgy", tags: ["edgy"] });
    await add(t.write, { title: "none" });
    expect(await titles(t.read, { tag: "edge" })).toEqual({ titles: ["edge-one"], total: 1 });
  });

  it("searches title, vendor and description case-insensitively with q", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "Postgres" });
    await add(t.write, { title: "Other", vendor: "PostgreSQL Global" });
    await add(t.write, { title: "Third", description: "a postgres wire-compatible store" });
    await add(t.write, { title: "Unrelated" });
    expect(await titles(t.read, { q: "POSTGRES", sort: "title" })).toEqual({
      titles: ["Other", "Postgres", "Third"],
      total: 3,
    });
  });

  it("treats % and _ in q as literal characters", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "100% uptime" });
    await add(t.write, { title: "1000 uptime" });
    expect(await titles(t.read, { q: "0%" })).toEqual({ titles: ["100% uptime"], total: 1 });
    expect(await titles(t.read, { q: "_" })).toEqual({ titles: [], total: 0 });
  });

  it("combines filters with AND", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "match", domain: "data", priority: 5, tags: ["x"] });
    await add(t.write, { title: "wrong-domain", domain: "tools", priority: 5, tags: ["x"] });
    await add(t.write, { title: "wrong-priority", domain: "data", priority: 1, tags: ["x"] });
    await add(t.write, { title: "wrong-tag", domain: "data", priority: 5, tags: ["y"] });
    expect(await titles(t.read, { domain: "data", priorityMin: "4", tag: "x" })).toEqual({
      titles: ["match"],
      total: 1,
    });
  });

  it("sorts ascending by default direction and descending with a leading dash", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: "b", priority: 1, relevanceScore: 70 });
    await add(t.write, { title: "c", priority: 5, relevanceScore: 10 });
    await add(t.write, { title: "a", priority: 3, relevanceScore: 40 });
    expect((await titles(t.read, { sort: "title" })).titles).toEqual(["a", "b", "c"]);
    expect((await titles(t.read, { sort: "-title" })).titles).toEqual(["c", "b", "a"]);
    expect((await titles(t.read, { sort: "priority" })).titles).toEqual(["b", "a", "c"]);
    expect((await titles(t.read, { sort: "-priority" })).titles).toEqual(["c", "a", "b"]);
    expect((await titles(t.read, { sort: "-relevanceScore" })).titles).toEqual(["b", "a", "c"]);
  });

  it("lists the most recently updated technology first by default", async () => {
    const t = await createTenant(admin);
    const older = await add(t.write, { title: uniq("b-older") });
    await add(t.write, { title: uniq("a-newer") });
    await add(t.write, { title: uniq("c-newest") });
    const patched = await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: older.id }, json: { priority: 1 } }),
      200,
    );
    const list = await expectStatus(api(t.read).technologies.$get({ query: {} }), 200);
    const stamps = list.data.map((r) => r.updatedAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
    expect(stamps[0]).toBe(patched.updatedAt);
  });
});

describe("technologies: tag and text filters follow every write", () => {
  it("lists a technology under a tag only while it carries that tag, and counts it only then", async () => {
    const t = await createTenant(admin);
    const a = await add(t.write, { title: "a", tags: ["alpha", "beta", "alpha"] });
    await add(t.write, { title: "b", tags: ["beta"] });
    const c = await add(t.write, { title: "c", tags: ["alphabet"] });
    expect(await titles(t.read, { tag: "alpha" })).toEqual({ titles: ["a"], total: 1 });

    await expectStatus(api(t.write).technologies[":id"].$patch({ param: { id: a.id }, json: { tags: ["beta"] } }), 200);
    expect(await titles(t.read, { tag: "alpha" })).toEqual({ titles: [], total: 0 });
    expect(await titles(t.read, { tag: "beta", sort: "title" })).toEqual({ titles: ["a", "b"], total: 2 });

    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: c.id }, json: { tags: ["alpha"] } }),
      200,
    );
    expect(await titles(t.read, { tag: "alpha" })).toEqual({ titles: ["c"], total: 1 });
    expect(await titles(t.read, { tag: "alphabet" })).toEqual({ titles: [], total: 0 });

    await expectStatus(api(t.write).technologies[":id"].$delete({ param: { id: a.id } }), 204);
    expect(await titles(t.read, { tag: "beta" })).toEqual({ titles: ["b"], total: 1 });
    expect(await titles(t.read, {})).toEqual({ titles: ["c", "b"], total: 2 });
  });

  it("keeps totals right as technologies move between statuses, domains and priorities", async () => {
    const t = await createTenant(admin);
    const moving = await add(t.write, { title: "moving", tags: ["x"], status: "research", priority: 2 });
    await add(t.write, { title: "staying", tags: ["x"], status: "research", priority: 4 });
    const query = { tag: "x", status: "research", priorityMin: "2", sort: "title" } as const;
    expect(await titles(t.read, query)).toEqual({ titles: ["moving", "staying"], total: 2 });

    const param = { id: moving.id };
    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { status: "evaluation" } }), 200);
    expect(await titles(t.read, query)).toEqual({ titles: ["staying"], total: 1 });
    expect(await titles(t.read, { status: "evaluation" })).toEqual({ titles: ["moving"], total: 1 });

    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { domain: "data", priority: 1 } }), 200);
    expect(await titles(t.read, { domain: "data", priorityMax: "1", tag: "x" })).toEqual({
      titles: ["moving"],
      total: 1,
    });
    expect(await titles(t.read, { priorityMin: "2" })).toEqual({ titles: ["staying"], total: 1 });
  });

  it("never lists another project's technologies for a tag or a text query, nor counts them", async () => {
    const mine = await createTenant(admin);
    const theirs = await createTenant(admin);
    await add(mine.write, { title: "Shared Cache", tags: ["shared"] });
    await add(theirs.write, { title: "Shared Cache", tags: ["shared"] });
    await add(theirs.write, { title: "Their Cache", tags: ["shared"] });
    expect(await titles(mine.read, { tag: "shared" })).toEqual({ titles: ["Shared Cache"], total: 1 });
    expect(await titles(mine.read, { q: "cache" })).toEqual({ titles: ["Shared Cache"], total: 1 });
    expect(await titles(mine.read, { q: "cache", tag: "shared" })).toEqual({ titles: ["Shared Cache"], total: 1 });
    expect(await titles(mine.read, {})).toEqual({ titles: ["Shared Cache"], total: 1 });
    expect((await titles(theirs.read, { tag: "shared" })).total).toBe(2);
  });

  it("finds text inside words, follows edits of title and description, and forgets deleted rows", async () => {
    const t = await createTenant(admin);
    const tech = await add(t.write, { title: "Memcached Store" });
    expect(await titles(t.read, { q: "cache" })).toEqual({ titles: ["Memcached Store"], total: 1 });
    expect(await titles(t.read, { q: "CACHED st" })).toEqual({ titles: ["Memcached Store"], total: 1 });

    const param = { id: tech.id };
    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { title: "Redis" } }), 200);
    expect(await titles(t.read, { q: "cache" })).toEqual({ titles: [], total: 0 });
    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param, json: { description: "An in-memory cache layer" } }),
      200,
    );
    expect(await titles(t.read, { q: "cache" })).toEqual({ titles: ["Redis"], total: 1 });
    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { vendor: "Redis Ltd" } }), 200);
    expect(await titles(t.read, { q: "is lt" })).toEqual({ titles: ["Redis"], total: 1 });

    await expectStatus(api(t.write).technologies[":id"].$delete({ param }), 204);
    expect(await titles(t.read, { q: "cache" })).toEqual({ titles: [], total: 0 });
  });

  it("reads quotes and search operators in q as plain text", async () => {
    const t = await createTenant(admin);
    await add(t.write, { title: 'say "hi" now' });
    await add(t.write, { title: "A AND B" });
    await add(t.write, { title: "NEAR(x y)*" });
    expect(await titles(t.read, { q: '"hi"' })).toEqual({ titles: ['say "hi" now'], total: 1 });
    expect(await titles(t.read, { q: "a and b" })).toEqual({ titles: ["A AND B"], total: 1 });
    expect(await titles(t.read, { q: "near(x" })).toEqual({ titles: ["NEAR(x y)*"], total: 1 });
    expect(await titles(t.read, { q: "y)*" })).toEqual({ titles: ["NEAR(x y)*"], total: 1 });
    expect(await titles(t.read, { q: "-hi" })).toEqual({ titles: [], total: 0 });
  });

  it("answers the same pages whether it reads in index order or collects the matches first", async () => {
    const t = await createTenant(admin);
    const statuses = ["research", "evaluation", "integrated"] as const;
    for (let i = 0; i < 101; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, 101 - i) }, (_, j) =>
          add(t.write, {
            title: `n${i + j}`,
            status: statuses[(i + j) % 3],
            priority: 1 + ((i + j) % 5),
            tags: [(i + j) % 4 === 0 ? "four" : "other", ...(i + j === 50 ? ["one"] : [])],
          }),
        ),
      );
    }
    const pageOf = (page: string) =>
      expectStatus(api(t.read).technologies.$get({ query: { limit: "100", page } }), 200);
    const all = [...(await pageOf("1")).data, ...(await pageOf("2")).data];
    expect(all).toHaveLength(101);
    const newestFirst = (x: { updatedAt: string; id: string }, y: { updatedAt: string; id: string }) =>
      x.updatedAt === y.updatedAt ? (x.id < y.id ? 1 : -1) : x.updatedAt < y.updatedAt ? 1 : -1;
    const cases: [ListQuery, (r: (typeof all)[number]) => boolean][] = [
      // One match in 101 rows at 100 a page: collecting the match is cheaper than reading in order.
      [{ tag: "one", limit: "100" }, (r) => r.tags.includes("one")],
      [
        { tag: "four", status: "evaluation", limit: "5", page: "2" },
        (r) => r.tags.includes("four") && r.status === "evaluation",
      ],
      [{ priorityMin: "4", limit: "7", page: "3" }, (r) => r.priority >= 4],
      [
        { status: "integrated,research", priorityMax: "2", limit: "100" },
        (r) => r.status !== "evaluation" && r.priority <= 2,
      ],
    ];
    for (const [query, keep] of cases) {
      const limit = Number(query.limit);
      const start = (Number(query.page ?? 1) - 1) * limit;
      const expected = all.filter(keep).sort(newestFirst);
      const page = await expectStatus(api(t.read).technologies.$get({ query }), 200);
      expect(page.total, JSON.stringify(query)).toBe(expected.length);
      expect(
        page.data.map((r) => r.id),
        JSON.stringify(query),
      ).toEqual(expected.slice(start, start + limit).map((r) => r.id));
    }
  }, 60_000);
});
