import { z } from "@hono/zod-openapi";
import { researchTasks, TASK_STATUSES } from "../../db/schema";
import { csvEnum } from "../../lib/csv";
import { pageOf, pageQuery, sortQuery } from "../../lib/pagination";
import { createInsertSchema, createSelectSchema, SERVER_OWNED } from "../../lib/zod";

export const ResearchTask = createSelectSchema(researchTasks).openapi("ResearchTask");

const fields = createInsertSchema(researchTasks, {
  title: (s) => s.trim().min(1).max(200),
  description: (s) => s.max(20_000).optional(),
  priority: (s) => s.int().min(1).max(5).optional(),
  assignee: (s) => s.trim().min(1).max(100).optional(),
  dueDate: z.iso.date().nullable().optional().openapi({ description: "YYYY-MM-DD", example: "2026-12-31" }),
  technologyId: (s) => s.min(1).max(64).optional(),
  repositoryId: (s) => s.min(1).max(64).optional(),
})
  .omit(SERVER_OWNED)
  .strict();

export const ResearchTaskCreate = fields.openapi("ResearchTaskCreate");

export const ResearchTaskUpdate = fields
  .partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("ResearchTaskUpdate");

export const TASK_SORT_KEYS = ["title", "priority", "status", "dueDate", "createdAt", "updatedAt"] as const;

export const ResearchTaskListQuery = z.object({
  ...pageQuery,
  status: csvEnum(TASK_STATUSES, "status"),
  assignee: z.string().trim().min(1).max(100).optional(),
  technologyId: z.string().min(1).max(64).optional(),
  repositoryId: z.string().min(1).max(64).optional(),
  dueBefore: z.iso.date().optional().openapi({ description: "Due on or before this date" }),
  q: z.string().trim().min(1).max(200).optional(),
  sort: sortQuery(TASK_SORT_KEYS, "-updatedAt"),
});

export const ResearchTaskPage = pageOf(ResearchTask).openapi("ResearchTaskPage");

export type ResearchTaskRow = z.infer<typeof ResearchTask>;
export type ResearchTaskCreateInput = z.infer<typeof ResearchTaskCreate>;
export type ResearchTaskUpdateInput = z.infer<typeof ResearchTaskUpdate>;
export type ResearchTaskListInput = z.infer<typeof ResearchTaskListQuery>;
