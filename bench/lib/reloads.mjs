// wrangler dev rebuilds and restarts the Worker whenever a source file changes, dropping every
// WebSocket and job: a run that saw a reload measured a restart, not the product. This watches
// wrangler's output for reloads and repeats a measurement that saw one.
import { waitForServer } from "../../scripts/lib/local.mjs";
import { sleep, step } from "./measure.mjs";

/** Thrown when wrangler dev restarted the Worker mid-run (a source file changed). */
export class Reloaded extends Error {
  constructor() {
    super(
      "wrangler dev reloaded the Worker during the measurement (a source file changed), dropping every socket and job",
    );
  }
}

/**
 * Reload tracking for one server at `base`. Feed it wrangler's output lines with `onLine`, call
 * `serving()` once the server is up (reloads before that are the start itself), and wrap each
 * measurement in `unlessReloaded`; `cleanup` runs after every failed attempt.
 * @param {{ base: string; cleanup: () => void }} options
 */
export function reloadWatch({ base, cleanup }) {
  /** @type {string[]} when each reload was seen (ISO time) */
  const reloads = [];
  let up = false;
  return {
    reloads,
    serving() {
      up = true;
    },
    /** @param {string} line */
    onLine(line) {
      if (up && line.includes("Reloading local server")) reloads.push(new Date().toISOString());
    },
    /**
     * Runs `fn` again (up to `attempts` times in all) when wrangler dev reloaded the Worker during it.
     * @template T
     * @param {string} what
     * @param {number} attempts
     * @param {() => Promise<T>} fn
     * @returns {Promise<T>}
     */
    async unlessReloaded(what, attempts, fn) {
      for (let attempt = 1; ; attempt++) {
        const before = reloads.length;
        try {
          const result = await fn();
          if (reloads.length > before) throw new Reloaded();
          return result;
        } catch (err) {
          cleanup();
          const reloaded = err instanceof Reloaded || reloads.length > before;
          if (!reloaded || attempt === attempts) throw reloaded ? new Reloaded() : err;
          step(`${what}: wrangler dev reloaded the Worker (a source file changed); waiting for it and running again`);
          await sleep(2000);
          await waitForServer(base);
        }
      }
    },
  };
}
