// A wrangler dev on throwaway state, for the benchmarks that drive the real Worker over loopback.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { generateKey } from "../../shared/key-format.ts";
import { apiClient, applyMigrations, ensureAdminKey, ensureDevVars, ROOT, startDev, waitForServer } from "./local.mjs";

const TAIL_LINES = 60;
/** What `wrangler dev` needs of the checkout to build and serve the Worker. */
const APP_FILES = [
  "worker",
  "durable-objects",
  "shared",
  "migrations",
  "wrangler.toml",
  "package.json",
  "tsconfig.json",
  "tsconfig.base.json",
  "tsconfig.worker.json",
];

/**
 * A copy of the Worker's sources to serve from: wrangler reloads the Worker whenever a watched
 * file changes, and a working tree that others edit would restart it mid-benchmark.
 */
function snapshotApp(/** @type {string} */ app) {
  for (const path of APP_FILES) {
    if (existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(app, path), { recursive: true });
  }
  ensureDevVars();
  cpSync(join(ROOT, ".dev.vars"), join(app, ".dev.vars"));
  symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"));
  mkdirSync(join(app, "build/client"), { recursive: true });
}

/**
 * A throwaway server: its own temporary directory and D1 state, migrations applied, an admin key,
 * wrangler's output drained (a full pipe would stall it) with a tail kept for error reports, and
 * `stop()` (also on SIGINT, SIGTERM and SIGHUP) that ends wrangler and removes the directory.
 * Create it before the benchmark's `try`, call `start()` inside it and `stop()` in `finally`.
 *
 * `onLine(line)` sees every line wrangler prints; `beforeStop` and `afterStop` release what the
 * benchmark holds around wrangler's shutdown (sockets before, a receiver after). With `snapshot`,
 * wrangler serves a copy of the sources in the temporary directory instead of the checkout.
 * @param {object} options
 * @param {string} options.name names the temporary directory
 * @param {number} options.port
 * @param {Record<string, string>} [options.vars] `--var` values for wrangler dev
 * @param {string[]} [options.args] extra wrangler dev flags
 * @param {boolean} [options.snapshot]
 * @param {(msg: string) => void} options.step prints a progress line
 * @param {(line: string) => void} [options.onLine]
 * @param {() => void | Promise<void>} [options.beforeStop]
 * @param {() => void | Promise<void>} [options.afterStop]
 */
export function throwawayServer({
  name,
  port,
  vars,
  args = [],
  snapshot = false,
  step,
  onLine,
  beforeStop,
  afterStop,
}) {
  const tmp = mkdtempSync(join(os.tmpdir(), `cc-bench-${name}-`));
  const persistTo = join(tmp, "state");
  const base = `http://127.0.0.1:${port}`;
  const log = { lines: 0, tail: /** @type {string[]} */ ([]) };
  /** @type {ReturnType<typeof startDev> | null} */
  let dev = null;
  let stopped = false;

  const server = {
    tmp,
    persistTo,
    base,
    log,
    /** The instance admin key, once started. */
    adminKey: /** @type {string | null} */ (null),
    /** wrangler's process (for CPU and memory readings), once started. */
    get child() {
      return dev?.child ?? null;
    },
    /** Migrates, makes an admin key, starts wrangler dev and waits until it answers; returns the admin client. */
    async start() {
      step(`${snapshot ? "snapshot of the Worker and " : ""}throwaway state in ${tmp}; applying D1 migrations`);
      const cwd = snapshot ? join(tmp, "app") : ROOT;
      if (snapshot) snapshotApp(cwd);
      applyMigrations(persistTo);
      const adminKey = generateKey().secret;
      ensureAdminKey(adminKey, persistTo);
      server.adminKey = adminKey;
      step(`starting wrangler dev on ${base}${args.length ? ` (${args.join(" ")})` : ""}`);
      dev = startDev({ port, persistTo, vars, args, cwd });
      for (const stream of [dev.child.stdout, dev.child.stderr]) {
        if (!stream) continue;
        stream.setEncoding("utf8");
        stream.on("data", (chunk) => {
          for (const line of chunk.split("\n")) {
            if (!line) continue;
            log.lines++;
            onLine?.(line);
            log.tail.push(line);
            if (log.tail.length > TAIL_LINES) log.tail.shift();
          }
        });
      }
      dev.child.once("exit", (code, signal) => {
        if (!stopped) console.error(`wrangler dev exited early (code ${code}, signal ${signal})`);
      });
      await waitForServer(base);
      return apiClient(base, adminKey);
    },
    /**
     * A new project and a read/write key for it, through the admin client.
     * @param {ReturnType<typeof apiClient>} admin
     * @param {{ name: string; description?: string }} project
     */
    async project(admin, { name: projectName, description }) {
      const project = await admin("POST", "/api/v1/projects", {
        name: `${projectName} ${Date.now()}`,
        owner: "bench",
        ...(description ? { description } : {}),
      });
      // The service plan: a bench drives more requests a minute than a person's standard key may.
      const { secret: key } = await admin("POST", "/api/v1/keys", {
        name: "bench",
        scopes: ["read", "write"],
        plan: "service",
        projectId: project.id,
      });
      return { project, key, api: apiClient(base, key) };
    },
    /** Prints the tail of wrangler's output (for a failed run). */
    printTail() {
      if (log.tail.length) console.error(`--- last lines from wrangler dev ---\n${log.tail.join("\n")}`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await beforeStop?.();
      await dev?.stop();
      await afterStop?.();
      rmSync(tmp, { recursive: true, force: true });
    },
  };

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      console.error(`\n${signal}: stopping wrangler and removing ${tmp}`);
      await server.stop();
      process.exit(130);
    });
  }
  return server;
}
