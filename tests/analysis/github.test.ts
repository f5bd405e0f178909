import { describe, expect, it } from "vitest";
import { AnalysisInputError, fetchGitHubRepository, RateLimitedError } from "../../worker/features/analysis";
import { type FakeRoute, fakeGitHub } from "./github-fake";

const blob = (path: string, sha: string, size: number, mode = "100644") => ({ path, mode, type: "blob", sha, size });

/** A small repository: two manifests, source, vendored code, a binary, a symlink, a huge file and a submodule. */
function shopRoutes(extra: Record<string, FakeRoute> = {}): Record<string, FakeRoute> {
  return {
    "": { json: { full_name: "acme/shop", default_branch: "trunk", private: false } },
    "/commits/trunk": { json: { sha: "c0ffee", commit: { tree: { sha: "7ree" } } } },
    "/git/trees/7ree?recursive=1": {
      json: {
        sha: "7ree",
        truncated: false,
        tree: [
          { path: "src", mode: "040000", type: "tree", sha: "d1" },
          blob("package.json", "b1", 60),
          blob("src/index.ts", "b2", 20),
          blob("node_modules/left-pad/index.js", "b3", 30),
          blob("logo.png", "b4", 900),
          blob("current", "b5", 10, "120000"),
          blob("data/huge.json", "b6", 3 * 1024 * 1024),
          { path: "libs/shared", mode: "160000", type: "commit", sha: "s1" },
          blob("notes.txt", "b7", 6),
          blob("Dockerfile", "b8", 13),
        ],
      },
    },
    "/git/blobs/b1": { raw: '{ "dependencies": { "hono": "4.5.0" } }' },
    "/git/blobs/b2": { raw: "export const x = 1;\n" },
    "/git/blobs/b7": { raw: new Uint8Array([0x6e, 0x6f, 0x00, 0x74, 0x65, 0x78]) },
    "/git/blobs/b8": { raw: "FROM node:22\n" },
    ...extra,
  };
}

