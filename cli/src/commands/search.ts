import { ok } from "../api";
import { choiceOption, defineCommand, intOption, JSON_FLAG } from "../command";
import type { Ui } from "../output";

const MODES = ["keyword", "semantic", "hybrid"] as const;

/** `search "query"`: the knowledge base, with the matched words highlighted. */
export default defineCommand((program, ctx) => {
  program
    .command("search <query>")
    .description("search the knowledge base (documents, notes, pages, feeds)")
    .option("--mode <mode>", MODES.join(", "), choiceOption(MODES), "hybrid")
    .option("--limit <n>", "documents to show (max 50)", intOption("--limit"), 10)
    .option(...JSON_FLAG)
    .action(async (q: string, opts: { mode: (typeof MODES)[number]; limit: number; json?: boolean }) => {
      const result = await ok(
        ctx.api().knowledge.search.$get({ query: { q, mode: opts.mode, limit: String(opts.limit) } }),
      );
      if (opts.json) return ctx.ui.json(result);
      if (result.data.length === 0) return ctx.ui.info(`nothing found for "${q}" (${result.mode})`);
      const { color, out } = ctx.ui;
      for (const [i, hit] of result.data.entries()) {
        out(
          `${color.bold(`${i + 1}. ${hit.document.title}`)}  ${color.dim(`${hit.document.id} · score ${hit.score.toFixed(3)}`)}`,
        );
        for (const chunk of hit.chunks.slice(0, 2)) {
          const where = chunk.headingPath.length ? `${chunk.headingPath.join(" › ")}: ` : "";
          out(`   ${color.dim(where)}${highlight(ctx.ui, chunk.snippet)}`);
        }
      }
    });
}, 50);

/** Turns the API's HTML-escaped snippet with `<mark>` into terminal text, the marks in colour. */
export function highlight(ui: Ui, snippet: string): string {
  return snippet
    .replace(/<mark>(.*?)<\/mark>/g, (_m, word: string) => ui.color.bold(ui.color.yellow(word)))
    .replace(/\s+/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
