import { DOMAINS, ringOf, TECH_STATUSES } from "../../../shared/vocabulary";
import { ok } from "../api";
import { choiceOption, defineCommand, intOption, JSON_FLAG } from "../command";
import { findTechnology } from "../resolve";

const COLUMNS = [
  { key: "title", label: "TITLE" },
  { key: "status", label: "STATUS" },
  { key: "ring", label: "RING" },
  { key: "domain", label: "DOMAIN" },
  { key: "priority", label: "PRIO" },
  { key: "id", label: "ID" },
];

/** `tech list|show|add|move`: the project's technology radar. */
export default defineCommand((program, ctx) => {
  const tech = program.command("tech").description("technologies on the project's radar");

  tech
    .command("list")
    .description("list technologies, newest change first")
    .option("--status <status>", `filter: ${TECH_STATUSES.join(", ")} (comma-separated)`)
    .option("--domain <domain>", `filter: ${DOMAINS.join(", ")} (comma-separated)`)
    .option("-q, --query <text>", "text in title, vendor or description")
    .option("--limit <n>", "at most this many (max 100)", intOption("--limit"), 50)
    .option(...JSON_FLAG)
    .action(async (opts: { status?: string; domain?: string; query?: string; limit: number; json?: boolean }) => {
      const query = {
        limit: String(opts.limit),
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.domain ? { domain: opts.domain } : {}),
        ...(opts.query ? { q: opts.query } : {}),
      };
      const page = await ok(ctx.api().technologies.$get({ query }));
      if (opts.json) return ctx.ui.json(page);
      ctx.ui.table(
        page.data.map((t) => ({ ...t, ring: ringOf(t.status) })),
        COLUMNS,
      );
      if (page.total > page.data.length) ctx.ui.info(`(${page.data.length} of ${page.total}; --limit for more)`);
    });

  tech
    .command("show <idOrTitle>")
    .description("one technology with its recent history")
    .option(...JSON_FLAG)
    .action(async (ref: string, opts: { json?: boolean }) => {
      const api = ctx.api();
      const t = await findTechnology(api, ref);
      const history = await ok(api.technologies[":id"].history.$get({ param: { id: t.id }, query: { limit: "10" } }));
      if (opts.json) return ctx.ui.json({ technology: t, history: history.data });
      const { color } = ctx.ui;
      ctx.ui.out(`${color.bold(t.title)}  ${t.id}`);
      ctx.ui.out(`status ${t.status} (ring ${ringOf(t.status)}), domain ${t.domain}, priority ${t.priority}`);
      if (t.vendor) ctx.ui.out(`vendor ${t.vendor}`);
      if (t.tags.length) ctx.ui.out(`tags ${t.tags.join(", ")}`);
      if (t.description) ctx.ui.out(`\n${t.description}`);
      if (history.data.length) {
        ctx.ui.out(color.bold("\nhistory"));
        for (const h of history.data)
          ctx.ui.out(`${h.createdAt}  ${h.kind}  ${h.fromValue ?? ""} → ${h.toValue ?? ""}`);
      }
    });

  tech
    .command("add <title>")
    .description("add a technology to the radar")
    .option("--domain <domain>", DOMAINS.join(", "), choiceOption(DOMAINS), "other")
    .option("--status <status>", TECH_STATUSES.join(", "), choiceOption(TECH_STATUSES), "discovery")
    .option("--priority <n>", "1 to 5", intOption("--priority"))
    .option("--description <text>", "what it is and why it matters")
    .option("--tag <tag...>", "tags")
    .option(...JSON_FLAG)
    .action(async (title: string, opts: AddOptions) => {
      const json = {
        title,
        domain: opts.domain,
        status: opts.status,
        ...(opts.priority ? { priority: opts.priority } : {}),
        ...(opts.description ? { description: opts.description } : {}),
        ...(opts.tag ? { tags: opts.tag } : {}),
      };
      const t = await ok(ctx.api().technologies.$post({ json }));
      if (opts.json) return ctx.ui.json(t);
      ctx.ui.info(`Added ${t.title} (${t.id}) at ${t.status}.`);
    });

  tech
    .command("move <idOrTitle>")
    .description("move a technology to another status (its ring follows) or priority, with a note")
    .option("--status <status>", TECH_STATUSES.join(", "), choiceOption(TECH_STATUSES))
    .option("--priority <n>", "1 to 5", intOption("--priority"))
    .option("--note <text>", "why it moved (kept in the history)")
    .option(...JSON_FLAG)
    .action(async (ref: string, opts: MoveOptions) => {
      const api = ctx.api();
      const t = await findTechnology(api, ref);
      const json = {
        version: t.version,
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.priority ? { priority: opts.priority } : {}),
        ...(opts.note ? { note: opts.note } : {}),
      };
      const moved = await ok(api.technologies[":id"].$patch({ param: { id: t.id }, json }));
      if (opts.json) return ctx.ui.json(moved);
      ctx.ui.info(
        `${moved.title}: ${t.status} → ${moved.status} (ring ${ringOf(moved.status)}), priority ${moved.priority}.`,
      );
    });
}, 30);

interface AddOptions {
  domain: (typeof DOMAINS)[number];
  status: (typeof TECH_STATUSES)[number];
  priority?: number;
  description?: string;
  tag?: string[];
  json?: boolean;
}

interface MoveOptions {
  status?: (typeof TECH_STATUSES)[number];
  priority?: number;
  note?: string;
  json?: boolean;
}
