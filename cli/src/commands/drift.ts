import { DRIFT_KINDS, DRIFT_LABELS, DRIFT_STATES, type DriftKind } from "../../../shared/portfolio";
import { ok } from "../api";
import { defineCommand, intOption, JSON_FLAG } from "../command";
import { CliError, EXIT } from "../errors";

interface ListOptions {
  state: string;
  kind?: string;
  projectId?: string;
  limit: number;
  cursor?: string;
  json?: boolean;
}

/** Checks a comma-separated list against its allowed values: a usage error (exit 2) otherwise. */
function csvOf(flag: string, allowed: readonly string[], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const bad = value.split(",").filter((v) => !allowed.includes(v.trim()));
  if (bad.length) throw new CliError(`${flag}: unknown ${bad.join(", ")}; expected ${allowed.join(", ")}`, EXIT.usage);
  return value;
}

interface Evidence {
  repository: string;
  file: string;
  line: number | null;
}

const where = (evidence: unknown) => {
  const [first, ...rest] = Array.isArray(evidence) ? (evidence as Evidence[]) : [];
  if (!first) return "";
  return `${first.repository}:${first.file}${first.line ? `:${first.line}` : ""}${rest.length ? ` (+${rest.length})` : ""}`;
};

/** `drift list|dismiss`: the radar-vs-code drift inbox across the projects the key sees. */
export default defineCommand((program, ctx) => {
  const drift = program
    .command("drift")
    .description("radar-vs-code drift across the projects your key sees (an instance key: all of them)");

  drift
    .command("list")
    .description("list drift items, newest first")
    .option("--state <states>", `${DRIFT_STATES.join(", ")} (comma-separated)`, "open")
    .option("--kind <kinds>", `${DRIFT_KINDS.join(", ")} (comma-separated)`)
    .option("--project-id <id>", "only this project's items")
    .option("--limit <n>", "at most this many (max 100)", intOption("--limit"), 50)
    .option("--cursor <id>", "continue after this item (the nextCursor of --json)")
    .option(...JSON_FLAG)
    .action(async (opts: ListOptions) => {
      const query = {
        state: csvOf("--state", DRIFT_STATES, opts.state) ?? "open",
        limit: String(Math.min(opts.limit, 100)),
        ...(opts.kind ? { kind: csvOf("--kind", DRIFT_KINDS, opts.kind) } : {}),
        ...(opts.projectId ? { projectId: opts.projectId } : {}),
        ...(opts.cursor ? { cursor: opts.cursor } : {}),
      };
      const page = await ok(ctx.api().portfolio.drift.$get({ query }));
      if (opts.json) return ctx.ui.json(page);
      ctx.ui.table(
        page.data.map((d) => ({ ...d, projectSlug: d.project.slug, evidence: d.details.evidence })),
        [
          { key: "id", label: "ID" },
          { key: "projectSlug", label: "PROJECT" },
          { key: "title", label: "TECHNOLOGY" },
          { key: "kind", label: "DRIFT", format: (v) => DRIFT_LABELS[v as DriftKind] ?? String(v) },
          { key: "evidence", label: "EVIDENCE", format: where },
          { key: "firstSeenAt", label: "SINCE", format: (v) => String(v).slice(0, 10) },
          { key: "state", label: "STATE" },
        ],
      );
      if (page.nextCursor) ctx.ui.info(`more: --cursor ${page.nextCursor}`);
    });

  drift
    .command("dismiss <id>")
    .description("set an open drift item aside with a reason (kept in the audit log)")
    .requiredOption("--reason <text>", "why it is not a problem")
    .option(...JSON_FLAG)
    .action(async (id: string, opts: { reason: string; json?: boolean }) => {
      const item = await ok(
        ctx.api().portfolio.drift[":id"].dismiss.$post({ param: { id }, json: { reason: opts.reason } }),
      );
      if (opts.json) return ctx.ui.json(item);
      ctx.ui.info(`Dismissed ${item.title} (${DRIFT_LABELS[item.kind]}) in ${item.project.slug}.`);
    });
}, 36);
