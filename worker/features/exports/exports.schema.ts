import { z } from "@hono/zod-openapi";
import { EXPORT_FORMATS, EXPORT_STATUSES, EXPORT_SUBJECTS } from "../../../shared/exports";
import { DOMAINS, RINGS, TECH_STATUSES } from "../../../shared/vocabulary";
import { pageOf, pageQuery } from "../../lib/pagination";
import { IsoDate } from "../../lib/zod";

export const ExportFiltersInput = z
  .object({
    analysisId: z.string().min(1).max(64).optional().openapi({ description: "The analysis (subject `analysis`)" }),
    since: IsoDate.optional().openapi({
      description: "Changes since this date (Markdown, HTML, JSON); default 90 days",
    }),
    status: z.array(z.enum(TECH_STATUSES)).max(TECH_STATUSES.length).optional(),
    domain: z.array(z.enum(DOMAINS)).max(DOMAINS.length).optional(),
    tag: z.string().trim().min(1).max(50).optional(),
    ring: z.enum(RINGS).optional().openapi({ description: "Portfolio: technologies some project holds at this ring" }),
    disagreement: z
      .boolean()
      .optional()
      .openapi({ description: "Portfolio: technologies the projects disagree on (true) or agree on (false)" }),
  })
  .strict();

const OptionsInput = z
  .object({ bom: z.boolean().optional().openapi({ description: "CSV: start with a UTF-8 byte order mark (Excel)" }) })
  .strict();

export const ExportCreate = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    subject: z.enum(EXPORT_SUBJECTS),
    filters: ExportFiltersInput.optional(),
    options: OptionsInput.optional(),
  })
  .strict()
  .openapi("ExportCreate");

export const BatchExportCreate = z
  .object({
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
    subject: z.enum(EXPORT_SUBJECTS),
    filters: ExportFiltersInput.optional(),
    options: OptionsInput.optional(),
  })
  .strict()
  .openapi("BatchExportCreate");

export const Export = z
  .object({
    id: z.string(),
    jobId: z.string().nullable(),
    format: z.enum([...EXPORT_FORMATS, "zip"]),
    subject: z.enum(EXPORT_SUBJECTS),
    filters: z.record(z.string(), z.unknown()),
    status: z.enum(EXPORT_STATUSES),
    progress: z.number().int(),
    step: z.string().nullable(),
    error: z.string().nullable(),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    size: z.number().int().nullable(),
    sha256: z.string().nullable(),
    downloadUrl: z.string().nullable().openapi({ description: "Set when completed; needs the same project's key" }),
    expiresAt: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi("Export");

export const ExportPage = pageOf(Export).openapi("ExportPage");
export const ExportListQuery = z.object(pageQuery);

export type ExportCreateInput = z.infer<typeof ExportCreate>;
export type BatchExportCreateInput = z.infer<typeof BatchExportCreate>;
export type ExportView = z.infer<typeof Export>;
