import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { rowMeta } from "./columns";
import { projectRef } from "./tenant";

export const FREQUENCIES = ["once", "hourly", "daily", "weekly", "monthly", "cron"] as const;

/** Runs a job type with parameters on a clock; the minute Cron Trigger claims due rows. */
export const schedules = sqliteTable(
  "schedules",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    name: text("name").notNull(),
    frequency: text("frequency", { enum: FREQUENCIES }).notNull(),
    /** The 5-field expression actually evaluated (derived for the named frequencies). */
    cronExpression: text("cron_expression"),
    runAt: text("run_at"),
    timezone: text("timezone").notNull().default("UTC"),
    jobType: text("job_type").notNull(),
    jobParams: text("job_params", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    nextRunAt: text("next_run_at"),
    claimedUntil: text("claimed_until"),
    lastRunAt: text("last_run_at"),
    lastSuccessAt: text("last_success_at"),
    lastFailureAt: text("last_failure_at"),
    lastError: text("last_error"),
    lastJobId: text("last_job_id"),
    runCount: integer("run_count").notNull().default(0),
    ...rowMeta(),
  },
  (t) => [
    index("schedules_due_idx").on(t.enabled, t.nextRunAt),
    index("schedules_project_idx").on(t.projectId, t.createdAt),
  ],
);
