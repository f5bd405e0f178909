import { afterEach, describe, expect, it, vi } from "vitest";
import { call, createTechnology, createTenant, instanceAdmin, type Page, type Row, uniq } from "../helpers";
import { finishJob } from "../knowledge/knowledge-helpers";

const admin = await instanceAdmin();
afterEach(() => vi.restoreAllMocks());

async function titles(key: string, query: string): Promise<{ titles: string[]; total: number }> {
  const res = await call<Page>("GET", `/api/v1/technologies?${query}`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { titles: res.body.data.map((t) => String(t.title)), total: res.body.total };
}

describe("technologies: create, read, update, delete", () => {
  it("creates a technology with 201, a Location, an ETag and the server defaults", async () => {
    const t = await createTenant(admin);
    const res = await call<Row>("POST", "/api/v1/technologies", {
      key: t.write,
      body: {
        title: "  Hono  ",
        vendor: "Yusuke",
        tags: ["edge", " web "],
        links: [{ title: "Docs", url: "https://hono.dev" }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/technologies/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({
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
    expect(res.body.id).toMatch(/^tech_/);
  });

  it("reads a technology back with its ETag", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { domain: "data", priority: 5 });
    const res = await call<Row>("GET", `/api/v1/technologies/${tech.id}`, { key: t.read });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toEqual(tech);
  });

  it("patches only the fields sent, bumps the version and answers the new ETag", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { vendor: "Acme", tags: ["a"] });
    const res = await call<Row>("PATCH", `/api/v1/technologies/${tech.id}`, {
      key: t.write,
      body: { description: "fast", relevanceScore: 90 },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({
      description: "fast",
      relevanceScore: 90,
      vendor: "Acme",
      tags: ["a"],
      version: 2,
    });
    const read = await call<Row>("GET", `/api/v1/technologies/${tech.id}`, { key: t.read });
    expect(read.body).toEqual(res.body);
  });

  it("deletes a technology with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const del = await call("DELETE", `/api/v1/technologies/${tech.id}`, { key: t.write });
    expect(del.status).toBe(204);
    expect(del.body).toBeNull();
    expect((await call("GET", `/api/v1/technologies/${tech.id}`, { key: t.read })).status).toBe(404);
    expect((await call("DELETE", `/api/v1/technologies/${tech.id}`, { key: t.write })).status).toBe(404);
    expect((await call("GET", `/api/v1/technologies/${tech.id}/history`, { key: t.read })).status).toBe(404);
  });

  it("drops a deleted technology from the documents and feeds that linked it, and only there", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    const gone = await createTechnology(t.write);
    const kept = await createTechnology(t.write);
    const doc = await call<{ document: Row }>("POST", "/api/v1/knowledge/documents", {
      key: t.write,
      body: { title: "links", content: "Notes on both.", technologyIds: [gone.id, kept.id] },
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>';
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response(empty));
    const feed = await call<{ feed: Row; job: Row }>("POST", "/api/v1/knowledge/feeds", {
      key: t.write,
      body: { url: "https://feeds.example.com/a.xml", technologyIds: [gone.id] },
    });
    expect(feed.status, JSON.stringify(feed.body)).toBe(201);
    expect(await finishJob(t.read, String(feed.body.job.id))).toMatchObject({ status: "completed" });
    const unrelated = await call<{ document: Row }>("POST", "/api/v1/knowledge/documents", {
      key: other.write,
      body: { title: "elsewhere", content: "Another project." },
    });
    expect(unrelated.status).toBe(201);

    expect((await call("DELETE", `/api/v1/technologies/${gone.id}`, { key: t.write })).status).toBe(204);
    const after = await call<Row>("GET", `/api/v1/knowledge/documents/${doc.body.document.id}`, { key: t.read });
    expect(after.body.technologyIds).toEqual([kept.id]);
    expect(after.body.version).toBe(Number(doc.body.document.version) + 1);
    const feeds = await call<Page>("GET", "/api/v1/knowledge/feeds", { key: t.read });
    expect(feeds.body.data.find((f) => f.id === feed.body.feed.id)?.technologyIds).toEqual([]);
    const byTech = await call<Page>("GET", `/api/v1/knowledge/documents?technologyId=${gone.id}`, { key: t.read });
    expect(byTech.body.total).toBe(0);
    const untouched = await call<Row>("GET", `/api/v1/knowledge/documents/${unrelated.body.document.id}`, {
      key: other.read,
    });
    expect(untouched.body.version).toBe(unrelated.body.document.version);
  });

  it("answers 404 for an id that never existed", async () => {
    const t = await createTenant(admin);
    const res = await call("PATCH", "/api/v1/technologies/tech_missing", { key: t.write, body: { priority: 1 } });
    expect(res.status).toBe(404);
  });
});

describe("technologies: listing", () => {
  it("pages through the list with the total across all pages", async () => {
    const t = await createTenant(admin);
    for (const title of ["a1", "a2", "a3", "a4", "a5"]) await createTechnology(t.write, { title });
    const first = await call<Page>("GET", "/api/v1/technologies?limit=2&sort=title", { key: t.read });
    expect(first.body).toMatchObject({ page: 1, limit: 2, total: 5 });
    expect(first.body.data.map((r) => r.title)).toEqual(["a1", "a2"]);
    const third = await titles(t.read, "limit=2&page=3&sort=title");
    expect(third).toEqual({ titles: ["a5"], total: 5 });
    const beyond = await titles(t.read, "limit=2&page=4&sort=title");
    expect(beyond).toEqual({ titles: [], total: 5 });
  });

  it("defaults to 20 rows per page", async () => {
    const t = await createTenant(admin);
    const res = await call<Page>("GET", "/api/v1/technologies", { key: t.read });
    expect(res.body).toEqual({ data: [], page: 1, limit: 20, total: 0 });
  });

  it("filters by one or several comma-separated domains", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "d-ai", domain: "ai-ml" });
    await createTechnology(t.write, { title: "d-data", domain: "data" });
    await createTechnology(t.write, { title: "d-sec", domain: "security" });
    expect(await titles(t.read, "domain=data&sort=title")).toEqual({ titles: ["d-data"], total: 1 });
    expect(await titles(t.read, "domain=ai-ml,security&sort=title")).toEqual({ titles: ["d-ai", "d-sec"], total: 2 });
  });

  it("filters by one or several comma-separated statuses", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "s-disc" });
    await createTechnology(t.write, { title: "s-int", status: "integrated" });
    await createTechnology(t.write, { title: "s-arch", status: "archived" });
    expect(await titles(t.read, "status=integrated")).toEqual({ titles: ["s-int"], total: 1 });
    expect(await titles(t.read, "status=discovery,archived&sort=title")).toEqual({
      titles: ["s-arch", "s-disc"],
      total: 2,
    });
  });

  it("filters by an inclusive priority range", async () => {
    const t = await createTenant(admin);
    for (const priority of [1, 2, 3, 4, 5]) await createTechnology(t.write, { title: `p${priority}`, priority });
    expect(await titles(t.read, "priorityMin=4&sort=title")).toEqual({ titles: ["p4", "p5"], total: 2 });
    expect(await titles(t.read, "priorityMax=2&sort=title")).toEqual({ titles: ["p1", "p2"], total: 2 });
    expect(await titles(t.read, "priorityMin=2&priorityMax=3&sort=title")).toEqual({ titles: ["p2", "p3"], total: 2 });
  });

  it("filters by an exact tag", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "edge-one", tags: ["edge", "web"] });
    await createTechnology(t.write, { title: "edgy", tags: ["edgy"] });
    await createTechnology(t.write, { title: "none" });
    expect(await titles(t.read, "tag=edge")).toEqual({ titles: ["edge-one"], total: 1 });
  });

  it("searches title, vendor and description case-insensitively with q", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "Postgres" });
    await createTechnology(t.write, { title: "Other", vendor: "PostgreSQL Global" });
    await createTechnology(t.write, { title: "Third", description: "a postgres wire-compatible store" });
    await createTechnology(t.write, { title: "Unrelated" });
    expect(await titles(t.read, "q=POSTGRES&sort=title")).toEqual({ titles: ["Other", "Postgres", "Third"], total: 3 });
  });

  it("treats % and _ in q as literal characters", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "100% uptime" });
    await createTechnology(t.write, { title: "1000 uptime" });
    expect(await titles(t.read, `q=${encodeURIComponent("0%")}`)).toEqual({ titles: ["100% uptime"], total: 1 });
    expect(await titles(t.read, "q=_")).toEqual({ titles: [], total: 0 });
  });

  it("combines filters with AND", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "match", domain: "data", priority: 5, tags: ["x"] });
    await createTechnology(t.write, { title: "wrong-domain", domain: "tools", priority: 5, tags: ["x"] });
    await createTechnology(t.write, { title: "wrong-priority", domain: "data", priority: 1, tags: ["x"] });
    await createTechnology(t.write, { title: "wrong-tag", domain: "data", priority: 5, tags: ["y"] });
    expect(await titles(t.read, "domain=data&priorityMin=4&tag=x")).toEqual({ titles: ["match"], total: 1 });
  });

  it("sorts ascending by default direction and descending with a leading dash", async () => {
    const t = await createTenant(admin);
    await createTechnology(t.write, { title: "b", priority: 1, relevanceScore: 70 });
    await createTechnology(t.write, { title: "c", priority: 5, relevanceScore: 10 });
    await createTechnology(t.write, { title: "a", priority: 3, relevanceScore: 40 });
    expect((await titles(t.read, "sort=title")).titles).toEqual(["a", "b", "c"]);
    expect((await titles(t.read, "sort=-title")).titles).toEqual(["c", "b", "a"]);
    expect((await titles(t.read, "sort=priority")).titles).toEqual(["b", "a", "c"]);
    expect((await titles(t.read, "sort=-priority")).titles).toEqual(["c", "a", "b"]);
    expect((await titles(t.read, "sort=-relevanceScore")).titles).toEqual(["b", "a", "c"]);
  });

  it("lists the most recently updated technology first by default", async () => {
    const t = await createTenant(admin);
    const older = await createTechnology(t.write, { title: uniq("b-older") });
    await createTechnology(t.write, { title: uniq("a-newer") });
    await createTechnology(t.write, { title: uniq("c-newest") });
    const patched = await call<Row>("PATCH", `/api/v1/technologies/${older.id}`, {
      key: t.write,
      body: { priority: 1 },
    });
    expect(patched.status).toBe(200);
    const list = await call<Page>("GET", "/api/v1/technologies", { key: t.read });
    const stamps = list.body.data.map((r) => r.updatedAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
    expect(stamps[0]).toBe(patched.body.updatedAt);
  });
});
