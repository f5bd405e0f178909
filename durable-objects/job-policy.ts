import type { JobStatus, JobView, JsonObject } from "./job-runner.protocol";
import type { JobRecord } from "./job-store";

/** How long a job may sit in `running` without a live run before the watchdog steps in. */
export const WATCHDOG_MS = 30_000;
/** Progress reaches D1 at most this often; status changes always do. */
export const PROGRESS_MIRROR_MS = 1_000;
export const TICKET_TTL_MS = 60_000;

/** The event each status change records. */
export const SUBJECTS: Record<JobStatus, string> = {
  pending: "job.queued",
  scheduled: "job.scheduled",
  running: "job.started",
  completed: "job.completed",
  failed: "job.failed",
  cancelled: "job.cancelled",
  timed_out: "job.timed_out",
};

/** Delay before retry n (1-based): 5 s, 10 s, 20 s … capped at 10 minutes. */
export const backoffMs = (attempt: number): number => Math.min(5_000 * 2 ** (attempt - 1), 600_000);

/** A timeout as people read it: "50 ms", "30 s" (whole seconds would call 50 ms "0 s"). */
export const formatMs = (ms: number): string => (ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 1_000)} s`);

/** What the REST layer asks the job's Durable Object to create. */
export interface CreateJob {
  id: string;
  projectId: string;
  type: string;
  params: JsonObject;
  runAt: number | null;
  parentId: string | null;
  createdBy: string | null;
  input?: Uint8Array;
}

/** The public view of a stored job record. */
export function view(job: JobRecord): JobView {
  const { timeoutMs: _t, cancelRequested: _c, heartbeatAt: _h, ...rest } = job;
  return rest;
}
