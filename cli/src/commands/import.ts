import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { rawRequest } from "../api";
import { choiceOption, defineCommand, JSON_FLAG } from "../command";
import { CliError, EXIT } from "../errors";
import { followJob } from "../follow";
import { startProgress } from "../progress";

const STRATEGIES = ["skip", "overwrite", "merge"] as const;
const TYPES: Record<string, string> = {
  ".csv": "text/csv",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** One row of an import report. */
interface ReportRow {
  row?: number;
  outcome?: string;
  status?: string;
  title?: string;
  name?: string;
  reason?: string | null;
}

/** Finds the row report in an import answer or its job's result. */
function rowsOf(value: unknown): ReportRow[] | null {
  if (typeof value !== "object" || value === null) return null;
  for (const key of ["rows", "report"]) {
    const v = (value as Record<string, unknown>)[key];
    if (Array.isArray(v)) return v as ReportRow[];
    const nested = rowsOf(v);
    if (nested) return nested;
  }
  return null;
}

/** `import <file>`: BYOR CSV/JSON, this product's JSON export, CSV/XLSX inventories, with a row report. */
export default defineCommand((program, ctx) => {
  program
    .command("import <file>")
    .description("import technologies from a BYOR CSV/JSON, an export JSON or a CSV/XLSX inventory")
    .option("--strategy <strategy>", STRATEGIES.join(", "), choiceOption(STRATEGIES), "skip")
    .option("--dry-run", "report what would happen, change nothing")
    .option(...JSON_FLAG)
    .action(async (file: string, opts: { strategy: (typeof STRATEGIES)[number]; dryRun?: boolean; json?: boolean }) => {
      const conn = ctx.connection();
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`, EXIT.usage);
      }
      const form = new FormData();
      const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
      form.set("file", new Blob([new Uint8Array(bytes)], { type }), basename(file));
      form.set("strategy", opts.strategy);
      form.set("dryRun", opts.dryRun ? "true" : "false");
      const res = await rawRequest(conn, "/imports", { method: "POST", body: form });
      let answer: unknown = await res.json();
      const jobId = jobIdOf(answer);
      if (jobId && !rowsOf(answer)) {
        const view = startProgress(ctx.ui, `Importing ${basename(file)}`);
        try {
          const end = await followJob(conn, jobId, { progress: (p, s) => view.update(p, s) });
          if (end.status !== "completed") throw new CliError(`import ${end.status}: ${end.error ?? "no reason given"}`);
          answer = end.result;
        } finally {
          view.stop();
        }
      }
      if (opts.json) return ctx.ui.json(answer);
      const rows = rowsOf(answer) ?? [];
      ctx.ui.table(
        rows.map((r) => ({ ...r })),
        [
          { key: "row", label: "ROW" },
          { key: "outcome", label: "OUTCOME", format: (v, r) => String(v ?? r.status ?? "") },
          { key: "title", label: "TECHNOLOGY", format: (v, r) => String(v ?? r.name ?? "") },
          { key: "reason", label: "REASON" },
        ],
      );
      const counts = new Map<string, number>();
      for (const r of rows)
        counts.set(r.outcome ?? r.status ?? "?", (counts.get(r.outcome ?? r.status ?? "?") ?? 0) + 1);
      const tally = [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
      ctx.ui.info(`${opts.dryRun ? "Dry run (nothing changed)" : "Imported"}: ${tally || "no rows"}.`);
    });
}, 72);

function jobIdOf(answer: unknown): string | null {
  if (typeof answer !== "object" || answer === null) return null;
  const a = answer as { jobId?: unknown; job?: { id?: unknown } | null };
  if (typeof a.jobId === "string") return a.jobId;
  return typeof a.job?.id === "string" ? a.job.id : null;
}
