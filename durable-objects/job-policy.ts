import type { CreateJob, JobView } from "./job-runner.protocol";
import type { JobRecord } from "./job-store";

/** How long a job may sit in `running` without a live run before the watchdog steps in. */
export const WATCHDOG_MS = 30_000;
/** Progress reaches D1 at most this often; status changes always do. */
export const PROGRESS_MIRROR_MS = 1_000;
export const TICKET_TTL_MS = 60_000;

/** Delay before retry n (1-based): 5 s, 10 s, 20 s … capped at 10 minutes. */
export const backoffMs = (attempt: number): number => Math.min(5_000 * 2 ** (attempt - 1), 600_000);

/** A timeout as people read it: "50 ms", "30 s" (whole seconds would call 50 ms "0 s"). */
export const formatMs = (ms: number): string => (ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 1_000)} s`);

/** A time (ms since the epoch) as the job's records and messages write it. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();

/** Where the job's Durable Object reads the time: the system clock, or a test's own. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The public view of a stored job record. */
export function view(job: JobRecord): JobView {
  const { timeoutMs: _t, cancelRequested: _c, heartbeatAt: _h, ...rest } = job;
  return rest;
}

/** A new job's record: `scheduled` when it starts later than `now`, else `pending`. */
export function newRecord(spec: CreateJob, limits: { maxAttempts: number; timeoutMs: number }, now: number): JobRecord {
  const at = spec.delayMs !== undefined ? now + spec.delayMs : spec.runAt;
  const delayed = at !== null && at > now;
  return {
    id: spec.id,
    projectId: spec.projectId,
    type: spec.type,
    params: spec.params,
    status: delayed ? "scheduled" : "pending",
    progress: 0,
    step: null,
    result: null,
    error: null,
    attempt: 0,
    maxAttempts: limits.maxAttempts,
    parentId: spec.parentId,
    runAt: new Date(delayed && at !== null ? at : now).toISOString(),
    createdBy: spec.createdBy,
    createdAt: new Date(now).toISOString(),
    startedAt: null,
    finishedAt: null,
    timeoutMs: limits.timeoutMs,
    cancelRequested: false,
    heartbeatAt: null,
  };
}

/**
 * What an unexpected exception leaves on the job: a message fit for API clients that names a
 * reference, while the detail (message and stack) goes to the log under the same reference.
 */
export function unexpectedFailure(job: JobRecord, err: unknown): string {
  const reference = crypto.randomUUID();
  console.error(
    JSON.stringify({
      level: "error",
      msg: "job attempt failed",
      jobId: job.id,
      type: job.type,
      attempt: job.attempt,
      reference,
      error: err instanceof Error ? err.message : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    }),
  );
  return `the job failed unexpectedly (reference ${reference})`;
}
