import type { Dataset } from "../export-v1";

/** A cell value: strings are neutralised and quoted as needed, numbers and booleans written as they are. */
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180. A text that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe, as OWASP advises; numbers are not text
 * and stay as they are.
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows to CSV text: CRLF line ends, a header row, optionally a UTF-8 byte order mark for Excel. */
export function toCsv(header: string[], rows: Cell[][], bom = false): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(","));
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/** A named table of an export: the CSV is its first table, the workbook has a sheet per table. */
export interface Table {
  name: string;
  header: string[];
  /** Column kinds for typed spreadsheet cells. */
  kinds: ("text" | "number" | "date" | "boolean")[];
  rows: Cell[][];
}

const techTable = (d: Dataset): Table => ({
  name: "Technologies",
  header: [
    "id",
    "title",
    "vendor",
    "domain",
    "quadrant",
    "status",
    "ring",
    "priority",
    "relevanceScore",
    "tags",
    "evidenceCount",
    "repositoryCount",
    "isNew",
    "description",
    "createdAt",
    "updatedAt",
  ],
  kinds: [
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "number",
    "number",
    "text",
    "number",
    "number",
    "boolean",
    "text",
    "date",
    "date",
  ],
  rows: d.technologies.map((t) => [
    t.id,
    t.title,
    t.vendor,
    t.domain,
    t.quadrant,
    t.status,
    t.ring,
    t.priority,
    t.relevanceScore,
    t.tags.join(";"),
    t.evidenceCount,
    t.repositoryCount,
    t.isNew,
    t.description,
    t.createdAt,
    t.updatedAt,
  ]),
});

const taskTable = (d: Dataset): Table => ({
  name: "Research tasks",
  header: [
    "id",
    "title",
    "status",
    "priority",
    "assignee",
    "dueDate",
    "technology",
    "description",
    "createdAt",
    "updatedAt",
  ],
  kinds: ["text", "text", "text", "number", "text", "date", "text", "text", "date", "date"],
  rows: d.researchTasks.map((t) => [
    t.id,
    t.title,
    t.status,
    t.priority,
    t.assignee,
    t.dueDate,
    t.technologyTitle,
    t.description,
    t.createdAt,
    t.updatedAt,
  ]),
});

const dependencyTable = (d: Dataset): Table => ({
  name: "Dependencies",
  header: ["repository", "analysisId", "ecosystem", "name", "version", "file", "scope"],
  kinds: ["text", "text", "text", "text", "text", "text", "text"],
  rows: d.analyses.flatMap((a) =>
    a.dependencies.map((dep) => [
      `${a.repository.owner}/${a.repository.name}`,
      a.id,
      dep.ecosystem,
      dep.name,
      dep.version,
      dep.file,
      dep.scope ?? null,
    ]),
  ),
});

const problemTable = (d: Dataset): Table => ({
  name: "Problems",
  header: ["repository", "path", "problem"],
  kinds: ["text", "text", "text"],
  rows: d.analyses.flatMap((a) => [
    ...a.problems.map((p): Cell[] => [`${a.repository.owner}/${a.repository.name}`, p.path, p.message]),
    ...a.skipped.map((s): Cell[] => [`${a.repository.owner}/${a.repository.name}`, s.path, `skipped: ${s.reason}`]),
  ]),
});

const changeTable = (d: Dataset): Table => ({
  name: "Changes",
  header: ["at", "technology", "kind", "from", "to", "note"],
  kinds: ["date", "text", "text", "text", "text", "text"],
  rows: d.changes.map((c) => [c.at, c.title, c.kind, c.from, c.to, c.note]),
});

/** The tables of an export, by subject, in the order a reader wants them. */
export function tablesOf(d: Dataset): Table[] {
  switch (d.subject) {
    case "technologies":
      return [techTable(d)];
    case "research-tasks":
      return [taskTable(d)];
    case "analysis":
      return [dependencyTable(d), techTable(d), problemTable(d)];
    case "project":
      return [techTable(d), taskTable(d), changeTable(d), dependencyTable(d), problemTable(d)];
  }
}
