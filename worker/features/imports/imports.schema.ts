import { z } from "@hono/zod-openapi";
import { FormFile } from "../../lib/zod";
import { IMPORT_FORMATS } from "./parse";
import { IMPORT_STRATEGIES, ROW_OUTCOMES } from "./plan";

const common = {
  format: z
    .enum(IMPORT_FORMATS)
    .optional()
    .openapi({ description: "Read as this format; by default from the file name or the content" }),
  strategy: z.enum(IMPORT_STRATEGIES).default("skip").openapi({
    description:
      "For a name that exists: skip it, overwrite its fields, or merge (fill empty fields, union tags and links, keep the later status)",
  }),
};

export const ImportJson = z
  .object({
    ...common,
    content: z.string().min(1).optional().openapi({ description: "The file's text (CSV or JSON)" }),
    data: z.unknown().optional().openapi({ description: "Or the JSON itself: a BYOR array or an export" }),
    fileName: z.string().max(255).optional(),
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((v) => (v.content === undefined) !== (v.data === undefined), {
    message: "send content or data",
    path: ["content"],
  })
  .openapi("ImportJson");

export const ImportForm = z
  .object({
    file: FormFile(".csv, .json or .xlsx"),
    ...common,
    dryRun: z.enum(["true", "false"]).default("false"),
  })
  .openapi("ImportUpload");

export const ImportReport = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    strategy: z.enum(IMPORT_STRATEGIES),
    dryRun: z.boolean(),
    totals: z.object(
      Object.fromEntries(ROW_OUTCOMES.map((o) => [o, z.number().int()])) as Record<
        (typeof ROW_OUTCOMES)[number],
        z.ZodNumber
      >,
    ),
    rows: z.array(
      z.object({
        row: z
          .number()
          .int()
          .openapi({ description: "Row in the file: a CSV's header is row 1, a JSON array's first item row 1" }),
        title: z.string(),
        outcome: z.enum(ROW_OUTCOMES),
        reason: z.string().optional(),
        id: z.string().optional(),
      }),
    ),
  })
  .openapi("ImportReport");

export type ImportJsonInput = z.infer<typeof ImportJson>;
