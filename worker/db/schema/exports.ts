import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { EXPORT_FORMATS, EXPORT_STATUSES, EXPORT_SUBJECTS, type ExportFormat } from "../../../shared/exports";
import type { Domain, Ring, TechStatus } from "../../../shared/vocabulary";
import { nowIso } from "./columns";
import { projectRef } from "./tenant";

/** Filters an export was asked for, kept as sent so a re-run renders the same slice. */
export interface ExportFilters {
  analysisId?: string;
  since?: string;
  status?: TechStatus[];
  domain?: Domain[];
  tag?: string;
  /** Portfolio: only technologies some project holds at this ring. */
  ring?: Ring;
  /** Portfolio: only technologies the projects disagree on (true) or agree on (false). */
  disagreement?: boolean;
}

/** Rendering options: a BOM for spreadsheet apps, and the formats a zip bundle holds. */
export interface ExportOptions {
  bom?: boolean;
  formats?: ExportFormat[];
  /** The origin the export was asked from, for links inside reports (SARIF helpUri, HTML). */
  origin?: string;
  /**
   * Set when an instance-wide key asked: a portfolio export then covers every project, and only
   * instance-wide keys may list, read, download or delete it (not the project keys of the project
   * it is filed under).
   */
  scope?: "instance";
}

/**
 * One export: what was asked, the job that renders it and, once done, where its file lies in the
 * ARTIFACTS bucket (`projects/<projectId>/exports/<id>/<fileName>`), its size and SHA-256. Rows and
 * files past `expiresAt` are removed by the minute cron.
 */
export const exportsTable = sqliteTable(
  "exports",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    jobId: text("job_id"),
    format: text("format", { enum: [...EXPORT_FORMATS, "zip"] }).notNull(),
    subject: text("subject", { enum: EXPORT_SUBJECTS }).notNull(),
    filters: text("filters", { mode: "json" }).$type<ExportFilters>().notNull().default(sql`'{}'`),
    options: text("options", { mode: "json" }).$type<ExportOptions>().notNull().default(sql`'{}'`),
    status: text("status", { enum: EXPORT_STATUSES }).notNull().default("pending"),
    error: text("error"),
    r2Key: text("r2_key"),
    fileName: text("file_name"),
    contentType: text("content_type"),
    size: integer("size"),
    sha256: text("sha256"),
    expiresAt: text("expires_at").notNull(),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull().default(nowIso),
    completedAt: text("completed_at"),
  },
  (t) => [
    index("exports_project_created_idx").on(t.projectId, t.createdAt),
    index("exports_expires_idx").on(t.expiresAt),
  ],
);
