import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { JOB_STATUSES } from "../../../durable-objects/job-runner.protocol";
import { nowIso } from "./columns";
import { projectRef } from "./tenant";

/**
 * The D1 mirror of each job for listing and statistics. The job's Durable Object is the source of
 * truth while the job lives; it writes every transition here and throttles progress writes.
 */
export const jobs = sqliteTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    type: text("type").notNull(),
    params: text("params", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: JOB_STATUSES }).notNull(),
    progress: integer("progress").notNull().default(0),
    step: text("step"),
    result: text("result", { mode: "json" }).$type<Record<string, unknown> | null>(),
    error: text("error"),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    parentId: text("parent_id"),
    runAt: text("run_at"),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull().default(nowIso),
    startedAt: text("started_at"),
    finishedAt: text("finished_at"),
    durationMs: integer("duration_ms"),
    updatedAt: text("updated_at").notNull().default(nowIso),
  },
  (t) => [
    index("jobs_project_created_idx").on(t.projectId, t.createdAt),
    index("jobs_project_status_idx").on(t.projectId, t.status),
    index("jobs_project_type_idx").on(t.projectId, t.type),
    index("jobs_parent_idx").on(t.parentId),
  ],
);
