import { DEFAULT_ARCHIVE_LIMITS } from "../archive/limits";
import { decodeText } from "../archive/text";
import { AnalysisInputError } from "../errors";
import { isTable, list, table, text } from "../manifests/formats";
import type { PartialCoverage, RepoEntry, RepoFile, SkippedEntry } from "../types";
import { GitHubClient } from "./client";
import { selectBlobs, type TreeEntry } from "./select";

/** Caps for one GitHub read: how many blobs, how large each, and how many downloads at once. */
export interface GitHubLimits {
  /** Blobs downloaded at most (default 2,000): manifests first, then files rules look into. */
  maxFiles: number;
  /** Larger blobs are skipped as `too_large` (default 2 MiB). */
  maxFileBytes: number;
  /** Parallel blob downloads (default 8). */
  concurrency: number;
}

/** Where to read from and how. `fetch` is injectable so tests (and callers) can supply their own. */
export interface GitHubSourceOptions {
  owner: string;
  repo: string;
  /** Branch, tag or commit; the default branch when omitted. */
  ref?: string;
  token?: string;
  fetch?: typeof fetch;
  limits?: Partial<GitHubLimits>;
  /** Per request (default `GITHUB_TIMEOUT_MS`, 20 s). */
  timeoutMs?: number;
}

/** A repository read through the REST API. */
export interface GitHubRepository {
  /** Manifests, config files and files rules look into, downloaded. */
  files: RepoFile[];
  /** Every file of the tree with its listed size, for the language statistics. */
  entries: RepoEntry[];
  skipped: SkippedEntry[];
  defaultBranch: string;
  /** The ref that was read and the commit it resolved to. */
  ref: string;
  commitSha: string;
  private: boolean;
  /** True when not every wanted file was downloaded (file cap, rate-limit budget) or the tree was truncated. */
  truncated: boolean;
  /** When truncated: why, and how many of the tree's files were counted (manifests always first). */
  coverage?: PartialCoverage;
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/** Requests kept in reserve when the rate-limit window is nearly spent, so the read can finish. */
const RESERVE = 2;

/**
 * Reads a repository through GitHub's REST API: the repository (default branch, private flag), the
 * commit for the ref, its recursive tree (whose sizes give the language statistics), then raw blobs
 * of the files the analyzer reads, manifests first. Without a token GitHub allows 60 requests an hour, so the number of blobs is also held to
 * what the rate-limit window has left. 404 and other permanent refusals throw AnalysisInputError;
 * rate limits throw RateLimitedError with the reset time.
 */
export async function fetchGitHubRepository(options: GitHubSourceOptions): Promise<GitHubRepository> {
  const { owner, repo, token } = options;
  if (!NAME.test(owner) || !NAME.test(repo) || owner.startsWith(".") || repo.startsWith(".")) {
    throw new AnalysisInputError(`"${owner}/${repo}" is not a valid GitHub repository name`);
  }
  const limits: GitHubLimits = {
    maxFiles: 2000,
    maxFileBytes: DEFAULT_ARCHIVE_LIMITS.maxFileBytes,
    concurrency: 8,
    ...options.limits,
  };
  const client = new GitHubClient({ owner, repo, token, fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs });
  const hint = token ? "or the token cannot read it" : "or private (add a token)";

  const meta = await client.json("", `repository ${owner}/${repo} not found ${hint}`);
  const defaultBranch = (isTable(meta) ? text(meta.default_branch) : undefined) ?? "main";
  const ref = options.ref ?? defaultBranch;
  const refPath = ref.split("/").map(encodeURIComponent).join("/");
  const commit = await client.json(`/commits/${refPath}`, `ref "${ref}" not found in ${owner}/${repo}`);
  const commitSha = isTable(commit) ? text(commit.sha) : undefined;
  if (!commitSha) throw new Error(`GitHub returned no commit for ${owner}/${repo}@${ref}`);

  const treeSha = (isTable(commit) ? text(table(table(commit, "commit"), "tree").sha) : undefined) ?? commitSha;
  const tree = await client.json(`/git/trees/${treeSha}?recursive=1`, `tree of ${owner}/${repo}@${ref} not found`);
  const entries = (isTable(tree) ? list(tree.tree) : []).filter(isTreeEntry);
  const budget = client.remaining === null ? limits.maxFiles : Math.max(0, client.remaining - RESERVE);
  const selection = selectBlobs(entries, Math.min(limits.maxFiles, budget), limits.maxFileBytes);

  const files: RepoFile[] = [];
  const skipped = [...selection.skipped];
  await forEachLimited(selection.fetch, limits.concurrency, async (entry) => {
    const bytes = await client.raw(`/git/blobs/${entry.sha}`, `blob ${entry.path} not found in ${owner}/${repo}`);
    const content = bytes.length > limits.maxFileBytes ? null : decodeText(bytes);
    if (content === null)
      skipped.push({ path: entry.path, reason: bytes.length > limits.maxFileBytes ? "too_large" : "binary" });
    else files.push({ path: entry.path, content, size: bytes.length });
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const treeTruncated = isTable(tree) && tree.truncated === true;
  const result: GitHubRepository = {
    files,
    entries: selection.entries,
    skipped,
    defaultBranch,
    ref,
    commitSha,
    private: isTable(meta) && meta.private === true,
    truncated: selection.left > 0 || treeTruncated,
  };
  if (result.truncated) {
    const total = entries.filter((e) => e.type === "blob").length;
    const counted = selection.entries.length.toLocaleString("en-US");
    const wanted = (files.length + selection.left).toLocaleString("en-US");
    const why = treeTruncated
      ? `GitHub's tree listing was truncated: languages from the ${counted} files it lists`
      : `${files.length.toLocaleString("en-US")} of ${wanted} manifest and config files downloaded (file cap or GitHub's request budget): languages from all ${counted} files`;
    result.coverage = {
      reason: `${why}; manifests and config files read first`,
      filesRead: selection.entries.length,
      filesTotal: total,
    };
  }
  return result;
}

function isTreeEntry(value: unknown): value is TreeEntry {
  return (
    isTable(value) && typeof value.path === "string" && typeof value.type === "string" && typeof value.sha === "string"
  );
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
