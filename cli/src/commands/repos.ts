import { ok } from "../api";
import { defineCommand, intOption, JSON_FLAG } from "../command";
import { CliError, EXIT } from "../errors";

/** `repos list|add`: the project's registered repositories. */
export default defineCommand((program, ctx) => {
  const repos = program.command("repos").description("repositories the project tracks");

  repos
    .command("list")
    .description("list repositories")
    .option("-q, --query <text>", "text in owner, name or description")
    .option("--limit <n>", "at most this many (max 100)", intOption("--limit"), 50)
    .option(...JSON_FLAG)
    .action(async (opts: { query?: string; limit: number; json?: boolean }) => {
      const query = { limit: String(opts.limit), ...(opts.query ? { q: opts.query } : {}) };
      const page = await ok(ctx.api().repositories.$get({ query }));
      if (opts.json) return ctx.ui.json(page);
      ctx.ui.table(page.data, [
        { key: "provider", label: "PROVIDER" },
        { key: "owner", label: "OWNER" },
        { key: "name", label: "NAME" },
        { key: "language", label: "LANGUAGE" },
        { key: "lastAnalysedAt", label: "ANALYSED" },
        { key: "id", label: "ID" },
      ]);
    });

  repos
    .command("add <urlOrOwnerName>")
    .description("register a repository: a GitHub/GitLab/Bitbucket URL, or owner/name (uploaded archives)")
    .option(...JSON_FLAG)
    .action(async (ref: string, opts: { json?: boolean }) => {
      const json = /^https?:\/\//.test(ref) ? { url: ref } : ownerName(ref);
      const repo = await ok(ctx.api().repositories.$post({ json }));
      if (opts.json) return ctx.ui.json(repo);
      ctx.ui.info(`Registered ${repo.provider}:${repo.owner}/${repo.name} (${repo.id}).`);
    });
}, 34);

function ownerName(ref: string) {
  const [owner, name, ...rest] = ref.split("/");
  if (!owner || !name || rest.length) throw new CliError(`expected a URL or owner/name, got ${ref}`, EXIT.usage);
  return { provider: "upload" as const, owner, name };
}
