import { type Api, apiClient, type Connection } from "./api";
import { type Config, loadConfig, type Profile, saveConfig } from "./config";
import { CliError, EXIT } from "./errors";
import { createUi, type Ui } from "./output";
import { readKey } from "./secrets";

/** Options every command understands, set before or after the command name. */
export interface GlobalOptions {
  profile?: string;
  project?: string;
  debug?: boolean;
  color?: boolean;
}

/**
 * What a command needs, built lazily: the config, the active profile, the connection (the profile,
 * then `CC_URL`, `CC_API_KEY`, `CC_PROJECT` and `--project` on top) and a typed API client.
 */
export interface Context {
  ui: Ui;
  config(): Config;
  saveConfig(config: Config): void;
  /** The profile name in use: --profile, else CC_PROFILE, else the config's current one. */
  profileName(): string;
  profile(): Profile | undefined;
  /** The connection; throws "not signed in" (exit 3) when there is no URL or key. */
  connection(): Connection;
  api(): Api;
}

/** Builds the context from the global options as parsed at the time of the call. */
export function createContext(globals: () => GlobalOptions): Context {
  let config: Config | null = null;
  let ui: Ui | null = null;
  const ctx: Context = {
    get ui() {
      ui ??= createUi({ noColor: globals().color === false });
      return ui;
    },
    config: () => {
      config ??= loadConfig();
      return config;
    },
    saveConfig(next) {
      config = next;
      saveConfig(next);
    },
    profileName: () => globals().profile ?? process.env.CC_PROFILE ?? ctx.config().current,
    profile: () => ctx.config().profiles[ctx.profileName()],
    connection() {
      const env = process.env;
      const profile = ctx.profile();
      const url = env.CC_URL || profile?.url;
      const key = env.CC_API_KEY || (profile ? readKey(ctx.profileName(), profile.keyStore) : null);
      if (!url || !key) {
        throw new CliError(
          `not signed in (profile ${ctx.profileName()}): run \`commandcenter login\`, or set CC_URL and CC_API_KEY`,
          EXIT.auth,
        );
      }
      const project = globals().project || env.CC_PROJECT || profile?.project;
      return { url, key, ...(project ? { project } : {}) };
    },
    api: () => apiClient(ctx.connection()),
  };
  return ctx;
}
