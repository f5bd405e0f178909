import { z } from "@hono/zod-openapi";
import { and, count, eq, gte, inArray, isNotNull, lt, type SQL, sql } from "drizzle-orm";
import { isFinished, type JobRunnerRpc, type JobView } from "../../../durable-objects/job-runner.protocol";
import { jobs } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { orderOf, paginate } from "../../lib/pagination";
import type { JobListInput } from "./jobs.schema";
import { listJobTypes } from "./registry";

/** What job services need: the tenant, and the bindings the jobs' Durable Objects live in. */
export type JobDeps = TenantDeps & { env: Env };

/** The Durable Object stub of a job, typed by the RPC interface the class implements. */
export function jobStub(env: Env, jobId: string): DurableObjectStub<JobRunnerRpc & Rpc.DurableObjectBranded> {
  const namespace: DurableObjectNamespace<JobRunnerRpc & Rpc.DurableObjectBranded> = env.JOBS;
  return namespace.get(namespace.idFromName(jobId));
}

const bound = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();

/** Checks the job belongs to the project (404 otherwise) and returns its live state. */
export async function getJob(deps: JobDeps, id: string): Promise<JobView> {
  const row = await deps.db.query.jobs.findFirst({
    where: and(eq(jobs.id, id), eq(jobs.projectId, deps.projectId)),
    columns: { id: true },
  });
  if (!row) throw notFound("job", id);
  const live = await jobStub(deps.env, id).get();
  if (!live) throw notFound("job", id);
  return live;
}

export async function listJobs({ db, projectId }: TenantDeps, q: JobListInput) {
  const where: SQL[] = [eq(jobs.projectId, projectId)];
  if (q.status) where.push(inArray(jobs.status, q.status));
  if (q.type) where.push(eq(jobs.type, q.type));
  if (q.parentId) where.push(eq(jobs.parentId, q.parentId));
  if (q.createdFrom) where.push(gte(jobs.createdAt, bound(q.createdFrom)));
  if (q.createdTo) where.push(lt(jobs.createdAt, bound(q.createdTo)));
  const page = await paginate(db, jobs, and(...where), orderOf(jobs.createdAt, true, jobs.id), q);
  return { ...page, data: page.data.map(({ updatedAt: _u, durationMs: _d, ...job }) => job) };
}

/** Counts by status and type, and the average and 95th-percentile duration of finished runs, in SQL. */
export async function jobStats({ db, projectId }: TenantDeps) {
  const mine = eq(jobs.projectId, projectId);
  const timed = and(mine, isNotNull(jobs.durationMs));
  const ranked = db
    .select({
      value: jobs.durationMs,
      rank: sql<number>`row_number() over (order by ${jobs.durationMs})`.as("rank"),
      n: sql<number>`count(*) over ()`.as("n"),
    })
    .from(jobs)
    .where(timed)
    .as("ranked");
  const [byStatus, byType, durations, p95] = await db.batch([
    db.select({ key: jobs.status, n: count() }).from(jobs).where(mine).groupBy(jobs.status),
    db.select({ key: jobs.type, n: count() }).from(jobs).where(mine).groupBy(jobs.type),
    db
      .select({ average: sql<number | null>`avg(${jobs.durationMs})`, samples: count() })
      .from(jobs)
      .where(timed),
    db
      .select({ value: ranked.value })
      .from(ranked)
      // Nearest rank: the ceil(0.95 n)-th smallest duration, in integer arithmetic.
      .where(sql`${ranked.rank} = (${ranked.n} * 95 + 99) / 100`),
  ]);
  const tally = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
  return {
    total: byStatus.reduce((sum, r) => sum + r.n, 0),
    byStatus: tally(byStatus),
    byType: tally(byType),
    durationMs: {
      average:
        durations[0]?.average === null || durations[0]?.average === undefined ? null : Math.round(durations[0].average),
      p95: p95[0]?.value ?? null,
      samples: durations[0]?.samples ?? 0,
    },
  };
}

export async function cancelJob(deps: JobDeps, id: string): Promise<JobView> {
  await getJob(deps, id);
  const res = await jobStub(deps.env, id).cancel();
  if (!res.job) throw new AppError("conflict", `job ${id} already finished (${res.status}); nothing to cancel`);
  return res.job;
}

export async function retryJob(deps: JobDeps, id: string): Promise<JobView> {
  await getJob(deps, id);
  const res = await jobStub(deps.env, id).retry();
  if (!res.job)
    throw new AppError(
      "conflict",
      `job ${id} is ${res.status}; only failed, cancelled or timed-out jobs can be retried`,
    );
  return res.job;
}

export async function deleteJob(deps: JobDeps, id: string): Promise<void> {
  const job = await getJob(deps, id);
  if (!isFinished(job.status)) throw new AppError("conflict", `job ${id} is ${job.status}; cancel it before deleting`);
  await jobStub(deps.env, id).destroy();
}

/** Job types with their parameter schema as JSON Schema, for forms and the CLI: what a client may send (defaulted parameters optional). */
export function describeJobTypes() {
  return listJobTypes().map((t) => ({
    type: t.type,
    description: t.description,
    maxAttempts: t.maxAttempts,
    timeoutMs: t.timeoutMs,
    params: z.toJSONSchema(t.params, { unrepresentable: "any", io: "input" }),
  }));
}
