import { AnalysisInputError, RateLimitedError } from "../errors";

const API = "https://api.github.com";
/** API version pinned so response shapes do not move under us. */
const API_VERSION = "2022-11-28";

/** How long one request (answer and body) may take before it is given up, by default. */
export const GITHUB_TIMEOUT_MS = 20_000;

/** What requests need to know: the repository (for messages), credentials and the fetch to use. */
export interface GitHubClientOptions {
  owner: string;
  repo: string;
  token?: string;
  fetch: typeof fetch;
  /** Per request, body included (default `GITHUB_TIMEOUT_MS`). */
  timeoutMs?: number;
}

/**
 * A thin GitHub REST client that turns refusals into the errors callers branch on: RateLimitedError
 * (with the reset time) for rate limits, AnalysisInputError for what retrying cannot fix, and a
 * plain Error for server trouble worth retrying, including a request that got no complete answer
 * within the timeout. It remembers the last `x-ratelimit-remaining`.
 */
export class GitHubClient {
  /** Requests left in the current rate-limit window, when GitHub said so. */
  remaining: number | null = null;

  constructor(private readonly options: GitHubClientOptions) {}

  /** GET a JSON resource under /repos/{owner}/{repo}; `notFound` is the message for a 404. */
  async json(path: string, notFound: string): Promise<unknown> {
    return this.timed(path, async (signal) => {
      const res = await this.request(path, "application/vnd.github+json", notFound, signal);
      return res.json();
    });
  }

  /** GET a blob's raw bytes. */
  async raw(path: string, notFound: string): Promise<Uint8Array> {
    return this.timed(path, async (signal) => {
      const res = await this.request(path, "application/vnd.github.raw+json", notFound, signal);
      return new Uint8Array(await res.arrayBuffer());
    });
  }

  /** Runs one request under its own timeout signal; a timeout becomes an Error that names it. */
  private async timed<T>(path: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const ms = this.options.timeoutMs ?? GITHUB_TIMEOUT_MS;
    const signal = AbortSignal.timeout(ms);
    try {
      return await work(signal);
    } catch (err) {
      if (!signal.aborted) throw err;
      const { owner, repo } = this.options;
      throw new Error(`GitHub did not answer within ${ms / 1000} s (GET ${path || "/"} of ${owner}/${repo})`);
    }
  }

  private async request(path: string, accept: string, notFound: string, signal: AbortSignal): Promise<Response> {
    const { owner, repo, token } = this.options;
    const headers: Record<string, string> = {
      "User-Agent": "CommandCenter-Analyzer",
      Accept: accept,
      "X-GitHub-Api-Version": API_VERSION,
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    const url = `${API}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}${path}`;
    const res = await this.options.fetch(url, { headers, signal });
    const remaining = res.headers.get("x-ratelimit-remaining");
    if (remaining !== null && Number.isFinite(Number(remaining))) this.remaining = Number(remaining);
    if (res.ok) return res;
    throw await this.failure(res, notFound);
  }

  private async failure(res: Response, notFound: string): Promise<Error> {
    const { owner, repo, token } = this.options;
    const message = await errorMessage(res);
    if (res.status === 429 || ((res.status === 403 || res.status === 401) && isRateLimited(res))) {
      return new RateLimitedError(resetAt(res), `GitHub rate limit exceeded for ${owner}/${repo}`);
    }
    if (res.status === 404) return new AnalysisInputError(notFound);
    if (res.status === 401) return new AnalysisInputError(`GitHub rejected the token (401${message})`);
    if (res.status === 403) {
      const hint = token ? "check the token's access" : "add a token";
      return new AnalysisInputError(`GitHub refused access to ${owner}/${repo} (403${message}); ${hint}`);
    }
    if (res.status === 409) return new AnalysisInputError(`repository ${owner}/${repo} is empty`);
    return new Error(`GitHub API answered ${res.status} for ${owner}/${repo}${message}`);
  }
}

function isRateLimited(res: Response): boolean {
  return res.headers.get("x-ratelimit-remaining") === "0" || res.headers.has("retry-after");
}

/** When to retry, ms epoch: `retry-after` seconds, else `x-ratelimit-reset` (epoch seconds), else a minute. */
export function resetAt(res: Response, now = Date.now()): number {
  const retryAfter = Number(res.headers.get("retry-after"));
  if (res.headers.has("retry-after") && Number.isFinite(retryAfter)) return now + retryAfter * 1000;
  const reset = Number(res.headers.get("x-ratelimit-reset"));
  if (res.headers.has("x-ratelimit-reset") && Number.isFinite(reset) && reset > 0) return reset * 1000;
  return now + 60_000;
}

async function errorMessage(res: Response): Promise<string> {
  try {
    const body: unknown = await res.json();
    if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") {
      return `: ${body.message}`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return "";
}
