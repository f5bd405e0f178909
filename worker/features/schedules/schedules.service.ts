import { and, eq, type SQL } from "drizzle-orm";
import { schedules } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { orderOf, paginate } from "../../lib/pagination";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import type {
  PreviewInput,
  ScheduleCreateInput,
  ScheduleListInput,
  ScheduleRow,
  ScheduleUpdateInput,
} from "./schedules.schema";
import { describeTiming, isoInZone, nextRunAfter, nextRuns, optionsOf, type Timing } from "./timing";
import { assertNoConflict, invalid, timingOf, timingOrThrow, validateJob } from "./validation";

const TIMING_FIELDS = [
  "frequency",
  "cronExpression",
  "runAt",
  "timezone",
  "minute",
  "hour",
  "dayOfWeek",
  "dayOfMonth",
] as const;

/** The next run of an enabled schedule; a `once` whose time has passed cannot be enabled (400 naming runAt). */
function firstRun(timing: Timing, now: Date): string {
  const next = nextRunAfter(timing, now);
  if (!next) throw invalid([{ path: "runAt", message: "is in the past; give a future time to run once" }]);
  return next.toISOString();
}

/** One page of the project's schedules, oldest first, optionally by enabled state and job type. */
export async function listSchedules({ db, projectId }: TenantDeps, q: ScheduleListInput) {
  const where: SQL[] = [eq(schedules.projectId, projectId)];
  if (q.enabled !== undefined) where.push(eq(schedules.enabled, q.enabled));
  if (q.jobType) where.push(eq(schedules.jobType, q.jobType));
  return paginate(db, schedules, and(...where), orderOf(schedules.createdAt, false, schedules.id), q);
}

/** A schedule of this project, or 404 (also for another project's schedule). */
export async function getSchedule({ db, projectId }: TenantDeps, id: string): Promise<ScheduleRow> {
  const row = await db.query.schedules.findFirst({
    where: and(eq(schedules.id, id), eq(schedules.projectId, projectId)),
  });
  if (!row) throw notFound("schedule", id);
  return row;
}

/**
 * Creates a schedule: timing resolved to a cron expression (or one instant), the job checked
 * against its type's schema, the next run computed, and overlapping duplicates refused unless forced.
 */
