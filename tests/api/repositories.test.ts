import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { call, createRepository, createTenant, expectError, instanceAdmin, issuePaths } from "../helpers";

const admin = await instanceAdmin();

type ListQuery = InferRequestType<ReturnType<typeof api>["repositories"]["$get"]>["query"];

async function names(key: string, query: ListQuery): Promise<{ names: string[]; total: number }> {
  const page = await expectStatus(api(key).repositories.$get({ query }), 200);
  return { names: page.data.map((r) => `${r.owner}/${r.name}`), total: page.total };
}

const repository = (key: string) => api(key).repositories[":id"];

describe("repositories: create, read, update, delete", () => {
  it("creates a repository from a GitHub URL alone", async () => {
    const t = await createTenant(admin);
    const { body, headers } = await expectAnswer(
      api(t.write).repositories.$post({ json: { url: "https://github.com/honojs/hono.git" } }),
      201,
    );
    expect(headers.get("location")).toBe(`/api/v1/repositories/${body.id}`);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toMatchObject({
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
    const created = await expectStatus(
      api(t.write).repositories.$post({ json: { owner: "acme", name: "internal", language: "Go", stars: 12 } }),
      201,
    );
    expect(created).toMatchObject({
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
    const { body, headers } = await expectAnswer(repository(t.read).$get({ param: { id: repo.id } }), 200);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toEqual(repo);
  });

  it("patches a repository and bumps its version", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write, { description: "old" });
    const { body, headers } = await expectAnswer(
      repository(t.write).$patch({ param: { id: repo.id }, json: { description: "new", defaultBranch: "trunk" } }),
      200,
    );
    expect(headers.get("etag")).toBe('"2"');
    expect(body).toMatchObject({ description: "new", defaultBranch: "trunk", name: repo.name, version: 2 });
    expect(await expectStatus(repository(t.read).$get({ param: { id: repo.id } }), 200)).toEqual(body);
  });

  it("deletes a repository with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    await expectStatus(repository(t.write).$delete({ param: { id: repo.id } }), 204);
    await expectFailure(repository(t.read).$get({ param: { id: repo.id } }), 404, "not_found");
    await expectFailure(repository(t.write).$delete({ param: { id: repo.id } }), 404, "not_found");
  });
});

describe("repositories: listing", () => {
  it("pages sorted by name by default, with the total", async () => {
    const t = await createTenant(admin);
    for (const name of ["c", "a", "b"]) await createRepository(t.write, { owner: "o", name });
    const page = await expectStatus(api(t.read).repositories.$get({ query: { limit: 2 } }), 200);
    expect(page).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.data.map((r) => r.name)).toEqual(["a", "b"]);
    expect(await names(t.read, { limit: 2, page: 2 })).toEqual({ names: ["o/c"], total: 3 });
  });

  it("sorts by stars descending", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "o", name: "few", stars: 1 });
    await createRepository(t.write, { owner: "o", name: "many", stars: 900 });
    await createRepository(t.write, { owner: "o", name: "some", stars: 40 });
    expect((await names(t.read, { sort: "-stars" })).names).toEqual(["o/many", "o/some", "o/few"]);
    expect((await names(t.read, { sort: "stars" })).names).toEqual(["o/few", "o/some", "o/many"]);
  });

  it("filters by provider, one or several", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "o", name: "gh" });
    await createRepository(t.write, { provider: "gitlab", owner: "o", name: "gl" });
    await createRepository(t.write, { provider: "upload", owner: "o", name: "up" });
    expect(await names(t.read, { provider: "gitlab" })).toEqual({ names: ["o/gl"], total: 1 });
    expect(await names(t.read, { provider: "github,upload" })).toEqual({ names: ["o/gh", "o/up"], total: 2 });
  });

  it("filters by language", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "o", name: "rs", language: "Rust" });
    await createRepository(t.write, { owner: "o", name: "ts", language: "TypeScript" });
    await createRepository(t.write, { owner: "o", name: "unknown" });
    expect(await names(t.read, { language: "Rust" })).toEqual({ names: ["o/rs"], total: 1 });
  });

  it("searches owner, name and description with q", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { owner: "widgetco", name: "a" });
    await createRepository(t.write, { owner: "o", name: "widget-ui" });
    await createRepository(t.write, { owner: "o", name: "c", description: "renders WIDGETS" });
    await createRepository(t.write, { owner: "o", name: "d" });
    expect(await names(t.read, { q: "widget" })).toEqual({ names: ["widgetco/a", "o/c", "o/widget-ui"], total: 3 });
  });

  it("answers 400 for bad list parameters", async () => {
    const t = await createTenant(admin);
    for (const [query, field] of [
      [{ provider: "svn" }, "provider"],
      [{ limit: 101 }, "limit"],
    ] as const) {
      const body = await expectFailure(api(t.read).repositories.$get({ query }), 400, "validation_failed");
      expect(issuePaths(body)).toEqual([field]);
    }
  });

  it("answers 400 for a sort key outside the enum (malformed, so sent raw)", async () => {
    const t = await createTenant(admin);
    const res = await call("GET", "/api/v1/repositories?sort=bogus", { key: t.read });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["sort"]);
  });
});

