import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { rawRequest } from "../api";
import { defineCommand, JSON_FLAG } from "../command";
import { CliError } from "../errors";
import { followJob } from "../follow";
import { startProgress } from "../progress";

const TYPES: Record<string, string> = {
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".txt": "text/plain",
  ".html": "text/html",
  ".htm": "text/html",
  ".pdf": "application/pdf",
};

interface IngestAnswer {
  outcome: string;
  document: { id: string; title: string };
  job: { id: string } | null;
}

/** `ingest <file|url>`: adds a document to the knowledge base, following the job when one runs. */
export default defineCommand((program, ctx) => {
  program
    .command("ingest <fileOrUrl>")
    .description("add a file (.md, .txt, .html, .pdf) or a web page to the knowledge base")
    .option("--title <title>", "document title (default: from the file or page)")
    .option("--tag <tag...>", "tags")
    .option(...JSON_FLAG)
    .action(async (source: string, opts: { title?: string; tag?: string[]; json?: boolean }) => {
      const conn = ctx.connection();
      let answer: IngestAnswer;
      if (/^https?:\/\//.test(source)) {
        const json = {
          url: source,
          ...(opts.title ? { title: opts.title } : {}),
          ...(opts.tag ? { tags: opts.tag } : {}),
        };
        const res = await rawRequest(conn, "/knowledge/documents", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(json),
        });
        answer = (await res.json()) as IngestAnswer;
      } else {
        let bytes: Buffer;
        try {
          bytes = readFileSync(source);
        } catch (err) {
          throw new CliError(`cannot read ${source}: ${err instanceof Error ? err.message : String(err)}`);
        }
        const form = new FormData();
        const type = TYPES[extname(source).toLowerCase()] ?? "application/octet-stream";
        form.set("file", new Blob([new Uint8Array(bytes)], { type }), basename(source));
        if (opts.title) form.set("title", opts.title);
        if (opts.tag) form.set("tags", opts.tag.join(","));
        const res = await rawRequest(conn, "/knowledge/documents", { method: "POST", body: form });
        answer = (await res.json()) as IngestAnswer;
      }
      let status: string | null = null;
      if (answer.job) {
        const view = startProgress(ctx.ui, `Indexing ${answer.document.title}`);
        try {
          status = (await followJob(conn, answer.job.id, { progress: (p, s) => view.update(p, s) })).status;
        } finally {
          view.stop();
        }
        if (status !== "completed") throw new CliError(`indexing ${status} (job ${answer.job.id})`);
      }
      if (opts.json)
        return ctx.ui.json({ outcome: answer.outcome, document: answer.document, jobId: answer.job?.id ?? null });
      ctx.ui.info(`${answer.outcome}: ${answer.document.title} (${answer.document.id})`);
    });
}, 52);
