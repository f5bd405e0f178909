import { TECH_STATUSES } from "../../../shared/vocabulary";
import type { TechnologyRow } from "../technologies/technologies.schema";
import type { ImportItem, ParsedRow } from "./parse";

export const IMPORT_STRATEGIES = ["skip", "overwrite", "merge"] as const;
export type ImportStrategy = (typeof IMPORT_STRATEGIES)[number];
export const ROW_OUTCOMES = ["created", "updated", "unchanged", "skipped", "failed"] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

/** What happened (or, in a dry run, would happen) to one source row. */
export interface RowReport {
  row: number;
  title: string;
  outcome: RowOutcome;
  reason?: string;
  id?: string;
}

/** A row to write: a new technology, or changes to an existing one. */
export type Planned =
  | { kind: "create"; report: RowReport; item: ImportItem }
  | { kind: "update"; report: RowReport; current: TechnologyRow; changes: Partial<TechnologyRow> };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Overwrite: every field the source states replaces the stored one. */
function overwrite(current: TechnologyRow, item: ImportItem): Partial<TechnologyRow> {
  const { title: _t, ...fields } = item;
  return Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && !same(current[k as keyof TechnologyRow], v)),
  ) as Partial<TechnologyRow>;
}

/**
 * Merge: fill empty fields (vendor, description, an `other` domain), union tags and links, and keep
 * the later of the two statuses in the lifecycle (the move lands in the history like any other).
 */
function merge(current: TechnologyRow, item: ImportItem): Partial<TechnologyRow> {
  const out: Partial<TechnologyRow> = {};
  if (!current.vendor && item.vendor) out.vendor = item.vendor;
  if (!current.description && item.description) out.description = item.description;
  if (current.domain === "other" && item.domain && item.domain !== "other") out.domain = item.domain;
  if (item.tags) {
    const tags = [...new Set([...current.tags, ...item.tags])].slice(0, 50);
    if (!same(tags, current.tags)) out.tags = tags;
  }
  if (item.links) {
    const known = new Set(current.links.map((l) => l.url));
    const links = [...current.links, ...item.links.filter((l) => !known.has(l.url))].slice(0, 50);
    if (links.length !== current.links.length) out.links = links;
  }
  if (item.status && TECH_STATUSES.indexOf(item.status) > TECH_STATUSES.indexOf(current.status))
    out.status = item.status;
  return out;
}

/**
 * Decides every row's outcome against the project's technologies (matched by title, case
 * insensitively): failed rows keep their reason, a second row of the same name is skipped, and
 * the strategy decides what an existing technology gets.
 */
export function planImport(
  rows: ParsedRow[],
  existing: TechnologyRow[],
  strategy: ImportStrategy,
): { reports: RowReport[]; writes: Planned[] } {
  const byTitle = new Map(existing.map((t) => [t.title.toLowerCase(), t]));
  const seen = new Map<string, number>();
  const reports: RowReport[] = [];
  const writes: Planned[] = [];
  for (const r of rows) {
    if ("error" in r) {
      reports.push({ row: r.row, title: r.title, outcome: "failed", reason: r.error });
      continue;
    }
    const key = r.item.title.toLowerCase();
    const report: RowReport = { row: r.row, title: r.item.title, outcome: "created" };
    reports.push(report);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      Object.assign(report, { outcome: "skipped", reason: `same name as row ${earlier}` });
      continue;
    }
    seen.set(key, r.row);
    const current = byTitle.get(key);
    if (!current) {
      writes.push({ kind: "create", report, item: r.item });
      continue;
    }
    report.id = current.id;
    report.title = current.title;
    if (strategy === "skip") {
      Object.assign(report, { outcome: "skipped", reason: "a technology of this name exists (strategy skip)" });
      continue;
    }
    const changes = strategy === "overwrite" ? overwrite(current, r.item) : merge(current, r.item);
    if (Object.keys(changes).length === 0) {
      report.outcome = "unchanged";
      continue;
    }
    report.outcome = "updated";
    report.reason = `changed ${Object.keys(changes).join(", ")}`;
    writes.push({ kind: "update", report, current, changes });
  }
  return { reports, writes };
}
