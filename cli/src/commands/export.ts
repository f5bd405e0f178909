import { writeFileSync } from "node:fs";
import { choiceOption, defineCommand, JSON_FLAG } from "../command";
import { EXPORT_FORMATS, EXPORT_SUBJECTS, type ExportFormat, type ExportSubject, runExport } from "../exports";
import { startProgress } from "../progress";

const EXTENSIONS: Record<ExportFormat, string> = {
  sarif: "sarif",
  markdown: "md",
  html: "html",
  csv: "csv",
  json: "json",
  xlsx: "xlsx",
  "byor-csv": "csv",
  "byor-json": "json",
};

interface ExportOptions {
  format: ExportFormat;
  subject: ExportSubject;
  analysis?: string;
  out?: string;
  json?: boolean;
}

/** `export`: a report or inventory made by the server as a job, followed live, then saved. */
export default defineCommand((program, ctx) => {
  program
    .command("export")
    .description("export the radar, an analysis, the research tasks, a project report or the portfolio to a file")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(", "), choiceOption(EXPORT_FORMATS))
    .option("--subject <subject>", EXPORT_SUBJECTS.join(", "), choiceOption(EXPORT_SUBJECTS), "technologies")
    .option("--analysis <id>", "the analysis to export (subject analysis)")
    .option("--out <path>", "where to write it (default: the server's file name; - for stdout)")
    .option(...JSON_FLAG)
    .action(async (opts: ExportOptions) => {
      const subject: ExportSubject = opts.analysis ? "analysis" : opts.subject;
      const filters = opts.analysis ? { analysisId: opts.analysis } : undefined;
      const view = startProgress(ctx.ui, `Exporting ${subject} as ${opts.format}`);
      let file: Awaited<ReturnType<typeof runExport>>;
      try {
        file = await runExport(
          ctx.connection(),
          { format: opts.format, subject, ...(filters ? { filters } : {}) },
          { progress: (p, s) => view.update(p, s) },
        );
      } finally {
        view.stop();
      }
      if (opts.out === "-") {
        process.stdout.write(file.bytes);
        return;
      }
      const path = opts.out ?? file.fileName ?? `commandcenter-${subject}.${EXTENSIONS[opts.format]}`;
      writeFileSync(path, file.bytes);
      if (opts.json) return ctx.ui.json({ id: file.id, path, bytes: file.bytes.length, sha256: file.sha256 });
      ctx.ui.info(`Wrote ${path} (${file.bytes.length} bytes).`);
    });
}, 70);
