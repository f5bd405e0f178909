import { z } from "@hono/zod-openapi";
import { JOB_STATUSES } from "../../../durable-objects/job-runner.protocol";
import { jobs } from "../../db/schema";
import { csvEnum } from "../../lib/csv";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createSelectSchema, IsoDate } from "../../lib/zod";

const Json = z.record(z.string(), z.unknown());

export const Job = createSelectSchema(jobs, { params: Json, result: Json.nullable(), status: z.enum(JOB_STATUSES) })
  .omit({ updatedAt: true, durationMs: true })
  .openapi("Job");

/** How far ahead a job may be started, by runAt or delaySeconds (alarms refuse dates past 2189). */
const MAX_DELAY_SECONDS = 30 * 24 * 3600;

export const JobCreate = z
  .object({
    type: z.string().min(1).max(100).openapi({ example: "repository.analyse" }),
    params: Json.default({}),
    runAt: z.iso
      .datetime({ offset: true })
      .refine((v) => Date.parse(v) <= Date.now() + MAX_DELAY_SECONDS * 1000, "at most 30 days from now")
      .optional()
      .openapi({ description: "Start no earlier than this time (at most 30 days from now)" }),
    delaySeconds: z.number().int().min(1).max(MAX_DELAY_SECONDS).optional(),
  })
  .strict()
  .refine((v) => !(v.runAt && v.delaySeconds), { message: "give runAt or delaySeconds, not both", path: ["runAt"] })
  .openapi("JobCreate");

export const JobListQuery = z.object({
  ...pageQuery,
  status: csvEnum(JOB_STATUSES, "status"),
  type: z.string().min(1).max(100).optional(),
  parentId: z.string().min(1).max(64).optional(),
  createdFrom: IsoDate.optional().openapi({ description: "Created at or after" }),
  createdTo: IsoDate.optional().openapi({ description: "Created before" }),
});

export const JobPage = pageOf(Job).openapi("JobPage");

export const JobStats = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    byType: z.record(z.string(), z.number().int()),
    durationMs: z.object({ average: z.number().nullable(), p95: z.number().nullable(), samples: z.number().int() }),
  })
  .openapi("JobStats");

export const WsTicket = z
  .object({ ticket: z.string(), expiresAt: z.string(), url: z.string() })
  .openapi("WsTicket", { description: "Single-use, short-lived; pass as ?ticket= to the job's WebSocket URL" });

export const JobTypeInfo = z
  .object({
    type: z.string(),
    description: z.string(),
    maxAttempts: z.number(),
    timeoutMs: z.number(),
    params: z.unknown(),
  })
  .openapi("JobType");

export type JobCreateInput = z.infer<typeof JobCreate>;
export type JobListInput = z.infer<typeof JobListQuery>;
