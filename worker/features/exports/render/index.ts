import { strToU8, zipSync } from "fflate";
import { type ExportFormat, FORMAT_SUBJECTS } from "../../../../shared/exports";
import type { ExportOptions } from "../../../db/schema";
import type { Dataset } from "../export-v1";
import { byorCsv, byorJson } from "./byor";
import { type Table, tablesOf, toCsv } from "./csv";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { toSarif } from "./sarif";
import { toXlsx } from "./xlsx";

/** A rendered file: its bytes, media type and file-name extension. */
export interface Rendered {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const text = (body: string, contentType: string, extension: string): Rendered => ({
  bytes: strToU8(body),
  contentType,
  extension,
});

/** Renders one dataset in one format; the caller has checked that the format covers the subject. */
export async function render(d: Dataset, format: ExportFormat, options: ExportOptions): Promise<Rendered> {
  const origin = options.origin ?? "https://commandcenter.invalid";
  switch (format) {
    case "json":
      return text(`${JSON.stringify(d, null, 2)}\n`, "application/json", "json");
    case "csv": {
      const [first] = tablesOf(d);
      return text(toCsv(first?.header ?? [], first?.rows ?? [], options.bom), "text/csv; charset=utf-8", "csv");
    }
    case "xlsx":
      return { bytes: toXlsx(tablesOf(d)), contentType: XLSX, extension: "xlsx" };
    case "sarif":
      return text(await toSarif(d, origin), "application/sarif+json", "sarif");
    case "markdown":
      return text(toMarkdown(d), "text/markdown; charset=utf-8", "md");
    case "html":
      return text(toHtml(d), "text/html; charset=utf-8", "html");
    case "byor-csv":
      return text(byorCsv(d, options.bom), "text/csv; charset=utf-8", "byor.csv");
    case "byor-json":
      return text(byorJson(d), "application/json", "byor.json");
  }
}

/**
 * Tables without a dataset behind them (the portfolio): CSV is the first table, XLSX a sheet per
 * table, a zip holds each of its formats that is CSV or XLSX. The caller has checked the format.
 */
export function renderTables(tables: Table[], format: ExportFormat | "zip", options: ExportOptions, base: string) {
  const one = (f: ExportFormat): Rendered | null => {
    if (f === "csv") {
      const [first] = tables;
      return text(toCsv(first?.header ?? [], first?.rows ?? [], options.bom), "text/csv; charset=utf-8", "csv");
    }
    if (f === "xlsx") return { bytes: toXlsx(tables), contentType: XLSX, extension: "xlsx" };
    return null;
  };
  if (format !== "zip") {
    const rendered = one(format);
    if (!rendered) throw new Error(`${format} does not render tables`);
    return rendered;
  }
  const files: Record<string, Uint8Array> = {};
  for (const f of options.formats ?? []) {
    const r = one(f);
    if (r) files[`${base}.${r.extension}`] = r.bytes;
  }
  return { bytes: zipSync(files, { level: 6 }), contentType: "application/zip", extension: "zip" };
}

/**
 * Several formats of one dataset in one zip (`POST /batch/exports`): each format that covers the
 * subject becomes `<base>.<extension>`; the others are listed in `skipped.txt`.
 */
export async function renderZip(d: Dataset, formats: ExportFormat[], options: ExportOptions, base: string) {
  const files: Record<string, Uint8Array> = {};
  const skipped: string[] = [];
  for (const format of formats) {
    if (!FORMAT_SUBJECTS[format].includes(d.subject)) {
      skipped.push(`${format}: does not cover the ${d.subject} subject`);
      continue;
    }
    const r = await render(d, format, options);
    files[`${base}.${r.extension}`] = r.bytes;
  }
  if (skipped.length) files["skipped.txt"] = strToU8(`${skipped.join("\n")}\n`);
  return { bytes: zipSync(files, { level: 6 }), contentType: "application/zip", extension: "zip" };
}
