import { ok } from "../api";
import { defineCommand, intOption, JSON_FLAG } from "../command";
import { CliError } from "../errors";
import { followJob } from "../follow";
import { startProgress } from "../progress";

/** `jobs list|watch|cancel`: background work (analyses, ingestion, schedules). */
export default defineCommand((program, ctx) => {
  const jobs = program.command("jobs").description("background jobs");

  jobs
    .command("list")
    .description("list jobs, newest first")
    .option("--status <status>", "filter (comma-separated): pending, running, completed, failed, ...")
    .option("--type <type>", "filter by job type")
    .option("--limit <n>", "at most this many (max 100)", intOption("--limit"), 20)
    .option(...JSON_FLAG)
    .action(async (opts: { status?: string; type?: string; limit: number; json?: boolean }) => {
      const query = {
        limit: String(opts.limit),
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.type ? { type: opts.type } : {}),
      };
      const page = await ok(ctx.api().jobs.$get({ query }));
      if (opts.json) return ctx.ui.json(page);
      ctx.ui.table(page.data, [
        { key: "id", label: "ID" },
        { key: "type", label: "TYPE" },
        { key: "status", label: "STATUS" },
        { key: "progress", label: "%", format: (v) => String(Math.floor(Number(v))) },
        { key: "step", label: "STEP" },
        { key: "createdAt", label: "CREATED" },
      ]);
    });

  jobs
    .command("watch <id>")
    .description("follow a job live until it ends (exit 1 unless it completed)")
    .option(...JSON_FLAG)
    .action(async (id: string, opts: { json?: boolean }) => {
      const view = startProgress(ctx.ui, `Job ${id}`);
      let end: Awaited<ReturnType<typeof followJob>>;
      try {
        end = await followJob(ctx.connection(), id, {
          progress: (p, s) => view.update(p, s),
          log: (line) => view.note(`${line.level}: ${line.message}`),
        });
      } finally {
        view.stop();
      }
      if (opts.json) ctx.ui.json({ id, ...end });
      else ctx.ui.out(`${id} ${end.status}${end.error ? `: ${end.error}` : ""}`);
      if (end.status !== "completed") throw new CliError(`job ${end.status}`);
    });

  jobs
    .command("cancel <id>")
    .description("cancel a waiting or running job")
    .option(...JSON_FLAG)
    .action(async (id: string, opts: { json?: boolean }) => {
      const job = await ok(ctx.api().jobs[":id"].cancel.$post({ param: { id } }));
      if (opts.json) return ctx.ui.json(job);
      ctx.ui.info(`Job ${job.id}: ${job.status}.`);
    });
}, 60);
