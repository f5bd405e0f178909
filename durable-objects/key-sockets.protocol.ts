/** A stream whose sockets count against their key's cap: one job's watchers, or one project's events. */
export interface StreamRef {
  kind: "job" | "events";
  /** The stream's Durable Object name: the job id, or the project id. */
  name: string;
}

/** What a stream's Durable Object tells the key's coordinator when asked: that key's open sockets there now. */
export interface SocketHolder {
  socketsOf(keyId: string): Promise<number>;
}

/** The coordinator's answer to one more socket: whether it fits, and the key's open sockets counting it. */
export interface Admission {
  granted: boolean;
  open: number;
}

/**
 * The per-key coordinator (`KeySockets`, one per key id). Streams send their own count of the
 * key's open sockets, never deltas, so a repeated or late report cannot drift the total.
 */
export interface KeySocketsRpc {
  /** One more socket of the key on `stream`, which holds `openHere` now: granted while the total stays within `cap`. */
  acquire(stream: StreamRef, openHere: number, cap: number): Promise<Admission>;
  /** The key now holds `openHere` sockets on `stream` (after a close). */
  report(stream: StreamRef, openHere: number): Promise<void>;
}
