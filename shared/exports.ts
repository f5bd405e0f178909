/**
 * What the exports API produces: formats and subjects, with the subjects each format can render.
 * Dependency-free, shared by the Worker (validation), the dashboard and the CLI.
 */

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "sarif", "markdown", "html", "byor-csv", "byor-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_SUBJECTS = ["technologies", "analysis", "research-tasks", "project", "portfolio"] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

/** The subjects of one project (the JSON export's schema); `portfolio` spans every project the asking key sees. */
export const PROJECT_SUBJECTS = ["technologies", "analysis", "research-tasks", "project"] as const;
export type ProjectSubject = (typeof PROJECT_SUBJECTS)[number];

/**
 * Which subjects a format renders; any other pair is refused with 400 before a job starts. The
 * portfolio (adoption matrix and drift inbox) is tabular: CSV (the matrix) and XLSX (a sheet each).
 */
export const FORMAT_SUBJECTS: Record<ExportFormat, readonly ExportSubject[]> = {
  json: PROJECT_SUBJECTS,
  csv: EXPORT_SUBJECTS,
  xlsx: EXPORT_SUBJECTS,
  sarif: ["analysis", "project"],
  markdown: ["technologies", "project"],
  html: ["technologies", "project"],
  "byor-csv": ["technologies", "project"],
  "byor-json": ["technologies", "project"],
};

/** Lifecycle of an export: the job's progress until the file is stored, then `completed` until it expires. */
export const EXPORT_STATUSES = ["pending", "running", "completed", "failed"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** How the dashboard and CLI name each format. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "JSON (schema v1)",
  csv: "CSV",
  xlsx: "Excel workbook",
  sarif: "SARIF 2.1.0",
  markdown: "Markdown report",
  html: "HTML report",
  "byor-csv": "Build Your Own Radar CSV",
  "byor-json": "Build Your Own Radar JSON",
};
