// `npm run test:e2e`: the dashboard's end-to-end suite. Makes sure Debian's Chromium and promtool are present
// (installing it when running as root), builds the dashboard if build/client is missing, serves the
// Worker with `wrangler dev` on a throwaway local state and its own port, bootstraps an admin key,
// then runs the `e2e` vitest project (tests/e2e) against it. wrangler's process group and the
// temporary directory are removed on exit, on error and on SIGINT/SIGTERM/SIGHUP.
//
// A real OpenID Connect provider (scripts/oidc-test-provider.mjs) runs beside it on loopback, and the Worker
// trusts it as the sign-in provider "e2eidp".
//
// Environment: E2E_PORT (default 8795, or a free port when that one is taken), E2E_OIDC_PORT (default: a
// free port); extra arguments go to vitest.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { generateKey } from "../shared/key-format.ts";
import {
  applyMigrations,
  childEnv,
  createOwnerSignInLink,
  ensureAdminKey,
  ROOT,
  startDev,
  waitForServer,
} from "./lib/local.mjs";
import { startOidcProvider, TEST_ACCOUNT } from "./oidc-test-provider.mjs";

const CHROMIUM = "/usr/bin/chromium";
const PROMTOOL = "/usr/bin/promtool";
let PORT = Number(process.env.E2E_PORT ?? 8795);
let BASE = `http://127.0.0.1:${PORT}`;
const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/**
 * Installs a Debian package when the file it provides is missing (Chromium for the browser
 * suite, prometheus for `promtool check metrics`); only root can, anyone else gets the command.
 * @param {string} file
 * @param {string} pkg
 */
function ensureDebian(file, pkg) {
  if (existsSync(file)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${file} is missing and this process is not root: run 'sudo apt-get update && sudo apt-get install -y ${pkg}', then 'npm run test:e2e' again`,
    );
  }
  step(`${file} is missing: apt-get install -y ${pkg}`);
  const apt = (/** @type {string[]} */ args) =>
    spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  // The package lists may be absent or stale on a fresh machine: update once if the first try fails.
  if (apt(["install", "-y", pkg]).status !== 0) {
    if (apt(["update"]).status !== 0) throw new Error("apt-get update failed");
    if (apt(["install", "-y", pkg]).status !== 0) throw new Error(`apt-get install -y ${pkg} failed`);
  }
  if (!existsSync(file)) throw new Error(`apt-get installed ${pkg} but ${file} is still missing`);
}

/**
 * Fails early when the port is taken: the suite must never drive somebody else's server.
 * @param {number} port
 * @returns {Promise<void>}
 */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(new Error(`port ${port} is in use; set E2E_PORT to a free port for the end-to-end server`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

/**
 * A port the OS says is free right now (the default one unless something else holds it).
 * @returns {Promise<number>}
 */
async function choosePort() {
  if (process.env.E2E_PORT) return assertPortFree(PORT).then(() => PORT);
  try {
    await assertPortFree(PORT);
    return PORT;
  } catch {
    return new Promise((resolve) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    });
  }
}

/**
 * Runs a command with inherited output; resolves with its exit code (1 when a signal ended it).
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const tmp = mkdtempSync(join(os.tmpdir(), "cc-e2e-"));
const persistTo = join(tmp, "state");
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
/** @type {string[]} */
const devLog = [];
/** @type {ReturnType<typeof startDev> | null} */
let dev = null;
/** @type {Awaited<ReturnType<typeof startOidcProvider>> | null} */
let idp = null;
let cleaned = false;

async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children) child.kill("SIGTERM");
  if (dev) {
    await dev.stop();
  }
  await idp?.close();
  rmSync(tmp, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    console.error(`\n${signal}: stopping wrangler and removing ${tmp}`);
    await cleanup();
    process.exit(130);
  });
}

let code = 1;
try {
  ensureDebian(CHROMIUM, "chromium");
  ensureDebian(PROMTOOL, "prometheus");
  if (!existsSync(join(ROOT, "build/client/index.html")) || !existsSync(join(ROOT, "build/client/_headers"))) {
    step("build/client or its _headers is missing: npm run build");
    if ((await run("npm", ["run", "--silent", "build"], childEnv())) !== 0) throw new Error("npm run build failed");
  }
  PORT = await choosePort();
  BASE = `http://127.0.0.1:${PORT}`;

  step(`throwaway state in ${tmp}; applying D1 migrations`);
  applyMigrations(persistTo);
  const adminKey = generateKey().secret;
  ensureAdminKey(adminKey, persistTo);
  const signInLink = createOwnerSignInLink(persistTo);
  // Links are single-use: the MCP OAuth spec signs in with its own.
  const oauthSignInLink = createOwnerSignInLink(persistTo);

  const redirectUri = `${BASE}/api/v1/auth/sso/e2eidp/callback`;
  idp = await startOidcProvider({ port: Number(process.env.E2E_OIDC_PORT ?? 0), redirectUri });
  step(`OpenID Connect provider on ${idp.issuer}`);
  const oidcProviders = JSON.stringify([
    { id: "e2eidp", name: "E2E IdP", issuer: idp.issuer, clientId: idp.client.id, clientSecret: idp.client.secret },
  ]);

  step(`starting wrangler dev on ${BASE}`);
  const metricsToken = generateKey().secret;
  const server = startDev({
    port: PORT,
    persistTo,
    vars: { METRICS_TOKEN: metricsToken, OIDC_PROVIDERS: oidcProviders },
    args: ["--log-level", "warn"],
  });
  dev = server;
  // Drain wrangler's output (a full pipe would stall it) and keep a tail for failure reports.
  for (const stream of [server.child.stdout, server.child.stderr]) {
    if (!stream) continue;
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      for (const line of chunk.split("\n")) {
        if (!line) continue;
        devLog.push(line);
        if (devLog.length > 80) devLog.shift();
      }
    });
  }
  const early = new Promise((_, reject) =>
    server.child.once("exit", (exitCode, signal) => {
      if (!cleaned) reject(new Error(`wrangler dev exited early (code ${exitCode}, signal ${signal})`));
    }),
  );
  early.catch(() => undefined);
  await Promise.race([waitForServer(BASE), early]);

  step("running tests/e2e with vitest (project e2e)");
  code = await run(
    join(ROOT, "node_modules/.bin/vitest"),
    ["run", "--project", "e2e", ...process.argv.slice(2)],
    childEnv({
      CC_E2E_BASE_URL: BASE,
      CC_E2E_ADMIN_KEY: adminKey,
      CC_E2E_METRICS_TOKEN: metricsToken,
      CC_E2E_SIGN_IN_LINK: signInLink,
      CC_E2E_OIDC_ISSUER: idp.issuer,
      CC_E2E_OIDC_LOGIN: TEST_ACCOUNT.login,
      CC_E2E_OIDC_EMAIL: TEST_ACCOUNT.email,
      CC_E2E_OAUTH_SIGN_IN_LINK: oauthSignInLink,
    }),
  );
  if (code !== 0 && devLog.length) console.error(`\nlast lines of wrangler dev:\n${devLog.join("\n")}`);
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : err}`);
  if (devLog.length) console.error(`\nlast lines of wrangler dev:\n${devLog.join("\n")}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
