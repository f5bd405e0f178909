import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { throwawayServer } from "../../../scripts/lib/throwaway.mjs";

export const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const CLI = join(ROOT, "cli/dist/commandcenter.mjs");
/**
 * The Node the CLI is promised to run on: the system's Node 20 when there is one, so these tests
 * prove the bundle needs nothing newer (npm scripts put the project's own Node 24 first on PATH).
 */
export const USER_NODE = ["/usr/bin/node", "/usr/local/bin/node"].find((p) => existsSync(p)) ?? process.execPath;

/** Bundles the CLI and the Action as `npm install` does, so the tests run what users run. */
export function buildCli(): void {
  const res = spawnSync(process.execPath, [join(ROOT, "cli/build.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`cli build failed:\n${res.stdout}\n${res.stderr}`);
}

/** A throwaway `wrangler dev` with one project and a read/write key for it. */
export async function startServer(name: string, port: number) {
  const server = throwawayServer({
    name,
    port,
    snapshot: true,
    step: () => {},
    vars: { ALLOW_PRIVATE_WEBHOOK_TARGETS: "true" },
  });
  try {
    const admin = await server.start();
    const { project, key } = await server.project(admin, { name: "CLI" });
    return { server, base: server.base, adminKey: server.adminKey ?? "", key: String(key), project, admin };
  } catch (err) {
    server.printTail();
    await server.stop();
    throw err;
  }
}

/** A fresh config directory and environment for one CLI user (no keyring unless asked). */
export function cliHome(extra: Record<string, string> = {}): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(os.tmpdir(), "cc-cli-home-"));
  mkdirSync(join(dir, "config"), { recursive: true });
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    CC_CONFIG_DIR: join(dir, "config"),
    CC_KEYRING: "off",
    NO_COLOR: "1",
    ...extra,
  };
  // The Worker's generated types make Env's variables required on process.env; a child needs none of them.
  return { dir, env: env as NodeJS.ProcessEnv };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI to completion with `input` on stdin. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input = ""): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(USER_NODE, [CLI, ...args], { env, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Starts the CLI and leaves it running (for `events tail`, `mcp`); the caller ends it. */
export function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { output: () => string } {
  const child = spawn(USER_NODE, [CLI, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (c: string) => {
    out += c;
  });
  child.stderr?.setEncoding("utf8").on("data", (c: string) => {
    out += c;
  });
  return Object.assign(child, { output: () => out });
}

/** Waits until `check()` holds, polling; fails with `what` after `ms`. */
export async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A small app to analyse: npm manifest (React, Hono, Vitest), a Dockerfile, an ignored file, node_modules. */
export function fixtureApp(): string {
  const dir = mkdtempSync(join(os.tmpdir(), "cc-cli-app-"));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({
      name: "app",
      dependencies: { react: "19.0.0", hono: "4.0.0" },
      devDependencies: { vitest: "3.0.0" },
    }),
    Dockerfile: "FROM node:20\n",
    "src/index.ts": "export const answer = 42;\n",
    ".gitignore": "secret.env\n",
    "secret.env": "TOKEN=nope\n",
    "node_modules/left-pad/index.js": "module.exports = 1;\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
