// Shared pieces of the local workflow (start, benchmarks, end-to-end tests): run wrangler, apply
// D1 migrations to local state, make sure the admin key exists, wait for the server.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateKey, KEY_FORMAT_HINT, parseKey } from "../../shared/key-format.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The checkout's node_modules/.bin (Node 24, wrangler). */
export const BIN = join(ROOT, "node_modules/.bin");
const SUPERVISE = join(dirname(fileURLToPath(import.meta.url)), "supervise.mjs");

/**
 * Environment for child processes: the project's own Node (>= 22) first on PATH.
 * @param {Record<string, string>} [extra]
 */
export function childEnv(extra = {}) {
  return { ...process.env, PATH: `${BIN}:${dirname(process.execPath)}:${process.env.PATH ?? ""}`, ...extra };
}

/**
 * Runs a wrangler command to completion, failing loudly with its output; returns its stdout.
 * @param {string[]} args
 * @param {{ persistTo?: string; quiet?: boolean }} [options] `persistTo`: the local state directory
 */
export function wrangler(args, { persistTo, quiet = true } = {}) {
  const full = persistTo ? [...args, "--persist-to", persistTo] : args;
  const res = spawnSync(join(BIN, "wrangler"), full, { cwd: ROOT, env: childEnv({ CI: "true" }), encoding: "utf8" });
  if (res.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed:\n${res.stdout}\n${res.stderr}`);
  }
  if (!quiet) process.stdout.write(res.stdout);
  return res.stdout;
}

/**
 * Applies every pending D1 migration to the local database.
 * @param {string} [persistTo] the local state directory (default: wrangler's own)
 */
export function applyMigrations(persistTo) {
  wrangler(["d1", "migrations", "apply", "DB", "--local"], { persistTo });
}

/**
 * Validates a key given from outside (CC_ADMIN_KEY), explaining the expected shape.
 * @param {string} key
 * @param {string} where what the key came from, for the message
 */
export function assertKeyFormat(key, where) {
  if (!parseKey(key)) throw new Error(`${where} is not a CommandCenter key: expected ${KEY_FORMAT_HINT}`);
}

/**
 * The bootstrap admin key: CC_ADMIN_KEY when set, else the one generated earlier for this local
 * state, else a new one saved (mode 600) under the state directory so it can be shown again.
 */
export function resolveAdminKey(/** @type {string} */ stateDir) {
  const file = join(stateDir, "commandcenter-admin-key");
  if (process.env.CC_ADMIN_KEY) {
    assertKeyFormat(process.env.CC_ADMIN_KEY, "CC_ADMIN_KEY");
    return { key: process.env.CC_ADMIN_KEY, source: "CC_ADMIN_KEY" };
  }
  if (existsSync(file)) return { key: readFileSync(file, "utf8").trim(), source: file };
  mkdirSync(stateDir, { recursive: true });
  const key = generateKey().secret;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, source: "generated" };
}

/**
 * Stores the key's hash as an instance-wide admin key unless that hash is already known.
 * @param {string} key
 * @param {string} [persistTo] the local state directory (default: wrangler's own)
 */
export function ensureAdminKey(key, persistTo) {
  const hash = createHash("sha256").update(key).digest("hex");
  const prefix = parseKey(key)?.prefix;
  if (!prefix) throw new Error(`not a CommandCenter key: expected ${KEY_FORMAT_HINT}`);
  const id = `key_bootstrap${hash.slice(0, 16)}`;
  // The operator's own key gets the largest rate-limit plan (seeding, benchmarks, the fuzz).
  const sql = `INSERT OR IGNORE INTO api_keys (id, project_id, name, prefix, secret_hash, scopes, plan) VALUES ('${id}', NULL, 'bootstrap admin', '${prefix}', '${hash}', '["admin"]', 'service'); UPDATE api_keys SET plan = 'service' WHERE id = '${id}'`;
  wrangler(["d1", "execute", "DB", "--local", "--command", sql], { persistTo });
}

/** The local owner: the instance admin `npm start` signs in without an identity provider. */
export const LOCAL_OWNER = { id: "usr_localowner", email: "owner@localhost", name: "Local owner" };

/**
 * Makes sure the local owner exists and makes a single-use sign-in link for them, valid for a day;
 * returns the link's token (only its SHA-256 is stored). Open `<base>/signin#link=<token>`.
 * @param {string} [persistTo] the local state directory
 */
export function createOwnerSignInLink(persistTo) {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  const expires = new Date(Date.now() + 24 * 3600_000).toISOString();
  const { id, email, name } = LOCAL_OWNER;
  const sql = [
    `INSERT OR IGNORE INTO users (id, email, name, instance_admin) VALUES ('${id}', '${email}', '${name}', 1)`,
    `INSERT INTO sign_in_links (id, user_id, token_hash, expires_at) VALUES ('sil_${hash.slice(0, 26)}', '${id}', '${hash}', '${expires}')`,
  ].join("; ");
  wrangler(["d1", "execute", "DB", "--local", "--command", sql], { persistTo });
  return token;
}

/**
 * Starts `wrangler dev` in its own process group on 127.0.0.1; returns the child and a stop function.
 * `args` are extra wrangler flags (e.g. `["--log-level", "warn"]`); `cwd` is the app to serve (default: this checkout).
 * Wrangler runs under `supervise.mjs`, the group's leader, which ends the group when this process
 * goes away, even by SIGKILL: its stdin is a pipe from here that closes only then.
 * @param {{ port: number; persistTo?: string; vars?: Record<string, string>; inherit?: boolean; args?: string[]; cwd?: string }} options
 */
export function startDev({ port, persistTo, vars = {}, inherit = false, args: extra = [], cwd = ROOT }) {
  ensureDevVars();
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", ...extra];
  if (persistTo) args.push("--persist-to", persistTo);
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  const child = spawn(process.execPath, [SUPERVISE, join(BIN, "wrangler"), ...args], {
    cwd,
    env: childEnv({ CI: "true", WRANGLER_SEND_METRICS: "false" }),
    detached: true,
    stdio: inherit ? ["pipe", "inherit", "inherit"] : ["pipe", "pipe", "pipe"],
  });
  /** @type {import("node:net").Socket | null} */ (child.stdin)?.unref();
  /**
   * SIGTERM to the whole process group at once; the promise settles when wrangler has exited, or after
   * 5 s, and then SIGKILLs the group so no workerd child outlives it.
   */
  const stop = () => {
    /** @type {Promise<void>} */
    const exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once("exit", () => resolve());
    });
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {}
    return Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]).then(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {}
    });
  };
  return { child, stop };
}