describe("repositories: errors", () => {
  it("answers 400 naming url for a URL of an unknown host and no owner or name", async () => {
    const t = await createTenant(admin);
    const body = await expectFailure(
      api(t.write).repositories.$post({ json: { url: "https://example.com/a/b" } }),
      400,
      "validation_failed",
    );
    expect(issuePaths(body)).toEqual(["url"]);
  });

  it("answers 400 naming owner when neither owner/name nor url is given", async () => {
    const t = await createTenant(admin);
    const body = await expectFailure(
      api(t.write).repositories.$post({ json: { provider: "github" } }),
      400,
      "validation_failed",
    );
    expect(issuePaths(body)).toEqual(["owner"]);
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
    const body = await expectFailure(
      api(t.write).repositories.$post({ json: { owner: "o", name: "n", url: "ftp://github.com/o/n" } }),
      400,
      "validation_failed",
    );
    expect(issuePaths(body)).toEqual(["url"]);
  });

  it("answers 400 for an empty PATCH body", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    await expectFailure(repository(t.write).$patch({ param: { id: repo.id }, json: {} }), 400, "validation_failed");
  });

  it("answers 409 for the same repository twice, whether by URL or by parts", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "dup", name: "repo" });
    const repositories = api(t.write).repositories;
    await expectFailure(
      repositories.$post({ json: { provider: "github", owner: "dup", name: "repo" } }),
      409,
      "conflict",
    );
    await expectFailure(repositories.$post({ json: { url: "https://github.com/dup/repo" } }), 409, "conflict");
    expect((await names(t.read, { q: "dup" })).total).toBe(1);
  });

  it("allows the same owner/name under another provider or in another project", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "same", name: "repo" });
    await createRepository(t.write, { provider: "gitlab", owner: "same", name: "repo" });
    const other = await createTenant(admin);
    await createRepository(other.write, { provider: "github", owner: "same", name: "repo" });
    expect((await names(t.read, { q: "same" })).total).toBe(2);
  });

  it("answers 409 when a PATCH renames onto an existing repository, and keeps the row", async () => {
    const t = await createTenant(admin);
    await createRepository(t.write, { provider: "github", owner: "o", name: "taken" });
    const mover = await createRepository(t.write, { provider: "github", owner: "o", name: "mover" });
    await expectFailure(
      repository(t.write).$patch({ param: { id: mover.id }, json: { name: "taken" } }),
      409,
      "conflict",
    );
    expect(await expectStatus(repository(t.read).$get({ param: { id: mover.id } }), 200)).toEqual(mover);
  });
});