export async function createSchedule(
  deps: TenantDeps,
  input: ScheduleCreateInput,
  now = new Date(),
): Promise<ScheduleRow> {
  const { db, projectId, actor } = deps;
  const timing = timingOrThrow({ ...input, timezone: input.timezone ?? "UTC" });
  const jobParams = await validateJob(deps, input.jobType, input.jobParams ?? {});
  const enabled = input.enabled ?? true;
  const nextRunAt = enabled ? firstRun(timing, now) : null;
  if (enabled && !input.force) await assertNoConflict(deps, { timing, jobType: input.jobType, jobParams }, now);
  const id = newId("sch");
  const at = now.toISOString();
  const values = { id, projectId, name: input.name, ...timing, jobType: input.jobType, jobParams, enabled, nextRunAt };
  const [inserted] = await db.batch([
    db
      .insert(schedules)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning(),
    ...changeLog(db, {
      projectId,
      actor,
      action: "create",
      entity: "schedule",
      entityId: id,
      before: null,
      after: values,
    }),
  ]);
  const row = inserted[0];
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The timing after a partial update: options not sent keep their current values while the frequency stays. */
function mergedTiming(current: ScheduleRow, input: ScheduleUpdateInput): Timing {
  const frequency = input.frequency ?? current.frequency;
  const same = frequency === current.frequency;
  return timingOrThrow({
    frequency,
    cronExpression: input.cronExpression ?? (same && frequency === "cron" ? current.cronExpression : null),
    runAt: input.runAt ?? (same && frequency === "once" ? current.runAt : null),
    timezone: input.timezone ?? current.timezone,
    ...(same ? optionsOf(current.frequency, current.cronExpression) : {}),
    ...Object.fromEntries(
      (["minute", "hour", "dayOfWeek", "dayOfMonth"] as const).flatMap((k) =>
        input[k] === undefined ? [] : [[k, input[k]]],
      ),
    ),
  });
}

/**
 * Applies a partial update with If-Match/version. Changed timing or re-enabling recomputes the next
 * run from now; changed timing, job or enabling is checked for conflicts again (unless forced).
 */
export async function updateSchedule(
  deps: TenantDeps,
  id: string,
  input: ScheduleUpdateInput,
  expected: number | undefined,
  now = new Date(),
): Promise<ScheduleRow> {
  const current = await getSchedule(deps, id);
  const timingTouched = TIMING_FIELDS.some((k) => input[k] !== undefined);
  const jobTouched = input.jobType !== undefined || input.jobParams !== undefined;
  const timing = timingTouched ? mergedTiming(current, input) : timingOf(current);
  const jobType = input.jobType ?? current.jobType;
  const jobParams = jobTouched
    ? await validateJob(deps, jobType, input.jobParams ?? current.jobParams)
    : current.jobParams;
  const enabled = input.enabled ?? current.enabled;
  const rescheduled = timingTouched || (enabled && !current.enabled);
  const nextRunAt = !enabled ? null : rescheduled ? firstRun(timing, now) : current.nextRunAt;
  if (enabled && !input.force && (rescheduled || jobTouched)) {
    await assertNoConflict(deps, { id, timing, jobType, jobParams }, now);
  }
  const changes: Partial<ScheduleRow> = { ...timing, jobType, jobParams, enabled, nextRunAt };
  if (input.name !== undefined) changes.name = input.name;
  return versionedUpdate<ScheduleRow>(deps.db, {
    table: schedules,
    entity: "schedule",
    scope: eq(schedules.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes,
    expected,
  });
}

/** Enables (next run from now, conflict-checked unless forced) or disables (no next run) a schedule. */
export async function setEnabled(
  deps: TenantDeps,
  id: string,
  enabled: boolean,
  force = false,
  now = new Date(),
): Promise<ScheduleRow> {
  const current = await getSchedule(deps, id);
  if (current.enabled === enabled) return current;
  const timing = timingOf(current);
  const nextRunAt = enabled ? firstRun(timing, now) : null;
  if (enabled && !force) {
    await assertNoConflict(deps, { id, timing, jobType: current.jobType, jobParams: current.jobParams }, now);
  }
  return versionedUpdate<ScheduleRow>(deps.db, {
    table: schedules,
    entity: "schedule",
    scope: eq(schedules.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes: { enabled, nextRunAt },
    expected: undefined,
  });
}

/** Deletes a schedule; the audit row keeps what it was. Jobs it started are left alone. */
export async function deleteSchedule(deps: TenantDeps, id: string): Promise<void> {
  const current = await getSchedule(deps, id);
  await auditedDelete(deps.db, {
    table: schedules,
    entity: "schedule",
    scope: eq(schedules.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
  });
}

/** The next 10 runs after `now` in the timing's own zone, and what the timing means in words. */
export function previewOf(timing: Timing, now = new Date()) {
  return {
    description: describeTiming(timing),
    frequency: timing.frequency,
    cronExpression: timing.cronExpression,
    timezone: timing.timezone,
    nextRuns: nextRuns(timing, now, 10).map((d) => isoInZone(d, timing.timezone)),
  };
}

/** The preview of a stored schedule. */
export async function previewSchedule(deps: TenantDeps, id: string, now = new Date()) {
  return previewOf(timingOf(await getSchedule(deps, id)), now);
}

/** The preview of timing fields a form is still editing; bad fields answer 400 naming them. */
export function previewTiming(q: PreviewInput, now = new Date()) {
  return previewOf(timingOrThrow(q, "query"), now);
}
