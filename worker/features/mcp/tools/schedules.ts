import { z } from "@hono/zod-openapi";
import { Job } from "../../jobs/jobs.schema";
import { runScheduleNow } from "../../schedules/dispatch";
import { Schedule, ScheduleCreate } from "../../schedules/schedules.schema";
import * as service from "../../schedules/schedules.service";
import { idInput } from "../shapes";
import { defineTool } from "../tool";

const scheduleLine = (s: z.output<typeof Schedule>) =>
  `${s.name} [${s.frequency}${s.enabled ? "" : ", disabled"}] runs ${s.jobType}, next ${s.nextRunAt ?? "-"} (${s.id})`;

const Enable = idInput("schedule")
  .extend({
    force: z
      .boolean()
      .optional()
      .describe("Enable even if another enabled schedule runs the same job at overlapping times"),
  })
  .strict();

export const scheduleTools = [
  defineTool({
    name: "create_schedule",
    title: "Create a schedule",
    description:
      "Creates a schedule that starts a job (jobType, jobParams) once, hourly, daily, weekly, monthly or by cron " +
      "in a timezone. Refused when an enabled schedule already runs the same job at overlapping times, unless force.",
    input: ScheduleCreate,
    output: Schedule,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (deps, input) => service.createSchedule(deps, input),
    text: (s) => `created ${scheduleLine(s)}`,
  }),
  defineTool({
    name: "execute_schedule",
    title: "Run a schedule now",
    description: "Starts the schedule's job at once; its next planned run is unchanged.",
    input: idInput("schedule"),
    output: Job,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (deps, { id }) => runScheduleNow(deps, id),
    text: (job) => `started job ${job.id} (${job.type}, ${job.status})`,
  }),
  defineTool({
    name: "enable_schedule",
    title: "Enable a schedule",
    description: "Enables a schedule: its next run is computed from now.",
    input: Enable,
    output: Schedule,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (deps, { id, force }) => service.setEnabled(deps, id, true, force ?? false),
    text: (s) => `enabled ${scheduleLine(s)}`,
  }),
  defineTool({
    name: "disable_schedule",
    title: "Disable a schedule",
    description: "Disables a schedule: no further runs until it is enabled again.",
    input: idInput("schedule"),
    output: Schedule,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (deps, { id }) => service.setEnabled(deps, id, false),
    text: (s) => `disabled ${scheduleLine(s)}`,
  }),
];