describe("fetchGitHubRepository", () => {
  it("reads the default branch's manifests, counts every file by its listed size and reports what it left out", async () => {
    const github = fakeGitHub(shopRoutes(), { "x-ratelimit-remaining": "4000" });
    const repo = await fetchGitHubRepository({ owner: "acme", repo: "shop", token: "ghp_test", fetch: github.fetch });
    expect(repo).toEqual({
      files: [
        { path: "Dockerfile", content: "FROM node:22\n", size: 13 },
        { path: "package.json", content: '{ "dependencies": { "hono": "4.5.0" } }', size: 39 },
      ],
      entries: [
        { path: "package.json", size: 60 },
        { path: "src/index.ts", size: 20 },
        { path: "node_modules/left-pad/index.js", size: 30 },
        { path: "notes.txt", size: 6 },
        { path: "Dockerfile", size: 13 },
      ],
      skipped: [
        { path: "logo.png", reason: "binary" },
        { path: "current", reason: "symlink" },
        { path: "data/huge.json", reason: "too_large" },
        { path: "libs/shared", reason: "not_file" },
      ],
      defaultBranch: "trunk",
      ref: "trunk",
      commitSha: "c0ffee",
      private: false,
      truncated: false,
    });
    expect(github.seen.map((r) => r.url.replace("https://api.github.com/repos/acme/shop", ""))).toEqual([
      "",
      "/commits/trunk",
      "/git/trees/7ree?recursive=1",
      "/git/blobs/b1",
      "/git/blobs/b8",
    ]);
    const first = github.seen[0]?.headers;
    expect(first?.get("user-agent")).toBe("CommandCenter-Analyzer");
    expect(first?.get("accept")).toBe("application/vnd.github+json");
    expect(first?.get("x-github-api-version")).toBe("2022-11-28");
    expect(first?.get("authorization")).toBe("Bearer ghp_test");
    expect(github.seen[3]?.headers.get("accept")).toBe("application/vnd.github.raw+json");
  });

  it("reads an explicit ref, keeping slashes in branch names", async () => {
    const routes = shopRoutes({
      "/commits/release/v2": { json: { sha: "c0ffee", commit: { tree: { sha: "7ree" } } } },
    });
    const github = fakeGitHub(routes);
    const repo = await fetchGitHubRepository({ owner: "acme", repo: "shop", ref: "release/v2", fetch: github.fetch });
    expect(repo.ref).toBe("release/v2");
    expect(repo.files.map((f) => f.path)).toEqual(["Dockerfile", "package.json"]);
  });

  it("sends no Authorization header without a token", async () => {
    const github = fakeGitHub(shopRoutes());
    await fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch });
    expect(github.seen.every((r) => !r.headers.has("authorization"))).toBe(true);
  });

  it("turns 404 into an input error that suggests a token", async () => {
    const github = fakeGitHub({});
    await expect(fetchGitHubRepository({ owner: "acme", repo: "ghost", fetch: github.fetch })).rejects.toThrow(
      new AnalysisInputError("repository acme/ghost not found or private (add a token)"),
    );
  });

  it("reads a private repository only with a token", async () => {
    const github = fakeGitHub(
      shopRoutes({
        "": (headers) =>
          headers.has("authorization")
            ? { json: { default_branch: "trunk", private: true } }
            : { status: 404, json: { message: "Not Found" } },
      }),
    );
    await expect(fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch })).rejects.toThrow(
      "repository acme/shop not found or private (add a token)",
    );
    const repo = await fetchGitHubRepository({ owner: "acme", repo: "shop", token: "t", fetch: github.fetch });
    expect(repo.private).toBe(true);
    expect(repo.files).toHaveLength(2);
  });

  it("throws RateLimitedError with the reset time on 403 with no requests remaining", async () => {
    const github = fakeGitHub({
      "": {
        status: 403,
        json: { message: "API rate limit exceeded" },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1900000000" },
      },
    });
    const error = await fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).resetAt).toBe(1_900_000_000_000);
  });

  it("throws RateLimitedError from retry-after on 429, even in the middle of blob downloads", async () => {
    const github = fakeGitHub(shopRoutes({ "/git/blobs/b8": { status: 429, headers: { "retry-after": "120" } } }));
    const before = Date.now();
    const error = await fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    const { resetAt } = error as RateLimitedError;
    expect(resetAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 120_000);
  });

  it("turns any other 403 into a clear input error", async () => {
    const github = fakeGitHub({
      "": {
        status: 403,
        json: { message: "Resource not accessible by integration" },
        headers: { "x-ratelimit-remaining": "4999" },
      },
    });
    await expect(
      fetchGitHubRepository({ owner: "acme", repo: "shop", token: "t", fetch: github.fetch }),
    ).rejects.toThrow(
      new AnalysisInputError(
        "GitHub refused access to acme/shop (403: Resource not accessible by integration); check the token's access",
      ),
    );
  });

  it("keeps blob downloads within the rate-limit window, manifests first", async () => {
    const github = fakeGitHub(shopRoutes(), { "x-ratelimit-remaining": "3" });
    const repo = await fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch });
    expect(repo.files.map((f) => f.path)).toEqual(["package.json"]);
    expect(repo.truncated).toBe(true);
    expect(repo.coverage).toEqual({
      reason:
        "1 of 2 manifest and config files downloaded (file cap or GitHub's request budget): languages from all 5 files; manifests and config files read first",
      filesRead: 5,
      filesTotal: 8,
    });
  });

  it("refuses names that are not GitHub repository names without calling GitHub", async () => {
    const github = fakeGitHub({});
    await expect(fetchGitHubRepository({ owner: "acme", repo: "../admin", fetch: github.fetch })).rejects.toThrow(
      AnalysisInputError,
    );
    expect(github.seen).toEqual([]);
  });
});

describe("GitHub requests that never answer", () => {
  it("gives up on a request after the timeout with an error naming GitHub and the repository", async () => {
    const github = fakeGitHub(shopRoutes({ "/git/blobs/b8": { hang: true } }));
    const started = Date.now();
    const err = await fetchGitHubRepository({ owner: "acme", repo: "shop", fetch: github.fetch, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/GitHub did not answer within 0\.05 s .*acme\/shop/);
    expect(err).not.toBeInstanceOf(AnalysisInputError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("gives each request 20 seconds unless told otherwise", async () => {
    const { GITHUB_TIMEOUT_MS } = await import("../../worker/features/analysis/github/client");
    expect(GITHUB_TIMEOUT_MS).toBe(20_000);
  });
});