/**
 * Polls the health route until the server answers, or throws after `timeoutMs`.
 * @param {string} base
 */
export async function waitForServer(base, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      // Bounded: a Worker that failed to build leaves workerd listening but never answering.
      const res = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (err) {
      const cause = err instanceof Error ? err.cause : undefined;
      last = String(cause instanceof Error && "code" in cause ? cause.code : err);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${base} did not become healthy (${last})`);
}

/**
 * A small JSON client for the local API: `api(method, path, body?, headers?)` answers the parsed
 * JSON body (null when empty) and throws with the status and body on any non-2xx answer.
 * @param {string} base
 * @param {string} key
 */
export function apiClient(base, key) {
  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   */
  return async function api(method, path, body, headers = {}) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return json;
  };
}

/**
 * Local Worker secrets live in .dev.vars (git-ignored; wrangler dev reads it). ENCRYPTION_KEY
 * encrypts webhook and integration secrets at rest: generated once, and keep it — data
 * encrypted with it cannot be read without it. METRICS_TOKEN is what a local scraper sends to
 * `/metrics` as its bearer token.
 */
export function ensureDevVars() {
  const file = join(ROOT, ".dev.vars");
  let current = existsSync(file) ? readFileSync(file, "utf8") : "";
  for (const name of ["ENCRYPTION_KEY", "METRICS_TOKEN"]) {
    if (new RegExp(`^${name}=`, "m").test(current)) continue;
    const line = `${name}=${randomBytes(32).toString(name === "METRICS_TOKEN" ? "base64url" : "base64")}\n`;
    current = current && !current.endsWith("\n") ? `${current}\n${line}` : `${current}${line}`;
    writeFileSync(file, current, { mode: 0o600 });
  }
}
