import { watch } from "node:fs";
import { formatShare, formatSize } from "../../../shared/sizes";
import { type AnalysisSummary, type AnalysisTarget, parseTarget, runAnalysis } from "../analysis";
import { choiceOption, defineCommand, JSON_FLAG } from "../command";
import type { Context } from "../context";
import { CliError, EXIT } from "../errors";
import { startProgress } from "../progress";

const FAIL_ON = ["hold"] as const;

interface AnalyzeOptions {
  repo?: string;
  watch?: boolean;
  failOn?: (typeof FAIL_ON)[number];
  json?: boolean;
}

/** `analyze [path|github:owner/repo]`: pack, upload, follow live, print what was found. */
export default defineCommand((program, ctx) => {
  program
    .command("analyze [target]")
    .description("analyse a directory (default .) or github:owner/repo[@ref] and feed the radar")
    .option("--repo <owner/name>", "register the directory under this name (default: local/<directory name>)")
    .option("--watch", "analyse again whenever a file changes (Ctrl-C ends)")
    .option("--fail-on <what>", "exit 1 when a technology in use is on Hold/archived", choiceOption(FAIL_ON))
    .option(...JSON_FLAG)
    .action(async (arg: string | undefined, opts: AnalyzeOptions) => {
      const target = parseTarget(arg, opts.repo);
      if (!opts.watch) {
        const summary = await analyseOnce(ctx, target, opts);
        if (opts.failOn === "hold" && summary.hold.length) {
          throw new CliError(`on Hold and in use: ${summary.hold.join(", ")}`, EXIT.failed);
        }
        return;
      }
      if (target.kind !== "dir") throw new CliError("--watch needs a directory", EXIT.usage);
      await watchDirectory(ctx, target, opts);
    });
}, 40);

async function analyseOnce(ctx: Context, target: AnalysisTarget, opts: AnalyzeOptions): Promise<AnalysisSummary> {
  const conn = ctx.connection();
  const label = target.kind === "dir" ? `Analysing ${target.path}` : `Analysing github:${target.owner}/${target.name}`;
  const view = startProgress(ctx.ui, label);
  let summary: AnalysisSummary;
  try {
    summary = await runAnalysis(conn, ctx.api(), target, {
      packing: (files) => {
        if (files % 50 === 0) view.update(0, `packing ${files} files`);
      },
      uploading: (sent, total) =>
        view.update(
          (sent / total) * 100,
          sent < total ? `uploading ${kib(sent)} of ${kib(total)}` : `uploaded ${kib(total)}; the server is storing it`,
        ),
      started: () => view.update(0, "queued"),
      packed: (p) => {
        view.note(`packed ${p.files} files (${kib(p.archive.length)} compressed; ${describeSkipped(p.skipped)})`);
        if (p.partial) view.note(`partial: ${p.partial}`);
      },
      progress: (percent, step) => view.update(percent, step),
      log: (line) => {
        if (line.level !== "info") view.note(`${line.level}: ${line.message}`);
      },
    });
  } finally {
    view.stop();
  }
  if (opts.json) ctx.ui.json(summary);
  else printSummary(ctx, summary);
  return summary;
}

function printSummary(ctx: Context, s: AnalysisSummary): void {
  const { color, out } = { color: ctx.ui.color, out: ctx.ui.out };
  out(
    `${color.green("✓")} ${s.repository.owner}/${s.repository.name}: ${s.files} files, ${formatSize(s.bytes)} of code in ${(s.durationMs / 1000).toFixed(1)}s`,
  );
  const langs = s.languages.slice(0, 6).map((l) => `${l.language} ${formatShare(l.share, l.bytes > 0)}`);
  out(
    `languages     ${langs.join(", ") || "(none)"}${s.languages.length > 6 ? `, +${s.languages.length - 6} more` : ""}`,
  );
  out(`technologies  ${s.technologies.length} seen, ${s.evidence} evidence entries`);
  out(`new on radar  ${s.added.length ? color.cyan(s.added.join(", ")) : "(none)"}`);
  if (s.hold.length) out(`on Hold       ${color.red(s.hold.join(", "))}`);
  if (s.problems.length) out(`problems      ${s.problems.length} manifest(s) could not be read`);
  out(color.dim(`analysis ${s.analysisId} (job ${s.jobId})`));
}

async function watchDirectory(ctx: Context, target: Extract<AnalysisTarget, { kind: "dir" }>, opts: AnalyzeOptions) {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await analyseOnce(ctx, target, opts);
    } catch (err) {
      ctx.ui.warn(err instanceof Error ? err.message : String(err));
    }
    running = false;
    ctx.ui.info(ctx.ui.color.dim("watching for changes (Ctrl-C ends)"));
    if (again) {
      again = false;
      void run();
    }
  };
  await run();
  const watcher = watch(target.path, { recursive: true }, (_event, file) => {
    if (file && /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(String(file))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), 500);
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.close();
      if (timer) clearTimeout(timer);
      ctx.ui.info("stopped watching");
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

const kib = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`);

function describeSkipped(s: { ignored: number; vendored: number; tooLarge: number; binary: number }): string {
  const parts = [
    s.ignored && `${s.ignored} ignored`,
    s.vendored && `${s.vendored} vendored dirs`,
    s.tooLarge && `${s.tooLarge} too large`,
    s.binary && `${s.binary} binary`,
  ].filter(Boolean);
  return parts.length ? `skipped ${parts.join(", ")}` : "nothing skipped";
}
