/** The pull request an event is about, read from GITHUB_EVENT_PATH's payload. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Marks the Action's comment so a later run edits it instead of adding another. */
export const COMMENT_MARKER = "<!-- commandcenter-analysis -->";

/** The pull request of a `pull_request`/`pull_request_target` payload, or null for other events. */
export function pullRequestOf(event: unknown, repository: string | undefined): PullRequestRef | null {
  if (typeof event !== "object" || event === null || !("pull_request" in event)) return null;
  const pr = event.pull_request;
  const number = typeof pr === "object" && pr !== null && "number" in pr ? Number(pr.number) : Number.NaN;
  const [owner, repo] = (repository ?? "").split("/");
  if (!owner || !repo || !Number.isInteger(number)) return null;
  return { owner, repo, number };
}

/** Calls GitHub's REST API (GITHUB_API_URL, so tests and GitHub Enterprise point it elsewhere). */
async function github(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const base = (process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${token}`,
      "x-github-api-version": "2022-11-28",
      "user-agent": "commandcenter-action",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`GitHub ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Creates the Action's comment on the pull request, or edits the one an earlier run left (found
 * by its marker among the issue comments), so a pull request carries one comment however often
 * it runs. Answers what it did.
 */
export async function upsertComment(token: string, pr: PullRequestRef, body: string): Promise<"created" | "updated"> {
  const text = `${COMMENT_MARKER}\n${body}`;
  const base = `/repos/${pr.owner}/${pr.repo}`;
  for (let page = 1; page <= 10; page++) {
    const comments = await github(token, "GET", `${base}/issues/${pr.number}/comments?per_page=100&page=${page}`);
    if (!Array.isArray(comments)) break;
    const ours = comments.find((c) => typeof c?.body === "string" && c.body.includes(COMMENT_MARKER));
    if (ours) {
      await github(token, "PATCH", `${base}/issues/comments/${ours.id}`, { body: text });
      return "updated";
    }
    if (comments.length < 100) break;
  }
  await github(token, "POST", `${base}/issues/${pr.number}/comments`, { body: text });
  return "created";
}
