import { z } from "@hono/zod-openapi";
import { FREQUENCIES, schedules } from "../../db/schema";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createInsertSchema, createSelectSchema } from "../../lib/zod";

const Json = z.record(z.string(), z.unknown());

export const Schedule = createSelectSchema(schedules, { jobParams: Json }).openapi("Schedule");

/** The simple options of the named frequencies; the server derives `cronExpression` from them. */
const options = {
  minute: z
    .number()
    .int()
    .min(0)
    .max(59)
    .optional()
    .openapi({ description: "hourly, daily, weekly, monthly (default 0)" }),
  hour: z.number().int().min(0).max(23).optional().openapi({ description: "daily, weekly, monthly (default 0)" }),
  dayOfWeek: z
    .number()
    .int()
    .min(0)
    .max(6)
    .optional()
    .openapi({ description: "weekly: 0 = Sunday … 6 = Saturday (default 1)" }),
  dayOfMonth: z
    .number()
    .int()
    .min(1)
    .max(31)
    .optional()
    .openapi({ description: "monthly (default 1); months without that day are skipped" }),
};

const force = z
  .boolean()
  .optional()
  .openapi({ description: "Save even if another enabled schedule runs the same job at overlapping times" });

export const ScheduleCreate = createInsertSchema(schedules, {
  name: (s) => s.trim().min(1).max(200),
  cronExpression: (s) =>
    s
      .max(200)
      .optional()
      .openapi({ description: "5 fields (minute hour day-of-month month day-of-week); frequency cron only" }),
  runAt: () => z.iso.datetime({ offset: true }).optional().openapi({ description: "frequency once: when to run" }),
  timezone: (s) =>
    s
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: "IANA timezone the expression is read in", example: "Europe/Berlin" }),
  jobType: (s) => s.min(1).max(100).openapi({ example: "repositories.analyse_all" }),
  jobParams: Json.optional().openapi({ description: "Parameters of the job type (default {})" }),
})
  .pick({
    name: true,
    frequency: true,
    cronExpression: true,
    runAt: true,
    timezone: true,
    jobType: true,
    jobParams: true,
    enabled: true,
  })
  .extend({ ...options, force })
  .strict()
  .openapi("ScheduleCreate");

export const ScheduleUpdate = ScheduleCreate.partial()
  .extend({ version: z.number().int().min(1).optional().openapi({ description: "Alternative to If-Match" }) })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version" && k !== "force"), {
    message: "send at least one field to change",
  })
  .openapi("ScheduleUpdate");

const flag = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional();

export const ScheduleListQuery = z.object({
  ...pageQuery,
  enabled: flag.openapi({ type: "string", enum: ["true", "false"] }),
  jobType: z.string().min(1).max(100).optional(),
});

export const SchedulePage = pageOf(Schedule).openapi("SchedulePage");

export const EnableQuery = z.object({ force: flag.openapi({ type: "string", enum: ["true", "false"] }) });

/** `GET /schedules/preview`: the timing fields of a schedule, as query parameters. */
export const PreviewQuery = z.object({
  frequency: z.enum(FREQUENCIES),
  cronExpression: z.string().max(200).optional(),
  runAt: z.iso.datetime({ offset: true }).optional(),
  timezone: z.string().min(1).max(64).default("UTC"),
  minute: z.coerce.number().int().min(0).max(59).optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  dayOfWeek: z.coerce.number().int().min(0).max(6).optional(),
  dayOfMonth: z.coerce.number().int().min(1).max(31).optional(),
});

export const SchedulePreview = z
  .object({
    description: z.string().openapi({ example: "Every 5 minutes (Europe/Berlin)" }),
    frequency: z.enum(FREQUENCIES),
    cronExpression: z.string().nullable(),
    timezone: z.string(),
    nextRuns: z
      .array(z.string())
      .openapi({ description: "Up to 10 run times, ISO-8601 in the schedule's timezone with its offset" }),
  })
  .openapi("SchedulePreview");

export type ScheduleRow = z.infer<typeof Schedule>;
export type ScheduleCreateInput = z.infer<typeof ScheduleCreate>;
export type ScheduleUpdateInput = z.infer<typeof ScheduleUpdate>;
export type ScheduleListInput = z.infer<typeof ScheduleListQuery>;
export type PreviewInput = z.infer<typeof PreviewQuery>;
