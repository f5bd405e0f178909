import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

/** One named connection: which instance, and which project commands act on by default. */
export interface Profile {
  url: string;
  project?: string;
  /** Where its key lives; never the key itself. */
  keyStore: "keyring" | "file";
}

/** `config.json`: profiles and choices, never a key. */
export interface Config {
  current: string;
  profiles: Record<string, Profile>;
  /** The warning about the file key store was shown once. */
  fileStoreWarned?: boolean;
}

/**
 * The config directory: `CC_CONFIG_DIR`, else `$XDG_CONFIG_HOME/commandcenter`, else
 * `%APPDATA%\commandcenter` on Windows, else `~/.config/commandcenter`.
 */
export function configDir(): string {
  const env = process.env;
  if (env.CC_CONFIG_DIR) return env.CC_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, "commandcenter");
  if (process.platform === "win32" && env.APPDATA) return join(env.APPDATA, "commandcenter");
  return join(os.homedir(), ".config", "commandcenter");
}

const emptyConfig = (): Config => ({ current: "default", profiles: {} });

/** The saved config, or an empty one when there is none yet. */
export function loadConfig(): Config {
  const file = join(configDir(), "config.json");
  if (!existsSync(file)) return emptyConfig();
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof parsed !== "object" || parsed === null || !("profiles" in parsed)) return emptyConfig();
  return { ...emptyConfig(), ...(parsed as Partial<Config>) };
}

/** Writes `contents` to `name` in the config directory atomically, readable by the user only. */
export function writePrivateFile(name: string, contents: string): string {
  const dir = configDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
  return file;
}

/** Saves the config (0600, like the rest of the directory). */
export function saveConfig(config: Config): void {
  writePrivateFile("config.json", `${JSON.stringify(config, null, 2)}\n`);
}
