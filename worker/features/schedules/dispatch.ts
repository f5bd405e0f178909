import { and, asc, eq, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { JobView } from "../../../durable-objects/job-runner.protocol";
import { createDb, type Db } from "../../db/client";
import { schedules } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { eventStatements } from "../../lib/events";
import { createJobNamed } from "../jobs/create-job";
import { count, observe } from "../metrics/recorder";
import { FAMILIES, LONG_BUCKETS } from "../metrics/registry";
import { enqueueDeliveries } from "../webhooks/enqueue";
import type { ScheduleRow } from "./schedules.schema";
import { getSchedule } from "./schedules.service";
import { nextRunAfter } from "./timing";
import { timingOf } from "./validation";

/** How long a claim holds a schedule against other invocations while its job is being created. */
const CLAIM_MS = 5 * 60_000;
const BATCH_SIZE = 50;
const MAX_BATCHES = 10;

type DispatchDeps = TenantDeps & { env: Env };

interface Trigger {
  kind: "cron" | "manual";
  /** The run time the Cron Trigger dispatched for; null for run-now. */
  scheduledFor: string | null;
}

/**
 * Creates the schedule's job and records the run on the schedule (last run, last job, run count,
 * last success or last failure with its error) with a `schedule.triggered` event in the same batch.
 * A job that cannot be created is a failed run, recorded like any other, and its error returned.
 */
export async function dispatchSchedule(deps: DispatchDeps, row: ScheduleRow, trigger: Trigger) {
  const { db } = deps;
  let job: JobView | null = null;
  let failure: unknown = null;
  try {
    job = await createJobNamed(deps, { type: row.jobType, params: row.jobParams });
  } catch (err) {
    failure = err;
  }
  const at = new Date().toISOString();
  const error = failure === null ? null : failure instanceof Error ? failure.message : String(failure);
  const outcome = job ? { lastSuccessAt: at, lastError: null } : { lastFailureAt: at, lastError: error };
  const payload = {
    id: row.id,
    name: row.name,
    trigger: trigger.kind,
    scheduledFor: trigger.scheduledFor,
    jobType: row.jobType,
    jobId: job?.id ?? null,
    ok: job !== null,
    error,
  };
  await db.batch([
    db
      .update(schedules)
      .set({
        lastRunAt: at,
        lastJobId: job?.id ?? null,
        runCount: sql`${schedules.runCount} + 1`,
        ...outcome,
        ...(trigger.kind === "cron" ? { claimedUntil: null } : {}),
        updatedAt: at,
      })
      .where(and(eq(schedules.id, row.id), eq(schedules.projectId, row.projectId))),
    ...eventStatements(
      db,
      { projectId: row.projectId, subject: "schedule.triggered", payload, correlationId: deps.actor.requestId },
      sql`changes() = 1`,
    ),
  ]);
  return { job, failure };
}

/**
 * Claims one due schedule and dispatches it. The claim is a single conditional UPDATE on the
 * `nextRunAt` value read, so of two overlapping invocations exactly one changes the row and
 * dispatches. The next run is computed from `now`, so a schedule that missed runs during downtime
 * runs once, not once per missed tick; a `once` schedule disables itself in the same statement.
 * Dispatch is at most once: a Worker that dies between claim and job creation loses that run
 * rather than risk starting it twice.
 */
async function claimAndDispatch(env: Env, db: Db, row: ScheduleRow, now: Date): Promise<boolean> {
  const once = row.frequency === "once";
  const next = once ? null : nextRunAfter(timingOf(row), now);
  const nowIso = now.toISOString();
  const claimed = await db
    .update(schedules)
    .set({
      claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString(),
      nextRunAt: next?.toISOString() ?? null,
      ...(once ? { enabled: false, version: sql`${schedules.version} + 1` } : {}),
    })
    .where(
      and(
        eq(schedules.id, row.id),
        eq(schedules.enabled, true),
        row.nextRunAt === null ? isNull(schedules.nextRunAt) : eq(schedules.nextRunAt, row.nextRunAt),
        or(isNull(schedules.claimedUntil), lt(schedules.claimedUntil, nowIso)),
      ),
    )
    .returning({ id: schedules.id });
  if (claimed.length !== 1) return false;
  const deps = { db, projectId: row.projectId, actor: { keyId: null, requestId: row.id }, env };
  await dispatchSchedule(deps, row, { kind: "cron", scheduledFor: row.nextRunAt });
  count(FAMILIES.scheduleDispatches, {});
  if (row.nextRunAt) {
    const lateness = Math.max(0, Date.now() - Date.parse(row.nextRunAt)) / 1000;
    observe(FAMILIES.scheduleLateness, {}, lateness, LONG_BUCKETS);
  }
  await enqueueDeliveries(env, { correlationId: row.id, projectId: row.projectId });
  return true;
}

/**
 * Dispatches every enabled schedule whose next run is at or before `now` (the Cron Trigger's
 * scheduled time). Safe to run concurrently with itself: each schedule is dispatched by whichever
 * invocation claims it first. Returns how many this invocation dispatched.
 */
export async function runDueSchedules(env: Env, now: Date): Promise<{ dispatched: number }> {
  const db = createDb(env.DB);
  const nowIso = now.toISOString();
  const seen = new Set<string>();
  let dispatched = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await db
      .select()
      .from(schedules)
      .where(
        and(
          eq(schedules.enabled, true),
          isNotNull(schedules.nextRunAt),
          lte(schedules.nextRunAt, nowIso),
          or(isNull(schedules.claimedUntil), lt(schedules.claimedUntil, nowIso)),
        ),
      )
      .orderBy(asc(schedules.nextRunAt), asc(schedules.id))
      .limit(BATCH_SIZE);
    const fresh = due.filter((row) => !seen.has(row.id));
    if (fresh.length === 0) break;
    const results = await Promise.allSettled(
      fresh.map((row) => {
        seen.add(row.id);
        return claimAndDispatch(env, db, row, now);
      }),
    );
    for (const [i, r] of results.entries()) {
      if (r.status === "fulfilled") dispatched += r.value ? 1 : 0;
      else {
        const error = r.reason instanceof Error ? r.reason.message : String(r.reason);
        console.error(JSON.stringify({ level: "error", msg: "schedule dispatch failed", id: fresh[i]?.id, error }));
      }
    }
    if (due.length < BATCH_SIZE) break;
  }
  return { dispatched };
}

/** Run now: dispatches the schedule at once without moving its next run; a failed job creation is rethrown. */
export async function runScheduleNow(deps: DispatchDeps, id: string): Promise<JobView> {
  const row = await getSchedule(deps, id);
  const { job, failure } = await dispatchSchedule(deps, row, { kind: "manual", scheduledFor: null });
  if (!job) throw failure;
  return job;
}
