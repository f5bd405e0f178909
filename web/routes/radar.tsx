import { useQuery, useQueryClient } from "@tanstack/react-query";
import Papa from "papaparse";
import { type ChangeEvent, useState } from "react";
import { useNavigate } from "react-router";
import { DOMAIN_LABELS, DOMAINS, type Domain, type TechStatus } from "../../shared/vocabulary";
import { type RadarBlip, RadarChart } from "../components/radar-chart";
import { ErrorText } from "../components/ui";
import { ApiError, api, call } from "../lib/api";
import { download, exportPng, svgText } from "../lib/radar-export";

/** BYOR rings to the statuses whose ring they are. */
const RING_STATUS: Record<string, TechStatus> = {
  adopt: "integrated",
  trial: "implementation",
  assess: "evaluation",
  hold: "archived",
};

/**
 * Quadrant names to domains: this page's own export labels (earlier exports wrote the value with spaces
 * for hyphens), the domain values, and Thoughtworks' quadrants.
 */
const QUADRANT_DOMAIN: Record<string, Domain> = {
  ...Object.fromEntries(
    DOMAINS.flatMap((d) => [
      [d, d] as const,
      [DOMAIN_LABELS[d].toLowerCase(), d] as const,
      [d.replaceAll("-", " "), d] as const,
    ]),
  ),
  techniques: "other",
  tools: "tools",
  platforms: "platforms",
  "languages & frameworks": "languages-frameworks",
  "languages and frameworks": "languages-frameworks",
};

const domainOf = (quadrant: string): Domain => QUADRANT_DOMAIN[quadrant.trim().toLowerCase()] ?? "other";

interface ImportReport {
  imported: number;
  skipped: number;
  failed: { name: string; reason: string }[];
}

/** Reads a Thoughtworks BYOR CSV (name, ring, quadrant, isNew, description) and creates each row. */
async function importByor(file: File): Promise<ImportReport> {
  const parsed = Papa.parse<Record<string, string>>(await file.text(), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const report: ImportReport = { imported: 0, skipped: 0, failed: [] };
  // A row Papa Parse could not read cleanly (a stray quote, too few or many fields) fails as a whole.
  const badRows = new Map<number, string>();
  for (const error of parsed.errors) if (error.row !== undefined) badRows.set(error.row, error.message);
  for (const [index, row] of parsed.data.entries()) {
    const bad = badRows.get(index);
    if (bad !== undefined) {
      report.failed.push({ name: row.name?.trim() || `line ${index + 2}`, reason: bad });
      continue;
    }
    const name = (row.name ?? "").trim();
    const ring = (row.ring ?? "").trim().toLowerCase();
    if (!name) {
      report.failed.push({ name: "(no name)", reason: "name is empty" });
      continue;
    }
    const status = RING_STATUS[ring];
    if (!status) {
      report.failed.push({ name, reason: `unknown ring '${row.ring ?? ""}'` });
      continue;
    }
    const description = (row.description ?? "").trim();
    try {
      await call(
        api.technologies.$post({
          json: { title: name, status, domain: domainOf(row.quadrant ?? ""), ...(description ? { description } : {}) },
        }),
      );
      report.imported++;
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) report.skipped++;
      else report.failed.push({ name, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}

function describeReport(r: ImportReport): string {
  const reasons = r.failed.map((f) => `${f.name}: ${f.reason}`).join("; ");
  return `${r.imported} imported, ${r.skipped} skipped, ${r.failed.length} failed${reasons ? ` (${reasons})` : ""}.`;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The radar with filters, "as of" replay and exports (SVG, PNG, Thoughtworks BYOR CSV). */
export default function Radar() {
  const [asOf, setAsOf] = useState("");
  const [domain, setDomain] = useState("");
  const [tag, setTag] = useState("");
  const [importing, setImporting] = useState(false);
  const [importResult, setImportResult] = useState<string | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const radar = useQuery({
    queryKey: ["technologies", "radar", asOf],
    queryFn: () => call(api.technologies.radar.$get({ query: asOf ? { asOf } : {} })),
  });
  const navigate = useNavigate();
  const blips: RadarBlip[] = (radar.data?.blips ?? [])
    .filter((b) => (!domain || b.domain === domain) && (!tag || b.tags.includes(tag)))
    .map((b) => ({ ...b, size: b.priority, detail: `priority ${b.priority}` }));

  function exportCsv() {
    const rows = [["name", "ring", "quadrant", "isNew", "description"]];
    for (const b of radar.data?.blips ?? [])
      rows.push([b.title, b.ring, DOMAIN_LABELS[b.domain], String(b.movement === "new"), `Priority ${b.priority}`]);
    download("radar.csv", "text/csv", rows.map((r) => r.map(csvCell).join(",")).join("\n"));
  }

  async function onImport(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImportResult(null);
    setImportError(null);
    try {
      setImportResult(describeReport(await importByor(file)));
    } catch (err) {
      setImportError(err);
    } finally {
      setImporting(false);
      input.value = "";
      queryClient.invalidateQueries({ queryKey: ["technologies"] });
    }
  }

  return (
    <div className="stack">
      <h1 className="page-title">Technology radar</h1>
      <div className="filters">
        <label>
          As of <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label>
          Domain
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">All</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {DOMAIN_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag <input value={tag} onChange={(e) => setTag(e.target.value.trim())} />
        </label>
        <button type="button" onClick={() => download("radar.svg", "image/svg+xml", svgText("radar-svg"))}>
          Export SVG
        </button>
        <button type="button" onClick={() => exportPng("radar-svg", "radar.png")}>
          Export PNG
        </button>
        <button type="button" onClick={exportCsv}>
          Export BYOR CSV
        </button>
        <label>
          Import BYOR CSV <input type="file" accept=".csv,text/csv" disabled={importing} onChange={onImport} />
        </label>
      </div>
      {importing && <p role="status">Importing…</p>}
      {importResult && <p role="status">{importResult}</p>}
      <ErrorText error={importError ?? radar.error} />
      <RadarChart blips={blips} onOpen={(b) => navigate(`/technologies/${b.id}`)} />
      <p>
        {blips.length} of {radar.data?.blips.length ?? 0} technologies shown{asOf ? ` as of ${asOf}` : ""}.
      </p>
    </div>
  );
}
