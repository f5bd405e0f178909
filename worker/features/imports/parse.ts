import Papa from "papaparse";
import type { Domain, TechStatus } from "../../../shared/vocabulary";
import { AppError } from "../../lib/errors";
import { domainNamed, RING_STATUS, ringNamed, statusNamed } from "./names";
import { readFirstSheet } from "./xlsx-read";

export const IMPORT_FORMATS = ["byor-csv", "byor-json", "json", "csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One technology as a source row states it; only the fields the source has are set. */
export interface ImportItem {
  title: string;
  vendor?: string | null;
  domain?: Domain;
  status?: TechStatus;
  priority?: number;
  relevanceScore?: number;
  tags?: string[];
  description?: string;
  links?: { title: string; url: string }[];
}

/** A source row: its number in the file (a CSV's header is row 1) and what it says, or why it cannot be read. */
export type ParsedRow = { row: number; item: ImportItem } | { row: number; title: string; error: string };

type Record_ = Record<string, unknown>;

/** Undoes the CSV export's formula neutralisation (`'=x` back to `=x`). */
const unquote = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : unquote(String(v)).trim());

const fail = (row: number, title: string, error: string): ParsedRow => ({ row, title, error });

/** One row of any shape (BYOR or inventory) to an item, with lenient quadrant, domain, ring and status names. */
function toItem(row: number, r: Record_): ParsedRow {
  const title = str(r.title) || str(r.name) || "";
  if (!title) return fail(row, "", "name is empty");
  if (title.length > 200) return fail(row, title.slice(0, 200), "name is longer than 200 characters");
  const item: ImportItem = { title };
  const domainText = str(r.domain) || str(r.quadrant);
  if (domainText) {
    const domain = domainNamed(domainText);
    if (!domain) return fail(row, title, `unknown quadrant or domain '${domainText}'`);
    item.domain = domain;
  }
  const statusText = str(r.status);
  const ringText = str(r.ring);
  // BYOR's newer files have a `status` column for movement ("New", "Moved In"): the ring decides there.
  const status = statusText ? statusNamed(statusText) : undefined;
  if (status) item.status = status;
  else if (statusText && !ringText) return fail(row, title, `unknown status '${statusText}'`);
  else if (ringText) {
    const ring = ringNamed(ringText);
    if (!ring) return fail(row, title, `unknown ring '${ringText}'; expected adopt, trial, assess or hold`);
    item.status = RING_STATUS[ring];
  }
  for (const [key, min, max] of [
    ["priority", 1, 5],
    ["relevanceScore", 0, 100],
  ] as const) {
    const text = str(r[key]);
    if (!text) continue;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      return fail(row, title, `${key} must be a whole number ${min}-${max}`);
    item[key] = n;
  }
  const vendor = str(r.vendor);
  if (vendor !== undefined) item.vendor = vendor || null;
  const description = r.description === undefined ? undefined : unquote(String(r.description ?? ""));
  if (description !== undefined) {
    if (description.length > 20_000) return fail(row, title, "description is longer than 20,000 characters");
    item.description = description;
  }
  const tags = Array.isArray(r.tags) ? r.tags.map(String) : str(r.tags)?.split(/[;,]/);
  if (tags) item.tags = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 50).map((t) => t.slice(0, 50));
  if (Array.isArray(r.links))
    item.links = r.links
      .filter((l): l is Record_ => typeof l === "object" && l !== null && typeof l.url === "string")
      .map((l) => ({ title: String(l.title ?? l.url).slice(0, 200), url: String(l.url) }))
      .filter((l) => URL.canParse(l.url))
      .slice(0, 50);
  return { row, item };
}

function fromCsv(text: string): ParsedRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().replace(/^\uFEFF/, ""),
  });
  const headers = (parsed.meta.fields ?? []).map((f) => f.toLowerCase());
  if (!headers.includes("name") && !headers.includes("title"))
    throw new AppError("bad_request", "the CSV needs a header row with a name (BYOR) or title (inventory) column");
  const broken = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) broken.set(e.row, e.message);
  return parsed.data.map((raw, i) => {
    const r = Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k.toLowerCase() === "relevancescore" ? "relevanceScore" : k.toLowerCase(),
        v,
      ]),
    );
    const bad = broken.get(i);
    return bad ? fail(i + 2, String(r.name ?? r.title ?? ""), bad) : toItem(i + 2, r);
  });
}

function fromJson(text: string): ParsedRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new AppError(
      "bad_request",
      `the file is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const rows = Array.isArray(data)
    ? data
    : typeof data === "object" && data !== null && Array.isArray((data as Record_).technologies)
      ? ((data as Record_).technologies as unknown[])
      : null;
  if (!rows) throw new AppError("bad_request", "expected a BYOR array of blips or an export with a technologies list");
  return rows.map((r, i) =>
    typeof r === "object" && r !== null ? toItem(i + 1, r as Record_) : fail(i + 1, "", "not an object"),
  );
}

function fromXlsx(bytes: Uint8Array): ParsedRow[] {
  let sheet: ReturnType<typeof readFirstSheet>;
  try {
    sheet = readFirstSheet(bytes);
  } catch (err) {
    throw new AppError(
      "bad_request",
      `the file is not a readable workbook: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const [head, ...rest] = sheet;
  const names = (head?.cells ?? []).map((c) => c.trim());
  if (!names.some((n) => /^(name|title)$/i.test(n)))
    throw new AppError("bad_request", "the first sheet needs a header row with a name or title column");
  return rest
    .filter((r) => r.cells.some((c) => c.trim() !== ""))
    .map((r) => {
      const record: Record_ = {};
      names.forEach((n, i) => {
        record[/^relevancescore$/i.test(n) ? "relevanceScore" : n.toLowerCase()] = r.cells[i] ?? "";
      });
      return toItem(r.row, record);
    });
}

/** Which reader a file needs: the named format, else its extension, else its first bytes. */
export function detectFormat(named: string | undefined, fileName: string | undefined, bytes: Uint8Array): ImportFormat {
  if (named) {
    if ((IMPORT_FORMATS as readonly string[]).includes(named)) return named as ImportFormat;
    throw new AppError("validation_failed", `unknown import format '${named}'; expected ${IMPORT_FORMATS.join(", ")}`, [
      { path: "format", message: `expected one of ${IMPORT_FORMATS.join(", ")}` },
    ]);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === "xlsx") return "xlsx";
  if (ext === "json") return "json";
  if (ext === "csv") return "csv";
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return start.startsWith("[") || start.startsWith("{") ? "json" : "csv";
}

/** Reads a file of `format` into rows; a file that cannot be read at all is a 400. */
export function parseRows(format: ImportFormat, bytes: Uint8Array): ParsedRow[] {
  if (format === "xlsx") return fromXlsx(bytes);
  const text = new TextDecoder().decode(bytes);
  return format === "json" || format === "byor-json" ? fromJson(text) : fromCsv(text);
}
