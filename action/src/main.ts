import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { type AnalysisTarget, runAnalysis } from "../../cli/src/analysis";
import { type Api, apiClient, type Connection, ok } from "../../cli/src/api";
import { ApiError } from "../../cli/src/errors";
import { runExport } from "../../cli/src/exports";
import { pullRequestOf, upsertComment } from "./github";
import { commentMarkdown, diffTechnologies, summaryMarkdown, type TechDiff } from "./report";
import { appendSummary, error, info, input, mask, setOutput, warning } from "./runner";

/** The default branch's latest analysis of `owner/name` (registered as a GitHub repository), if any. */
async function baselineOf(api: Api, owner: string, name: string) {
  const repos = await ok(api.repositories.$get({ query: { q: name, limit: "100" } }));
  const repo = repos.data.find((r) => r.provider === "github" && r.owner === owner && r.name === name);
  if (!repo) return null;
  const page = await ok(api.repositories[":id"].analyses.$get({ param: { id: repo.id }, query: { limit: "1" } }));
  return page.data[0] ?? null;
}

/** Writes the analysis as SARIF through the instance's exports API; null when it cannot. */
async function writeSarif(conn: Connection, analysisId: string, file: string): Promise<string | null> {
  try {
    const exported = await runExport(conn, { format: "sarif", subject: "analysis", filters: { analysisId } });
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, exported.bytes);
    return file;
  } catch (err) {
    warning(`no SARIF written: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/**
 * The Action: analyses the checkout through the CLI's own analysis code, writes SARIF, the job
 * summary and outputs, keeps one pull request comment up to date, and fails on Hold when asked.
 * Pushes analyse into the repository `owner/name`; pull requests into `owner/name.pr`, so the
 * default branch's latest analysis stays the baseline they are compared with.
 */
async function run(): Promise<number> {
  const url = input("url");
  const key = input("api-key");
  mask(key);
  if (!url || !key) {
    error("the url and api-key inputs are required");
    return 1;
  }
  const project = input("project");
  const conn: Connection = { url, key, ...(project ? { project } : {}) };
  const api = apiClient(conn);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const path = resolve(workspace, input("path", "."));
  const [owner = "local", name = basename(workspace)] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const event: unknown = eventPath ? JSON.parse(readFileSync(eventPath, "utf8")) : null;
  const pr = pullRequestOf(event, process.env.GITHUB_REPOSITORY);

  const baseline = pr ? await baselineOf(api, owner, name) : null;
  const target: AnalysisTarget = pr
    ? { kind: "dir", path, owner, name: `${name}.pr`, provider: "upload" }
    : { kind: "dir", path, owner, name, provider: "github" };
  info(`Analysing ${path} as ${target.owner}/${target.name} on ${url}`);
  let lastStep: string | null = null;
  const summary = await runAnalysis(conn, api, target, {
    packed: (p) => info(`packed ${p.files} files (${p.archive.length} bytes compressed)`),
    progress: (percent, step) => {
      if (step !== lastStep) info(`  ${Math.floor(percent)}% ${step ?? ""}`);
      lastStep = step;
    },
  });
  const diff: TechDiff | null = baseline
    ? diffTechnologies(
        baseline.technologies.map((t) => t.title),
        summary.technologies.map((t) => t.title),
        baseline.id,
      )
    : null;

  const sarifInput = input("sarif-file", "commandcenter.sarif");
  const sarifFile = sarifInput ? await writeSarif(conn, summary.analysisId, resolve(workspace, sarifInput)) : null;

  setOutput("analysis-id", summary.analysisId);
  setOutput("technologies", String(summary.technologies.length));
  setOutput("added", summary.added.join(","));
  setOutput("hold", summary.hold.join(","));
  setOutput("sarif-file", sarifFile ?? "");
  appendSummary(summaryMarkdown(summary, diff, sarifFile));

  if (pr && input("comment", "true") === "true") {
    const token = input("github-token") || process.env.GITHUB_TOKEN || "";
    if (!token) warning("no github-token: the pull request comment is skipped");
    else info(`pull request comment ${await upsertComment(token, pr, commentMarkdown(summary, diff))}`);
  }
  if (input("fail-on") === "hold" && summary.hold.length) {
    error(`on Hold in the radar and in use: ${summary.hold.join(", ")}`);
    return 1;
  }
  info(`done: ${summary.technologies.length} technologies, ${summary.added.length} new on the radar`);
  return 0;
}

try {
  process.exitCode = await run();
} catch (err) {
  const requestId = err instanceof ApiError && err.requestId ? ` (request id ${err.requestId})` : "";
  error(`${err instanceof Error ? err.message : String(err)}${requestId}`);
  process.exitCode = 1;
}
