// WebSocket watchers of a job: many clients on one job's socket, each recording every message with
// its receive time, connected with a bounded number of handshakes in flight.
import WebSocket from "ws";
import { nowMs } from "./measure.mjs";
import { fdLimits } from "./process-stats.mjs";

/** @typedef {import("../../durable-objects/job-runner.protocol").JobMessage} JobMessage */
/** @typedef {(watcher: Watcher, msg: JobMessage, at: number) => void} OnMessage */

/**
 * Open files `clients` sockets need: one descriptor per socket in this process and one in workerd,
 * plus what Node, wrangler and workerd hold anyway.
 * @param {number} clients
 */
export const fdNeeded = (clients) => clients + 512;

/** Every client socket still open, so an error or Ctrl-C can drop them all. */
const openSockets = new Set();

/** Terminates every watcher socket still open. */
export function dropSockets() {
  for (const ws of openSockets) ws.terminate();
  openSockets.clear();
}

/** One watcher: every message with its receive time, and whether the socket closed cleanly. */
export class Watcher {
  /** @param {number} index */
  constructor(index) {
    this.index = index;
    /** @type {{ at: number; msg: JobMessage }[]} */
    this.messages = [];
    /** @type {number | null} */
    this.closeCode = null;
    /** @type {Error | null} */
    this.error = null;
    /** @type {WebSocket | null} */
    this.socket = null;
    /** @type {() => void} */
    this.resolveClosed = () => {};
    /** Settles when the socket has closed, for whatever reason. */
    this.closed = new Promise((resolve) => {
      this.resolveClosed = () => resolve(undefined);
    });
  }

  /**
   * Opens the socket and resolves once the first message (the snapshot) has arrived.
   * @param {string} url
   * @param {Record<string, string>} headers
   * @param {{ deflate: boolean; onMessage?: OnMessage | undefined }} options
   * @returns {Promise<void>}
   */
  connect(url, headers, { deflate, onMessage }) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, perMessageDeflate: deflate, handshakeTimeout: 30_000 });
      this.socket = ws;
      openSockets.add(ws);
      let first = true;
      ws.on("message", (data) => {
        const at = nowMs();
        /** @type {JobMessage} */
        const msg = JSON.parse(data.toString());
        this.messages.push({ at, msg });
        onMessage?.(this, msg, at);
        if (first) {
          first = false;
          resolve();
        }
      });
      ws.on("error", (err) => {
        this.error = err;
        if (first) reject(err);
      });
      ws.on("unexpected-response", (_req, res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => reject(new Error(`upgrade refused: ${res.statusCode} ${body}`)));
      });
      ws.on("close", (code) => {
        openSockets.delete(ws);
        this.closeCode = code;
        this.resolveClosed();
        if (first) reject(new Error(`closed (${code}) before the first message`));
      });
    });
  }

  /** Drops the socket at once (no close handshake). */
  terminate() {
    this.socket?.terminate();
  }
}

/**
 * Connects `count` watchers with at most `concurrency` handshakes in flight; stops after 20 failures
 * and explains the open-file limit when that is the likely cause.
 * @param {{ count: number; concurrency: number; url: string; headers: Record<string, string>; deflate: boolean; onMessage?: OnMessage }} options
 */
export async function connectAll({ count, concurrency, url, headers, deflate, onMessage }) {
  const watchers = Array.from({ length: count }, (_, i) => new Watcher(i));
  /** @type {number[]} */
  const handshakeMs = [];
  let next = 0;
  /** @type {{ index: number; error: string }[]} */
  const failures = [];
  async function lane() {
    for (let w = watchers[next++]; w; w = watchers[next++]) {
      const t0 = performance.now();
      try {
        await w.connect(url, headers, { deflate, onMessage });
        handshakeMs.push(performance.now() - t0);
      } catch (err) {
        failures.push({ index: w.index, error: describe(err) });
        if (failures.length >= 20) throw fdHint(failures, count);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  if (failures.length) throw fdHint(failures, count);
  return { watchers, handshakeMs };
}

/** The error code, message or text of whatever a failed connection threw. */
function describe(/** @type {unknown} */ err) {
  if (err instanceof Error) return "code" in err && typeof err.code === "string" ? err.code : err.message;
  return String(err);
}

/**
 * The error for failed connections, with the open-file limit fix when the errors look like it.
 * @param {{ error: string }[]} failures
 * @param {number} clients
 */
function fdHint(failures, clients) {
  const codes = [...new Set(failures.map((f) => f.error))];
  const emfile = codes.some((c) => /EMFILE|ENFILE|ECONNRESET|socket hang up/.test(c));
  const needed = fdNeeded(clients);
  return new Error(
    `${failures.length} WebSocket client(s) failed to connect: ${codes.slice(0, 5).join("; ")}` +
      (emfile
        ? `\nThis is usually the open-file limit: ulimit -n is ${fdLimits().soft} for this process and for workerd; ` +
          `${clients} sockets need about ${needed}. Raise it (ulimit -n ${needed}) or lower BENCH_CLIENTS.`
        : ""),
  );
}
