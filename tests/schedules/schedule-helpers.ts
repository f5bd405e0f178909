import { env } from "cloudflare:workers";
import type { InferRequestType } from "hono/client";
import { api, expectStatus } from "../client";
import { uniq } from "../helpers";

type ScheduleCreate = InferRequestType<ReturnType<typeof api>["schedules"]["$post"]>["json"];

/**
 * Where this file's run of distinct `steps` values (100-999) starts; tests that pick `steps`
 * themselves to make a conflict on purpose use values under 100.
 */
const firstSteps = Math.floor(Math.random() * 900);
let created = 0;

/**
 * Creates a schedule through the API: by default a daily 03:00 UTC run of the `test.steps` job
 * with parameters unique to this call (a counter, not a random draw: fifteen random values of 999
 * collided about one run in ten), so no two tests' schedules conflict.
 */
export const createSchedule = (key: string, body: Partial<ScheduleCreate> = {}) =>
  expectStatus(
    api(key).schedules.$post({
      json: {
        name: uniq("schedule"),
        frequency: "cron",
        cronExpression: "0 3 * * *",
        jobType: "test.steps",
        jobParams: { steps: 100 + ((firstSteps + created++) % 900) },
        ...body,
      },
    }),
    201,
  );

/** Reads a schedule back, failing the test unless it answers 200. */
export const readSchedule = (key: string, id: string) =>
  expectStatus(api(key).schedules[":id"].$get({ param: { id } }), 200);

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
