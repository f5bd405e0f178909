import { sql } from "drizzle-orm";
import { createDb } from "../worker/db/client";
import { jobs } from "../worker/db/schema";
import { eventStatements } from "../worker/lib/events";
import type { JobRecord } from "./job-store";

/**
 * Writes the job's current state to its D1 row (insert or update), the table lists read from.
 * A transition also records its event (`job.created`, `job.completed`, …) in the same batch.
 */
export async function mirrorJob(d1: D1Database, job: JobRecord, subject?: string): Promise<void> {
  const durationMs = job.startedAt && job.finishedAt ? Date.parse(job.finishedAt) - Date.parse(job.startedAt) : null;
  const row = {
    id: job.id,
    projectId: job.projectId,
    type: job.type,
    params: job.params,
    status: job.status,
    progress: job.progress,
    step: job.step,
    result: job.result,
    error: job.error,
    attempt: job.attempt,
    maxAttempts: job.maxAttempts,
    parentId: job.parentId,
    runAt: job.runAt,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    durationMs,
    updatedAt: new Date().toISOString(),
  };
  const { id: _id, projectId: _p, createdAt: _c, createdBy: _b, type: _t, ...changes } = row;
  const db = createDb(d1);
  const upsert = db
    .insert(jobs)
    .values(row)
    .onConflictDoUpdate({ target: jobs.id, set: { ...changes, updatedAt: sql`excluded.updated_at` } });
  if (!subject) {
    await upsert;
    return;
  }
  const payload = {
    id: job.id,
    type: job.type,
    status: job.status,
    attempt: job.attempt,
    error: job.error,
    result: job.result,
    parentId: job.parentId,
  };
  await db.batch([
    upsert,
    ...eventStatements(db, { projectId: job.projectId, subject, payload, correlationId: job.id }),
  ]);
}

/** Removes the job's D1 row. */
export async function unmirrorJob(d1: D1Database, id: string): Promise<void> {
  await d1.prepare("delete from jobs where id = ?").bind(id).run();
}
