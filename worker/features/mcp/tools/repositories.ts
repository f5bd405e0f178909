import { z } from "@hono/zod-openapi";
import { isFinished } from "../../../../durable-objects/job-runner.protocol";
import { IdParam } from "../../../lib/zod";
import { Job } from "../../jobs/jobs.schema";
import { getJob } from "../../jobs/jobs.service";
import { Repository, RepositoryListQuery, RepositoryPage } from "../../repositories/repositories.schema";
import * as repos from "../../repositories/repositories.service";
import { AnalyseRequest } from "../../repository-analysis/analyses.schema";
import { analyseFromGitHub } from "../../repository-analysis/analyses.service";
import type { McpDeps } from "../deps";
import { listText } from "../shapes";
import { defineTool, type ToolCall } from "../tool";
import { jobLine } from "./jobs";

const POLL_MS = 1000;
const GITHUB_URL = /^https:\/\/(www\.)?github\.com\/[^/]+\/[^/]+/;

const Analyze = z
  .object({
    repositoryId: IdParam.shape.id.optional().describe("A registered repository's id"),
    url: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .regex(GITHUB_URL, "a https://github.com/<owner>/<name> URL")
      .optional()
      .describe("A GitHub repository URL; registered in the project first if it is not yet"),
    ref: AnalyseRequest.shape.ref,
    waitSeconds: z
      .number()
      .int()
      .min(0)
      .max(55)
      .default(25)
      .describe("When the client asks for progress: how long to report the job's progress before answering"),
  })
  .strict()
  .refine((v) => (v.repositoryId === undefined) !== (v.url === undefined), {
    message: "send either repositoryId or url",
    path: ["repositoryId"],
  });

const Analysis = z.object({ repository: Repository, job: Job });

/** The repository a call names: registered by id, or found (else registered) by its GitHub URL. */
async function repositoryOf(deps: McpDeps, input: { repositoryId?: string; url?: string }) {
  if (input.repositoryId) return repos.getRepository(deps, input.repositoryId);
  const url = input.url ?? "";
  const [owner = "", name = ""] = new URL(url).pathname.split("/").filter(Boolean);
  const found = await repos.findRepository(deps, { provider: "github", owner, name: name.replace(/\.git$/, "") });
  return found ?? repos.createRepository(deps, { url });
}

/** Reports the job's progress until it finishes, the wait is over, or the client goes away. */
async function follow(deps: McpDeps, jobId: string, call: ToolCall, waitSeconds: number) {
  let job = await getJob(deps, jobId);
  const until = Date.now() + waitSeconds * 1000;
  await call.progress(job.progress, 100, `${job.status}${job.step ? `: ${job.step}` : ""}`);
  while (!isFinished(job.status) && Date.now() < until && !call.signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const next = await getJob(deps, jobId);
    if (next.progress !== job.progress || next.status !== job.status || next.step !== job.step) {
      await call.progress(next.progress, 100, `${next.status}${next.step ? `: ${next.step}` : ""}`);
    }
    job = next;
  }
  return job;
}

export const repositoryTools = [
  defineTool({
    name: "list_repositories",
    title: "List repositories",
    description: "A page of the project's registered repositories, filtered by provider, language or text.",
    input: RepositoryListQuery,
    output: RepositoryPage,
    annotations: { readOnlyHint: true },
    run: (deps, input) => repos.listRepositories(deps, input),
    text: (page) =>
      listText(
        "repositories",
        page,
        (r) => `${r.provider}:${r.owner}/${r.name} (${r.id}) analysed ${r.lastAnalysedAt ?? "never"}`,
      ),
  }),
  defineTool({
    name: "analyze_repository",
    title: "Analyze a repository",
    description:
      "Starts an analysis of a GitHub repository (registered, or by URL) that finds its languages, dependencies " +
      "and technologies and puts them on the radar. Answers with the job; when the client asks for progress, " +
      "reports it until the job ends or waitSeconds pass (then poll get_job_status).",
    input: Analyze,
    output: Analysis,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    async run(deps, input, call) {
      const repository = await repositoryOf(deps, input);
      const started = await analyseFromGitHub(deps, repository.id, input.ref);
      const job = call.wantsProgress ? await follow(deps, started.id, call, input.waitSeconds) : started;
      return { repository, job };
    },
    text: ({ repository, job }) => `${repository.owner}/${repository.name}: ${jobLine(job)}`,
  }),
];
