import { z } from "@hono/zod-openapi";
import { and, asc, eq, inArray } from "drizzle-orm";
import { FINISHED_STATUSES } from "../../../durable-objects/job-runner.protocol";
import { jobs, repositories } from "../../db/schema";
import { createJob } from "../jobs/create-job";
import { JobDeferredError, type JobType, ownedBy } from "../jobs/registry";
import { analyseRepositoryJob } from "./analyse.job";

export const AnalyseBatchParams = z
  .object({
    repositoryIds: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
    concurrency: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type AnalyseBatchParams = z.infer<typeof AnalyseBatchParams>;

/** How often the parent looks at its children while some still run. */
const POLL_MS = 2_000;

/**
 * `repositories.analyse_batch`: analyses the chosen GitHub repositories (or all of them) with at
 * most `concurrency` child jobs at a time. Each run starts children up to the bound, reports the
 * aggregate progress (finished children of all) and, while any is unfinished, waits by deferring
 * itself (no attempt is spent); the last run answers the summary by child status.
 */
export const analyseBatchJob: JobType<AnalyseBatchParams> = {
  type: "repositories.analyse_batch",
  description: "Analyse many GitHub repositories with bounded concurrency, one child job each",
  params: AnalyseBatchParams,
  ids: { repositoryIds: ownedBy(repositories, "repository") },
  maxAttempts: 3,
  timeoutMs: 60_000,
  async run(ctx) {
    const { db, projectId, jobId, params } = ctx;
    const repos = await db
      .select({ id: repositories.id, provider: repositories.provider })
      .from(repositories)
      .where(
        and(
          eq(repositories.projectId, projectId),
          params.repositoryIds ? inArray(repositories.id, params.repositoryIds) : undefined,
        ),
      )
      .orderBy(asc(repositories.createdAt), asc(repositories.id));
    const eligible = repos.filter((r) => r.provider === "github");
    const children = await db
      .select({ id: jobs.id, status: jobs.status, params: jobs.params })
      .from(jobs)
      .where(and(eq(jobs.projectId, projectId), eq(jobs.parentId, jobId)));
    const started = new Set(children.map((c) => String(c.params.repositoryId)));
    const finished = (s: string) => (FINISHED_STATUSES as readonly string[]).includes(s);
    let active = children.filter((c) => !finished(c.status)).length;
    const deps = { db, projectId, actor: { keyId: ctx.createdBy, requestId: jobId }, env: ctx.env };
    for (const repo of eligible) {
      if (active >= params.concurrency) break;
      if (started.has(repo.id)) continue;
      await ctx.checkpoint();
      const child = await createJob(
        deps,
        analyseRepositoryJob,
        { repositoryId: repo.id, source: "github" },
        { parentId: jobId },
      );
      children.push({ id: child.id, status: child.status, params: { repositoryId: repo.id } });
      active++;
      await ctx.log(`started ${child.id} for repository ${repo.id}`);
    }
    const done = children.filter((c) => finished(c.status)).length;
    const total = eligible.length;
    await ctx.progress(total ? Math.floor((done / total) * 100) : 100, `${done} of ${total} analyses finished`);
    if (done < total) throw new JobDeferredError(Date.now() + POLL_MS, `waiting for ${total - done} analyses`);
    const byStatus: Record<string, number> = {};
    for (const c of children) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    return { total, skipped: repos.length - eligible.length, byStatus, children: children.map((c) => c.id) };
  },
};
