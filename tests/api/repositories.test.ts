import { describe, expect, it } from "vitest";
import {
  call,
  createRepository,
  createTenant,
  expectError,
  instanceAdmin,
  issuePaths,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();

async function names(key: string, query: string): Promise<{ names: string[]; total: number }> {
  const res = await call<Page>("GET", `/api/v1/repositories?${query}`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { names: res.body.data.map((r) => `${r.owner}/${r.name}`), total: res.body.total };
}

describe("repositories: create, read, update, delete", () => {
  it("creates a repository from a GitHub URL alone", async () => {
    const t = await createTenant(admin);
    const res = await call<Row>("POST", "/api/v1/repositories", {
      key: t.write,
      body: { url: "https://github.com/honojs/hono.git" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/repositories/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({
      projectId: t.projectId,
      provider: "github",
      owner: "honojs",
      name: "hono",
      url: "https://github.com/honojs/hono.git",
      defaultBranch: "main",
      stars: 0,
      version: 1,
    });
  });

  it("reads provider, owner and name from GitLab and Bitbucket URLs", async () => {
    const t = await createTenant(admin);
    const gitlab = await createRepository(t.write, {
      provider: undefined,
      owner: undefined,
      name: undefined,
      url: "https://www.gitlab.com/group/app",
    });
    expect(gitlab).toMatchObject({ provider: "gitlab", owner: "group", name: "app" });
    const bitbucket = await createRepository(t.write, {
      provider: undefined,
      owner: undefined,
      name: undefined,
      url: "https://bitbucket.org/team/lib",
    });
    expect(bitbucket).toMatchObject({ provider: "bitbucket", owner: "team", name: "lib" });
  });

  it("creates a repository from owner and name, defaulting the provider to other", async () => {
    const t = await createTenant(admin);
    const res = await call<Row>("POST", "/api/v1/repositories", {
      key: t.write,
      body: { owner: "acme", name: "internal", language: "Go", stars: 12 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      provider: "other",
      owner: "acme",
      name: "internal",
      language: "Go",
      stars: 12,
      url: null,
    });
  });

  it("reads a repository back with its ETag", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    const res = await call<Row>("GET", `/api/v1/repositories/${repo.id}`, { key: t.read });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toEqual(repo);
  });

  it("patches a repository and bumps its version", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write, { description: "old" });
    const res = await call<Row>("PATCH", `/api/v1/repositories/${repo.id}`, {
      key: t.write,
      body: { description: "new", defaultBranch: "trunk" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({ description: "new", defaultBranch: "trunk", name: repo.name, version: 2 });
    expect((await call<Row>("GET", `/api/v1/repositories/${repo.id}`, { key: t.read })).body).toEqual(res.body);
  });

  it("deletes a repository with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    expect((await call("DELETE", `/api/v1/repositories/${repo.id}`, { key: t.write })).status).toBe(204);
    expect((await call("GET", `/api/v1/repositories/${repo.id}`, { key: t.read })).status).toBe(404);
    expect((await call("DELETE", `/api/v1/repositories/${repo.id}`, { key: t.write })).status).toBe(404);
  });
});

describe("repositories: listing", () => {
  it("pages sorted by name by default, with the total", async () => {
    const t = await createTenant(admin);
    for (const name of ["c", "a", "b"]) await createRepository(t.write, { owner: "o", name });
    const res = await call<Page>("GET", "/api/v1/repositories?limit=2", { key: t.read });
    expect(res.body).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(res.body.data.map((r) => r.name)).toEqual(["a", "b"]);
    expect(await names(t.read, "limit=2&page=2")).toEqual({ names: ["o/c"], total: 3 });
  });

  it("sorts by stars descending", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "o", name: "few", stars: 1 });
    await createRepository(t.write, { owner: "o", name: "many", stars: 900 });
    await createRepository(t.write, { owner: "o", name: "some", stars: 40 });
    expect((await names(t.read, "sort=-stars")).names).toEqual(["o/many", "o/some", "o/few"]);
    expect((await names(t.read, "sort=stars")).names).toEqual(["o/few", "o/some", "o/many"]);
  });

  it("filters by provider, one or several", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "o", name: "gh" });
    await createRepository(t.write, { provider: "gitlab", owner: "o", name: "gl" });
    await createRepository(t.write, { provider: "upload", owner: "o", name: "up" });
    expect(await names(t.read, "provider=gitlab")).toEqual({ names: ["o/gl"], total: 1 });
    expect(await names(t.read, "provider=github,upload")).toEqual({ names: ["o/gh", "o/up"], total: 2 });
  });

  it("filters by language", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "o", name: "rs", language: "Rust" });
    await createRepository(t.write, { owner: "o", name: "ts", language: "TypeScript" });
    await createRepository(t.write, { owner: "o", name: "unknown" });
    expect(await names(t.read, "language=Rust")).toEqual({ names: ["o/rs"], total: 1 });
  });

  it("searches owner, name and description with q", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "widgetco", name: "a" });
    await createRepository(t.write, { owner: "o", name: "widget-ui" });
    await createRepository(t.write, { owner: "o", name: "c", description: "renders WIDGETS" });
    await createRepository(t.write, { owner: "o", name: "d" });
    expect(await names(t.read, "q=widget")).toEqual({ names: ["widgetco/a", "o/c", "o/widget-ui"], total: 3 });
  });

  it("answers 400 for bad list parameters", async () => {
    const t = await createTenant(admin);
    for (const [query, field] of [
      ["provider=svn", "provider"],
      ["sort=bogus", "sort"],
      ["limit=101", "limit"],
    ] as const) {
      const res = await call("GET", `/api/v1/repositories?${query}`, { key: t.read });
      expectError(res, 400, "validation_failed");
      expect(issuePaths(res.body)).toEqual([field]);
    }
  });
});

