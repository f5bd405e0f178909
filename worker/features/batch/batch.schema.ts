import { z } from "@hono/zod-openapi";
import { DOMAINS, TECH_STATUSES } from "../../../shared/vocabulary";
import { Tags } from "../../lib/zod";

/** How many technologies one batch request may change. */
export const MAX_BATCH = 500;

export const BatchTechnologies = z
  .object({
    ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_BATCH).optional(),
    filter: z
      .object({
        status: z.array(z.enum(TECH_STATUSES)).optional(),
        domain: z.array(z.enum(DOMAINS)).optional(),
        tag: z.string().trim().min(1).max(50).optional(),
      })
      .strict()
      .optional(),
    set: z
      .object({
        status: z.enum(TECH_STATUSES).optional(),
        priority: z.number().int().min(1).max(5).optional(),
        domain: z.enum(DOMAINS).optional(),
        tags: Tags.optional(),
      })
      .strict()
      .refine((v) => Object.keys(v).length > 0, { message: "set at least one field" }),
    note: z.string().max(2000).optional().openapi({ description: "Why they moved; kept in each history row" }),
  })
  .strict()
  .refine((v) => (v.ids === undefined) !== (v.filter === undefined), { message: "send ids or filter", path: ["ids"] })
  .openapi("BatchTechnologies");

export const BatchTechnologiesResult = z
  .object({
    totals: z.object({ updated: z.number().int(), unchanged: z.number().int(), failed: z.number().int() }),
    results: z.array(
      z.object({
        id: z.string(),
        outcome: z.enum(["updated", "unchanged", "failed"]),
        version: z.number().int().optional(),
        reason: z.string().optional(),
      }),
    ),
  })
  .openapi("BatchTechnologiesResult");

export type BatchTechnologiesInput = z.infer<typeof BatchTechnologies>;
