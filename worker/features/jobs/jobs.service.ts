import { z } from "@hono/zod-openapi";
import { and, count, eq, gte, inArray, isNotNull, lt, type SQL, sql } from "drizzle-orm";
import type { CreateJob } from "../../../durable-objects/job-runner";
import {
  isFinished,
  type JobStatus,
  type JobView,
  type JsonObject,
} from "../../../durable-objects/job-runner.protocol";
import { jobs } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { fieldIssues } from "../../lib/openapi";
import { orderOf, paginate } from "../../lib/pagination";
import type { JobCreateInput, JobListInput } from "./jobs.schema";
import { getJobType, listJobTypes } from "./registry";

/**
 * The job's Durable Object, typed by its public methods. (The generated stub type maps JSON
 * recursively and overflows the compiler, so the contract is spelled out here instead.)
 */
export interface JobRunnerStub {
  create(spec: CreateJob): Promise<JobView>;
  get(): Promise<JobView | null>;
  cancel(): Promise<{ job: JobView | null; status: JobStatus }>;
  retry(): Promise<{ job: JobView | null; status: JobStatus }>;
  destroy(): Promise<void>;
  issueTicket(): Promise<{ ticket: string; expiresAt: string }>;
  fetch(request: Request): Promise<Response>;
}

/** The Durable Object stub of a job. */
export function jobStub(env: Env, jobId: string): JobRunnerStub {
  const namespace: DurableObjectNamespace = env.JOBS;
  return namespace.get(namespace.idFromName(jobId)) as unknown as JobRunnerStub;
}

const bound = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();

/** Validates type and parameters and starts the job's Durable Object. */
export async function createJob(
  deps: TenantDeps & { env: Env },
  input: JobCreateInput & { parentId?: string | null; inputBytes?: Uint8Array },
): Promise<JobView> {
  const jobType = getJobType(input.type);
  if (!jobType) {
    const known = listJobTypes().map((t) => t.type);
    throw new AppError("validation_failed", `unknown job type '${input.type}'; known: ${known.join(", ")}`, [
      { path: "type", message: `expected one of ${known.join(", ")}` },
    ]);
  }
  const parsed = jobType.params.safeParse(input.params);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `params.${i.path}` }));
    throw new AppError(
      "validation_failed",
      `invalid params for ${input.type}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      issues,
    );
  }
  const runAt = input.runAt
    ? Date.parse(input.runAt)
    : input.delaySeconds
      ? Date.now() + input.delaySeconds * 1000
      : null;
  const id = newId("job");
  return jobStub(deps.env, id).create({
    id,
    projectId: deps.projectId,
    type: input.type,
    params: parsed.data as JsonObject,
    runAt,
    parentId: input.parentId ?? null,
    createdBy: deps.actor.keyId,
    input: input.inputBytes,
  });
}

/** Checks the job belongs to the project (404 otherwise) and returns its live state. */
export async function getJob(deps: TenantDeps & { env: Env }, id: string): Promise<JobView> {
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

export async function cancelJob(deps: TenantDeps & { env: Env }, id: string): Promise<JobView> {
  await getJob(deps, id);
  const res = await jobStub(deps.env, id).cancel();
  if (!res.job) throw new AppError("conflict", `job ${id} already finished (${res.status}); nothing to cancel`);
  return res.job;
}

export async function retryJob(deps: TenantDeps & { env: Env }, id: string): Promise<JobView> {
  await getJob(deps, id);
  const res = await jobStub(deps.env, id).retry();
  if (!res.job)
    throw new AppError(
      "conflict",
      `job ${id} is ${res.status}; only failed, cancelled or timed-out jobs can be retried`,
    );
  return res.job;
}

export async function deleteJob(deps: TenantDeps & { env: Env }, id: string): Promise<void> {
  const job = await getJob(deps, id);
  if (!isFinished(job.status)) throw new AppError("conflict", `job ${id} is ${job.status}; cancel it before deleting`);
  await jobStub(deps.env, id).destroy();
}

/** Job types with their parameter schema as JSON Schema, for forms and the CLI. */
export function describeJobTypes() {
  return listJobTypes().map((t) => ({
    type: t.type,
    description: t.description,
    maxAttempts: t.maxAttempts,
    timeoutMs: t.timeoutMs,
    params: z.toJSONSchema(t.params, { unrepresentable: "any" }),
  }));
}
