import { eq, sql } from "drizzle-orm";
import type { JobStatus, JobView } from "../../../durable-objects/job-runner.protocol";
import type { Db } from "../../db/client";
import { jobs } from "../../db/schema";
import { eventStatements } from "../../lib/events";
import { notifyEventStream } from "../events/events.service";
import { enqueueDeliveries } from "../webhooks/enqueue";

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

/** What the job's Durable Object hands the hook: its bindings, its db and its way to outlive a request. */
export interface JobHookDeps {
  env: Env;
  db: Db;
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * Work another feature does when a job of one type completes (e.g. the drift scan after a
 * repository analysis). Registered by the composition root, so the jobs feature imports none of them.
 */
export interface JobCompletionHook {
  jobType: string;
  run(deps: JobHookDeps, job: JobView): Promise<void>;
}

const completionHooks: JobCompletionHook[] = [];

/** Adds hooks that run after a job of their type completes (after its event is committed). */
export function registerCompletionHooks(hooks: readonly JobCompletionHook[]): void {
  for (const hook of hooks) if (!completionHooks.includes(hook)) completionHooks.push(hook);
}

/**
 * A change of a job that the rest of the product hears about: `created` and `transition` are
 * recorded as events (and fan out to live streams and webhooks), `progress` only updates the row.
 */
export type JobChange =
  | { kind: "created"; job: JobView }
  | { kind: "transition"; job: JobView }
  | { kind: "progress"; job: JobView }
  | { kind: "removed"; id: string };

/**
 * The one place a job's side effects happen, called by the job's Durable Object after each
 * change it stored: the D1 row lists read (insert or update), the change's event in the same
 * batch, then the live event stream and the webhook deliveries of that event after the commit,
 * and on completion the hooks registered for the job's type.
 */
export async function onJobChange(deps: JobHookDeps, change: JobChange): Promise<void> {
  if (change.kind === "removed") {
    await deps.db.delete(jobs).where(eq(jobs.id, change.id));
    return;
  }
  const { job } = change;
  const upsert = upsertRow(deps.db, job);
  if (change.kind === "progress") {
    await upsert;
    return;
  }
  const subject = change.kind === "created" ? "job.created" : SUBJECTS[job.status];
  const payload = {
    id: job.id,
    type: job.type,
    status: job.status,
    attempt: job.attempt,
    error: job.error,
    result: job.result,
    parentId: job.parentId,
  };
  await deps.db.batch([
    upsert,
    ...eventStatements(deps.db, { projectId: job.projectId, subject, payload, correlationId: job.id }),
  ]);
  deps.waitUntil(notifyEventStream(deps.env, job.projectId));
  deps.waitUntil(enqueueDeliveries(deps.env, { correlationId: job.id, projectId: job.projectId }));
  if (change.kind === "transition" && job.status === "completed") await runCompletionHooks(deps, job);
}

/** Each completion hook of the job's type in turn; one that fails is logged and never fails the job. */
async function runCompletionHooks(deps: JobHookDeps, job: JobView): Promise<void> {
  for (const hook of completionHooks) {
    if (hook.jobType !== job.type) continue;
    try {
      await hook.run(deps, job);
    } catch (err) {
      console.error(
        JSON.stringify({ level: "error", msg: "job completion hook failed", job: job.id, error: String(err) }),
      );
    }
  }
}

function upsertRow(db: Db, job: JobView) {
  const durationMs = job.startedAt && job.finishedAt ? Date.parse(job.finishedAt) - Date.parse(job.startedAt) : null;
  const row = { ...job, durationMs, updatedAt: new Date().toISOString() };
  const { id: _id, projectId: _p, createdAt: _c, createdBy: _b, type: _t, ...changes } = row;
  return db
    .insert(jobs)
    .values(row)
    .onConflictDoUpdate({ target: jobs.id, set: { ...changes, updatedAt: sql`excluded.updated_at` } });
}
