import { z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { jobs, repositories } from "../../db/schema";
import { createJob } from "../jobs/create-job";
import type { JobType } from "../jobs/registry";
import { analyseRepositoryJob } from "./analyse.job";

export const AnalyseAllParams = z.object({}).strict();
export type AnalyseAllParams = z.infer<typeof AnalyseAllParams>;

/**
 * `repositories.analyse_all`: starts one `repository.analyse` child job per GitHub repository of
 * the project (other providers can only be analysed from an uploaded archive, so they are skipped
 * with a log line). A retried attempt does not start a second child for a repository that already
 * has one from this job.
 */
export const analyseAllRepositoriesJob: JobType<AnalyseAllParams> = {
  type: "repositories.analyse_all",
  description: "Analyse every GitHub repository of the project, one child job per repository",
  params: AnalyseAllParams,
  maxAttempts: 3,
  timeoutMs: 5 * 60_000,
  async run(ctx) {
    const { db, projectId, jobId } = ctx;
    const repos = await db
      .select({
        id: repositories.id,
        provider: repositories.provider,
        owner: repositories.owner,
        name: repositories.name,
      })
      .from(repositories)
      .where(eq(repositories.projectId, projectId))
      .orderBy(asc(repositories.createdAt), asc(repositories.id));
    const earlier = await db
      .select({ id: jobs.id, params: jobs.params })
      .from(jobs)
      .where(and(eq(jobs.projectId, projectId), eq(jobs.parentId, jobId)));
    const started = new Map(earlier.map((j) => [String(j.params.repositoryId), j.id]));
    await ctx.progress(0, `found ${repos.length} repositories`);
    const deps = { db, projectId, actor: { keyId: ctx.createdBy, requestId: jobId }, env: ctx.env };
    const children: string[] = [];
    let skipped = 0;
    for (const [i, repo] of repos.entries()) {
      await ctx.checkpoint();
      const fullName = `${repo.owner}/${repo.name}`;
      const existing = started.get(repo.id);
      if (repo.provider !== "github") {
        skipped++;
        await ctx.log(`skipped ${fullName}: ${repo.provider} repositories need an uploaded archive`);
      } else if (existing) {
        children.push(existing);
      } else {
        const params = { repositoryId: repo.id, source: "github" } as const;
        const child = await createJob(deps, analyseRepositoryJob, params, { parentId: jobId });
        children.push(child.id);
        await ctx.log(`started ${child.id} for ${fullName}`);
      }
      await ctx.progress(((i + 1) / repos.length) * 100, `${i + 1} of ${repos.length} repositories`);
    }
    return { children, skipped };
  },
};
