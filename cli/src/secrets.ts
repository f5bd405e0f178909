import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { configDir, writePrivateFile } from "./config";

const SERVICE = "commandcenter";
const CREDENTIALS = "credentials.json";

interface KeyringEntry {
  setPassword(password: string): void;
  getPassword(): string | null | undefined;
  deletePassword(): boolean;
}
type EntryClass = new (service: string, account: string, options?: { linux?: { store: string } }) => KeyringEntry;

/**
 * On Linux only the Secret Service (gnome-keyring, KWallet) keeps a key across restarts; the
 * kernel keyring the binding would otherwise fall back to forgets it at logout.
 */
const ENTRY_OPTIONS = { linux: { store: "secret-service" } };

/**
 * The OS keyring's `Entry` class (`@napi-rs/keyring`: macOS Keychain, Windows Credential Manager,
 * the Secret Service on Linux), or null when the binding is not installed. `CC_KEYRING=off` turns
 * it off (tests, and machines where the keyring prompts).
 */
function keyringEntry(): EntryClass | null {
  if (process.env.CC_KEYRING === "off") return null;
  try {
    const mod: { Entry?: EntryClass } = createRequire(import.meta.url)("@napi-rs/keyring");
    return mod.Entry ?? null;
  } catch {
    return null;
  }
}

function readCredentials(): Record<string, string> {
  const file = join(configDir(), CREDENTIALS);
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, string>) : {};
}

/** Where a key was stored: the keyring, or the 0600 file (with its path) when no keyring works. */
export type Stored = { store: "keyring" } | { store: "file"; path: string };

/**
 * Stores a profile's key: in the OS keyring when one answers (a test read-back proves it), else
 * in `credentials.json` (0600) in the config directory. Never in the config file or argv.
 */
export function storeKey(profile: string, key: string): Stored {
  const Entry = keyringEntry();
  if (Entry) {
    try {
      const entry = new Entry(SERVICE, profile, ENTRY_OPTIONS);
      entry.setPassword(key);
      if (entry.getPassword() === key) {
        removeFromFile(profile);
        return { store: "keyring" };
      }
    } catch {}
  }
  const creds = readCredentials();
  creds[profile] = key;
  return { store: "file", path: writePrivateFile(CREDENTIALS, `${JSON.stringify(creds, null, 2)}\n`) };
}

/** A profile's key from where `store` says it is, or null. */
export function readKey(profile: string, store: "keyring" | "file"): string | null {
  if (store === "file") return readCredentials()[profile] ?? null;
  const Entry = keyringEntry();
  if (!Entry) return null;
  try {
    return new Entry(SERVICE, profile, ENTRY_OPTIONS).getPassword() ?? null;
  } catch {
    return null;
  }
}

/** Forgets a profile's key in both places. */
export function deleteKey(profile: string): void {
  const Entry = keyringEntry();
  if (Entry) {
    try {
      new Entry(SERVICE, profile, ENTRY_OPTIONS).deletePassword();
    } catch {}
  }
  removeFromFile(profile);
}

function removeFromFile(profile: string): void {
  const creds = readCredentials();
  if (!(profile in creds)) return;
  delete creds[profile];
  writePrivateFile(CREDENTIALS, `${JSON.stringify(creds, null, 2)}\n`);
}
