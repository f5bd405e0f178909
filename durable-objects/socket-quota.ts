import { keyCapRefusal, type SocketGrant } from "../worker/lib/socket-gate";
import type { KeySocketsRpc, StreamRef } from "./key-sockets.protocol";

/** Whether a socket still counts: accepted and not yet closing. */
export const isOpen = (ws: WebSocket): boolean => ws.readyState === WebSocket.OPEN;

/**
 * A stream's side of the per-key socket cap: asks the key's `KeySockets` coordinator before
 * accepting a socket and reports its new count after a close. Calls leave one at a time, in the
 * order the stream's sockets changed, so the coordinator never sees an older count after a newer.
 * When the coordinator cannot be reached the socket is let in (and the failure logged): the cap
 * protects the service, it must not take live updates down with it.
 */
export class SocketQuota {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly env: Env,
    private readonly stream: () => StreamRef,
    private readonly openOf: (keyId: string) => number,
  ) {}

  /** Runs `accept` (which must accept the socket before it returns) if the key has room; otherwise the 429. */
  admit<T>(grant: SocketGrant, accept: () => T): Promise<T | Response> {
    return this.serially(async () => {
      try {
        const { granted, open } = await this.coordinator(grant.keyId).acquire(
          this.stream(),
          this.openOf(grant.keyId),
          grant.perKey,
        );
        if (!granted) return keyCapRefusal(grant.perKey, open);
      } catch (err) {
        console.error(JSON.stringify({ level: "error", msg: "socket cap unavailable", error: String(err) }));
      }
      return accept();
    });
  }

  /** A socket of `keyId` closed (or was closed): the coordinator learns this stream's new count. */
  released(keyId: string): Promise<void> {
    return this.serially(async () => {
      try {
        await this.coordinator(keyId).report(this.stream(), this.openOf(keyId));
      } catch (err) {
        console.error(JSON.stringify({ level: "error", msg: "socket count report failed", error: String(err) }));
      }
    });
  }

  private coordinator(keyId: string): KeySocketsRpc {
    return this.env.KEY_SOCKETS.get(this.env.KEY_SOCKETS.idFromName(keyId));
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
