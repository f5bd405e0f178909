import { and, eq, ne } from "drizzle-orm";
import type { JsonObject } from "../../../durable-objects/job-runner.protocol";
import { schedules } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError, type FieldIssue } from "../../lib/errors";
import { fieldIssues } from "../../lib/openapi";
import { assertOwnedIds } from "../jobs/create-job";
import { getJobType, listJobTypes } from "../jobs/registry";
import { canonicalJson, firstCommonRun, sameExpression } from "./overlap";
import type { ScheduleRow } from "./schedules.schema";
import { resolveTiming, type Timing, type TimingInput } from "./timing";

/** The 400 for field issues, in the same shape as request validation failures. */
export function invalid(issues: FieldIssue[], where = "body"): AppError {
  return new AppError(
    "validation_failed",
    `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

/** Resolves timing fields or throws the 400 naming each bad field. */
export function timingOrThrow(input: TimingInput, where = "body"): Timing {
  const resolved = resolveTiming(input);
  if ("issues" in resolved) throw invalid(resolved.issues, where);
  return resolved.timing;
}

/** The stored timing of a schedule row. */
export const timingOf = (row: Pick<ScheduleRow, "frequency" | "cronExpression" | "runAt" | "timezone">): Timing => ({
  frequency: row.frequency,
  cronExpression: row.cronExpression,
  runAt: row.runAt,
  timezone: row.timezone,
});

/**
 * Checks the job a schedule runs against the job type's own parameter schema and returns the
 * parameters with their defaults filled in (so equal jobs compare equal). Every id parameter the
 * job type declares must name a row of the project (404 otherwise, as for any other project's row).
 */
export async function validateJob(deps: TenantDeps, jobType: string, jobParams: Record<string, unknown>) {
  const type = getJobType(jobType);
  if (!type) {
    const known = listJobTypes().map((t) => t.type);
    throw invalid([{ path: "jobType", message: `unknown job type '${jobType}'; expected one of ${known.join(", ")}` }]);
  }
  const parsed = type.params.safeParse(jobParams);
  if (!parsed.success) {
    throw invalid(fieldIssues(parsed.error).map((i) => ({ ...i, path: `jobParams.${i.path}` })));
  }
  const params = parsed.data as Record<string, unknown>;
  if (params.source === "snapshot") {
    throw invalid([{ path: "jobParams.source", message: "a schedule cannot attach an uploaded archive; use github" }]);
  }
  await assertOwnedIds(deps, type.ids ?? {}, params as JsonObject);
  return params;
}

/**
 * Refuses (409) a schedule that would run the same job with the same parameters as another
 * enabled schedule of the project at an overlapping time: the same expression, or a common run
 * minute within the next 30 days. `force` lets it through.
 */
export async function assertNoConflict(
  { db, projectId }: TenantDeps,
  candidate: { id?: string; timing: Timing; jobType: string; jobParams: Record<string, unknown> },
  now: Date,
): Promise<void> {
  const others = await db.query.schedules.findMany({
    where: and(
      eq(schedules.projectId, projectId),
      eq(schedules.enabled, true),
      eq(schedules.jobType, candidate.jobType),
      candidate.id ? ne(schedules.id, candidate.id) : undefined,
    ),
  });
  const params = canonicalJson(candidate.jobParams);
  for (const other of others) {
    if (canonicalJson(other.jobParams) !== params) continue;
    const theirs = timingOf(other);
    const same = sameExpression(candidate.timing, theirs);
    const common = same ? null : firstCommonRun(candidate.timing, theirs, now);
    if (!same && !common) continue;
    const when = common ? `both run at ${common.toISOString()}` : "they use the same expression";
    throw new AppError(
      "conflict",
      `schedule ${other.id} ('${other.name}') already runs ${candidate.jobType} with the same parameters and ${when}; send force: true to save anyway`,
      { conflictingScheduleId: other.id, firstCommonRun: common?.toISOString() ?? null },
    );
  }
}
