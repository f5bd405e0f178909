// A wrangler dev on throwaway state, for the benchmarks that drive the real Worker over loopback.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { apiClient, applyMigrations, ensureAdminKey, generateKey, startDev, waitForServer } from "./local.mjs";

const TAIL_LINES = 60;

/**
 * A throwaway server: its own temporary directory and D1 state, migrations applied, an admin key,
 * wrangler's output drained (a full pipe would stall it) with a tail kept for error reports, and
 * `stop()` (also on SIGINT, SIGTERM and SIGHUP) that ends wrangler and removes the directory.
 * Create it before the benchmark's `try`, call `start()` inside it and `stop()` in `finally`.
 *
 * `onLine(line)` sees every line wrangler prints; `beforeStop` and `afterStop` release what the
 * benchmark holds around wrangler's shutdown (sockets before, a receiver after).
 */
export function throwawayServer({ name, port, vars, args = [], step, onLine, beforeStop, afterStop }) {
  const tmp = mkdtempSync(join(os.tmpdir(), `cc-bench-${name}-`));
  const persistTo = join(tmp, "state");
  const base = `http://127.0.0.1:${port}`;
  const log = { lines: 0, tail: [] };
  let dev = null;
  let stopped = false;

  const server = {
    tmp,
    persistTo,
    base,
    log,
    /** wrangler's process (for CPU and memory readings), once started. */
    get child() {
      return dev?.child ?? null;
    },
    /** Migrates, makes an admin key, starts wrangler dev and waits until it answers; returns the admin client. */
    async start() {
      step(`throwaway state in ${tmp}; applying D1 migrations`);
      applyMigrations(persistTo);
      const adminKey = generateKey();
      ensureAdminKey(adminKey, persistTo);
      step(`starting wrangler dev on ${base}${args.length ? ` (${args.join(" ")})` : ""}`);
      dev = startDev({ port, persistTo, vars, args });
      for (const stream of [dev.child.stdout, dev.child.stderr]) {
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
    /** A new project and a read/write key for it, through the admin client. */
    async project(admin, { name: projectName, description }) {
      const project = await admin("POST", "/api/v1/projects", {
        name: `${projectName} ${Date.now()}`,
        owner: "bench",
        ...(description ? { description } : {}),
      });
      const { secret: key } = await admin("POST", "/api/v1/keys", {
        name: "bench",
        scopes: ["read", "write"],
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
