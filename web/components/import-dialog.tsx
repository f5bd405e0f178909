import { type ChangeEvent, useState } from "react";
import type { z } from "zod";
import type { ImportReport } from "../../worker/features/imports/imports.schema";
import { ApiError } from "../lib/api";
import { session } from "../lib/session";
import { ErrorText, TableWrap } from "./ui";

type Report = z.infer<typeof ImportReport>;
type Strategy = Report["strategy"];

/** POST /imports as multipart (hc types this route as JSON and form at once, so it is sent by hand). */
async function postImport(file: File, strategy: Strategy, dryRun: boolean): Promise<Report> {
  const form = new FormData();
  form.set("file", file);
  form.set("strategy", strategy);
  form.set("dryRun", String(dryRun));
  const res = await fetch("/api/v1/imports", { method: "POST", headers: session.headers(), body: form });
  if (!res.ok) {
    const failure = (await res.json()) as { error?: { code?: string; message?: string } };
    throw new ApiError(res.status, failure.error?.code ?? "error", failure.error?.message ?? res.statusText);
  }
  return (await res.json()) as Report;
}

/**
 * Imports a BYOR CSV/JSON file, a JSON export or a CSV/XLSX inventory through the API: first a dry
 * run whose per-row report is shown, then the same file applied when the user confirms.
 */
export function ImportDialog({ onApplied }: { onApplied: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [strategy, setStrategy] = useState<Strategy>("skip");
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await postImport(file, strategy, dryRun));
      if (!dryRun) onApplied();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function choose(e: ChangeEvent<HTMLInputElement>) {
    setFile(e.currentTarget.files?.[0] ?? null);
    setReport(null);
  }

  return (
    <details className="card">
      <summary>Import technologies (BYOR CSV/JSON, export, inventory)</summary>
      <div className="filters">
        <label>
          File <input type="file" accept=".csv,.json,.xlsx" onChange={choose} disabled={busy} />
        </label>
        <label>
          When a name exists
          <select value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
            <option value="skip">Skip it</option>
            <option value="overwrite">Overwrite its fields</option>
            <option value="merge">Merge (fill empty fields, union tags)</option>
          </select>
        </label>
        <button type="button" disabled={!file || busy} onClick={() => run(true)}>
          Preview (dry run)
        </button>
        <button type="button" disabled={!file || busy || !report?.dryRun} onClick={() => run(false)}>
          Apply import
        </button>
      </div>
      {busy && <p role="status">Importing…</p>}
      <ErrorText error={error} />
      {report && (
        <>
          <p role="status">
            {report.dryRun ? "Dry run: " : "Imported: "}
            {Object.entries(report.totals)
              .map(([k, n]) => `${n} ${k}`)
              .join(", ")}
            .
          </p>
          <TableWrap label="Import report">
            <table>
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Name</th>
                  <th>Outcome</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.title}</td>
                    <td>{r.outcome}</td>
                    <td>{r.reason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </details>
  );
}
