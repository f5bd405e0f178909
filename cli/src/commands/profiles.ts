import { defineCommand, JSON_FLAG } from "../command";
import { CliError, EXIT } from "../errors";
import { deleteKey, readKey } from "../secrets";

/** `profiles list|use|remove`: several instances or identities side by side. */
export default defineCommand((program, ctx) => {
  const profiles = program.command("profiles").description("saved connections (instance, key, default project)");

  profiles
    .command("list")
    .description("list profiles; * marks the current one")
    .option(...JSON_FLAG)
    .action((opts: { json?: boolean }) => {
      const config = ctx.config();
      const rows = Object.entries(config.profiles).map(([name, p]) => ({
        name,
        current: name === config.current,
        url: p.url,
        project: p.project ?? null,
        keyStore: p.keyStore,
        signedIn: readKey(name, p.keyStore) !== null,
      }));
      if (opts.json) return ctx.ui.json({ data: rows });
      ctx.ui.table(rows, [
        { key: "current", label: "", format: (v) => (v ? "*" : "") },
        { key: "name", label: "PROFILE" },
        { key: "url", label: "URL" },
        { key: "project", label: "PROJECT" },
        { key: "signedIn", label: "SIGNED IN", format: (v, row) => (v ? `yes (${row.keyStore})` : "no") },
      ]);
    });

  profiles
    .command("use <name>")
    .description("make a profile the current one")
    .action((name: string) => {
      const config = ctx.config();
      if (!config.profiles[name]) throw new CliError(`no profile named ${name}`, EXIT.notFound);
      config.current = name;
      ctx.saveConfig(config);
      ctx.ui.info(`Now using profile ${name}.`);
    });

  profiles
    .command("remove <name>")
    .description("delete a profile and its stored key")
    .action((name: string) => {
      const config = ctx.config();
      if (!config.profiles[name]) throw new CliError(`no profile named ${name}`, EXIT.notFound);
      deleteKey(name);
      delete config.profiles[name];
      if (config.current === name) config.current = Object.keys(config.profiles)[0] ?? "default";
      ctx.saveConfig(config);
      ctx.ui.info(`Removed profile ${name}.`);
    });
}, 11);