describe("repositories: errors", () => {
  it("answers 400 naming url for a URL of an unknown host and no owner or name", async () => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/repositories", { key: t.write, body: { url: "https://example.com/a/b" } });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["url"]);
  });

  it("answers 400 naming owner when neither owner/name nor url is given", async () => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/repositories", { key: t.write, body: { provider: "github" } });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["owner"]);
  });

  it("answers 400 for a name with a slash, a negative star count, an unknown provider and an extra field", async () => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/repositories", {
      key: t.write,
      body: { provider: "svn", owner: "o", name: "a/b", stars: -1, private: true },
    });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(expect.arrayContaining(["provider", "name", "stars", "private"]));
  });

  it("answers 400 for a non-http url", async () => {
    const t = await createTenant(admin);
    const res = await call("POST", "/api/v1/repositories", {
      key: t.write,
      body: { owner: "o", name: "n", url: "ftp://github.com/o/n" },
    });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["url"]);
  });

  it("answers 400 for an empty PATCH body", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    expectError(
      await call("PATCH", `/api/v1/repositories/${repo.id}`, { key: t.write, body: {} }),
      400,
      "validation_failed",
    );
  });

  it("answers 409 for the same repository twice, whether by URL or by parts", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "dup", name: "repo" });
    const byParts = await call("POST", "/api/v1/repositories", {
      key: t.write,
      body: { provider: "github", owner: "dup", name: "repo" },
    });
    expectError(byParts, 409, "conflict");
    const byUrl = await call("POST", "/api/v1/repositories", {
      key: t.write,
      body: { url: "https://github.com/dup/repo" },
    });
    expectError(byUrl, 409, "conflict");
    expect((await names(t.read, "q=dup")).total).toBe(1);
  });

  it("allows the same owner/name under another provider or in another project", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "same", name: "repo" });
    await createRepository(t.write, { provider: "gitlab", owner: "same", name: "repo" });
    const other = await createTenant(admin);
    await createRepository(other.write, { provider: "github", owner: "same", name: "repo" });
    expect((await names(t.read, "q=same")).total).toBe(2);
  });

  it("answers 409 when a PATCH renames onto an existing repository, and keeps the row", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "o", name: "taken" });
    const mover = await createRepository(t.write, { provider: "github", owner: "o", name: "mover" });
    const res = await call("PATCH", `/api/v1/repositories/${mover.id}`, { key: t.write, body: { name: "taken" } });
    expectError(res, 409, "conflict");
    expect((await call<Row>("GET", `/api/v1/repositories/${mover.id}`, { key: t.read })).body).toEqual(mover);
  });
});
