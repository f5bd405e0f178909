import { KEY_FORMAT_HINT, parseKey } from "../../../shared/key-format";
import { apiClient, ok } from "../api";
import { defineCommand, JSON_FLAG } from "../command";
import type { Context } from "../context";
import { CliError, EXIT } from "../errors";
import { readSecret } from "../prompt";
import { deleteKey, storeKey } from "../secrets";

const DEFAULT_URL = "http://127.0.0.1:8787";

/** `login`, `logout`, `whoami`: the key is read without echo or from stdin, checked, and stored. */
export default defineCommand((program, ctx) => {
  program
    .command("login")
    .description("sign in with an API key (read without echo, or from stdin) and save it for this profile")
    .option("--url <url>", "the instance's URL (default: the profile's, CC_URL, or http://127.0.0.1:8787)")
    .action(async (opts: { url?: string }) => login(ctx, opts.url));

  program
    .command("logout")
    .description("forget this profile's key (keyring and file)")
    .action(() => {
      const name = ctx.profileName();
      deleteKey(name);
      ctx.ui.info(`Signed out of profile ${name}.`);
    });

  program
    .command("whoami")
    .description("show the instance, profile, key prefix and projects this key reaches")
    .option(...JSON_FLAG)
    .action(async (opts: { json?: boolean }) => {
      const conn = ctx.connection();
      const projects = await ok(ctx.api().projects.$get({ query: { limit: "100" } }));
      const who = {
        url: conn.url,
        profile: ctx.profileName(),
        keyPrefix: parseKey(conn.key)?.prefix ?? null,
        project: conn.project ?? null,
        projects: projects.data.map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
      };
      if (opts.json) return ctx.ui.json(who);
      ctx.ui.out(`${who.url} as ${who.keyPrefix ?? "(key)"} (profile ${who.profile})`);
      ctx.ui.out(`project: ${who.project ?? "(none chosen)"}; reaches ${projects.total} project(s)`);
    });
}, 10);

async function login(ctx: Context, urlOption: string | undefined): Promise<void> {
  const name = ctx.profileName();
  const config = ctx.config();
  const previous = config.profiles[name];
  const url = (urlOption ?? process.env.CC_URL ?? previous?.url ?? DEFAULT_URL).replace(/\/+$/, "");
  if (!/^https?:\/\//.test(url))
    throw new CliError(`--url must start with http:// or https:// (got ${url})`, EXIT.usage);
  const key = await readSecret(`API key for ${url}: `);
  if (!key) throw new CliError("no key given", EXIT.usage);
  if (!parseKey(key)) throw new CliError(`that is not a CommandCenter key: expected ${KEY_FORMAT_HINT}`, EXIT.usage);
  const projects = await ok(apiClient({ url, key }).projects.$get({ query: { limit: "2" } }));
  const stored = storeKey(name, key);
  const only = projects.total === 1 ? projects.data[0]?.slug : undefined;
  const project = previous?.url === url ? (previous.project ?? only) : only;
  config.profiles[name] = { url, keyStore: stored.store, ...(project ? { project } : {}) };
  if (!config.profiles[config.current]) config.current = name;
  if (stored.store === "file" && !config.fileStoreWarned) {
    ctx.ui.warn(`no OS keyring answered; the key is kept in ${stored.path} (readable by you only).`);
    config.fileStoreWarned = true;
  }
  ctx.saveConfig(config);
  const where = stored.store === "keyring" ? "the OS keyring" : "the credentials file";
  ctx.ui.info(`Signed in to ${url} as ${parseKey(key)?.prefix} (profile ${name}, key in ${where}).`);
  if (project) ctx.ui.info(`Project: ${project}`);
  else ctx.ui.info("Choose a project with `commandcenter projects use <slug>`.");
}
