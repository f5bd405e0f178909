import { and, eq, inArray } from "drizzle-orm";
import type { JobView, JsonObject } from "../../../durable-objects/job-runner.protocol";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { fieldIssues } from "../../lib/openapi";
import type { JobCreateInput } from "./jobs.schema";
import { type JobDeps, jobStub } from "./jobs.service";
import { getJobType, type JobType, listJobTypes, type OwnedTable } from "./registry";

/** When and how a job starts, beside its parameters. */
export interface JobOptions {
  /** Start no earlier than this time (ms since the epoch); now when absent. */
  runAt?: number | null;
  /** Or start this long from now (ms), as the job's Durable Object counts time. */
  delayMs?: number;
  /** The job that started this one. */
  parentId?: string | null;
  /** Bytes attached to the job, such as an uploaded archive. */
  input?: Uint8Array;
}

/**
 * Starts a job of `jobType` with parameters typed by that type's schema:
 * `createJob(deps, pollFeedJob, { feedId })`. The parameters are still validated (400) and every
 * id the type declares in `ids` must name a row of the caller's project (404, nothing created).
 */
export function createJob<P>(deps: JobDeps, jobType: JobType<P>, params: NoInfer<P>, options: JobOptions = {}) {
  return startJob(deps, jobType.type, params, options);
}

/** `POST /jobs` and schedules: a job type named by a string, with untyped parameters. */
export function createJobNamed(deps: JobDeps, input: JobCreateInput): Promise<JobView> {
  const runAt = input.runAt ? Date.parse(input.runAt) : null;
  const delayMs = input.delaySeconds ? input.delaySeconds * 1000 : undefined;
  return startJob(deps, input.type, input.params, { runAt, delayMs });
}

async function startJob(deps: JobDeps, type: string, params: unknown, options: JobOptions): Promise<JobView> {
  const jobType = getJobType(type);
  if (!jobType) {
    const known = listJobTypes().map((t) => t.type);
    throw new AppError("validation_failed", `unknown job type '${type}'; known: ${known.join(", ")}`, [
      { path: "type", message: `expected one of ${known.join(", ")}` },
    ]);
  }
  const parsed = jobType.params.safeParse(params);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `params.${i.path}` }));
    throw new AppError(
      "validation_failed",
      `invalid params for ${type}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      issues,
    );
  }
  const data = parsed.data as JsonObject;
  await assertOwnedIds(deps, jobType.ids ?? {}, data);
  const id = newId("job");
  return jobStub(deps.env, id).create({
    id,
    projectId: deps.projectId,
    type,
    params: data,
    runAt: options.runAt ?? null,
    delayMs: options.delayMs,
    parentId: options.parentId ?? null,
    createdBy: deps.actor.keyId,
    input: options.input,
  });
}

/**
 * Checks that every id parameter the job type declares names a row of the caller's project;
 * another project's row is answered exactly like a row that does not exist. Used when a job is
 * created and when a schedule that will create it is saved.
 */
export async function assertOwnedIds(
  { db, projectId }: TenantDeps,
  ids: Readonly<Record<string, OwnedTable | undefined>>,
  params: JsonObject,
): Promise<void> {
  for (const [param, owned] of Object.entries(ids)) {
    const value = params[param];
    const wanted =
      typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
    if (!owned || wanted.length === 0) continue;
    const found = await db
      .select({ id: owned.id })
      .from(owned.table)
      .where(and(inArray(owned.id, wanted), eq(owned.projectId, projectId)));
    const missing = wanted.find((id) => !found.some((f) => f.id === id));
    if (missing) throw notFound(owned.noun, missing);
  }
}
