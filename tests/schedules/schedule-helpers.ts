import { env } from "cloudflare:workers";
import { call, create, type Row, uniq } from "../helpers";

/** A schedule as the API answers it. */
export interface ScheduleRow extends Row {
  name: string;
  frequency: string;
  cronExpression: string | null;
  runAt: string | null;
  timezone: string;
  jobType: string;
  jobParams: Record<string, unknown>;
  enabled: boolean;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  lastJobId: string | null;
  runCount: number;
}

/** A preview answer. */
export interface Preview {
  description: string;
  frequency: string;
  cronExpression: string | null;
  timezone: string;
  nextRuns: string[];
}

/**
 * Creates a schedule through the API: by default a daily 03:00 UTC run of the `test.steps` job
 * with parameters unique to this call, so no two tests' schedules conflict.
 */
export const createSchedule = (key: string, body: Record<string, unknown> = {}) =>
  create<ScheduleRow>(key, "/api/v1/schedules", {
    name: uniq("schedule"),
    frequency: "cron",
    cronExpression: "0 3 * * *",
    jobType: "test.steps",
    jobParams: { steps: 1 + Math.floor(Math.random() * 999) },
    ...body,
  });

/** Reads a schedule back, failing the test unless it answers 200. */
export async function readSchedule(key: string, id: string): Promise<ScheduleRow> {
  const res = await call<ScheduleRow>("GET", `/api/v1/schedules/${id}`, { key });
  if (res.status !== 200) throw new Error(`GET schedule answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The ids and parents of a project's jobs, newest first, straight from the D1 mirror. */
export async function jobsOf(projectId: string): Promise<{ id: string; type: string; parent_id: string | null }[]> {
  const { results } = await env.DB.prepare(
    "select id, type, parent_id from jobs where project_id = ? order by created_at desc, id desc",
  )
    .bind(projectId)
    .all<{ id: string; type: string; parent_id: string | null }>();
  return results;
}

/** Moves a schedule's next run into the past, as if the Worker had been down since `at`. */
export async function makeDue(id: string, at: string): Promise<void> {
  await env.DB.prepare("update schedules set next_run_at = ? where id = ?").bind(at, id).run();
}
