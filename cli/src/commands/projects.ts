import { ok } from "../api";
import { defineCommand, JSON_FLAG } from "../command";
import { CliError, EXIT } from "../errors";

/** `projects list|use`: which projects the key reaches, and the default one for this profile. */
export default defineCommand((program, ctx) => {
  const projects = program.command("projects").description("projects this key can see");

  projects
    .command("list")
    .description("list projects; * marks the one commands act on")
    .option(...JSON_FLAG)
    .action(async (opts: { json?: boolean }) => {
      const conn = ctx.connection();
      const page = await ok(ctx.api().projects.$get({ query: { limit: "100" } }));
      if (opts.json) return ctx.ui.json(page);
      const current = conn.project;
      ctx.ui.table(
        page.data.map((p) => ({ ...p, current: p.slug === current || p.id === current })),
        [
          { key: "current", label: "", format: (v) => (v ? "*" : "") },
          { key: "slug", label: "SLUG" },
          { key: "name", label: "NAME" },
          { key: "owner", label: "OWNER" },
          { key: "id", label: "ID" },
        ],
      );
    });

  projects
    .command("use <idOrSlug>")
    .description("make a project the default for this profile")
    .action(async (ref: string) => {
      const project = await ok(ctx.api().projects[":id"].$get({ param: { id: ref } }));
      const config = ctx.config();
      const profile = config.profiles[ctx.profileName()];
      if (!profile)
        throw new CliError("no saved profile to remember it in: run `commandcenter login` first", EXIT.auth);
      profile.project = project.slug;
      ctx.saveConfig(config);
      ctx.ui.info(`Now acting on ${project.name} (${project.slug}).`);
    });
}, 20);
