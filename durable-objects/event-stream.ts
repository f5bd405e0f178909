import { DurableObject } from "cloudflare:workers";
import { createDb } from "../worker/db/client";
import { sha256Hex } from "../worker/lib/crypto";
import { eventSeq, eventsAfterSeq, latestEventSeq, matchesSubject, PATTERN } from "../worker/lib/event-log";
import {
  grantOf,
  IDLE_CLOSE_CODE,
  keyOfTags,
  keyTag,
  SOCKET_IDLE_MS,
  streamCapRefusal,
  unauthorisedUpgrade,
} from "../worker/lib/socket-gate";
import type { EventStreamMessage } from "./event-stream.protocol";
import type { SocketHolder } from "./key-sockets.protocol";
import { isOpen, SocketQuota } from "./socket-quota";

const TICKET_TTL_MS = 60_000;
const PAGE = 500;

/** What each socket remembers across hibernation: its filter, the last event sent, its last message. */
interface Watcher {
  patterns: string[];
  cursor: number;
  lastSeen: number;
}

/**
 * One instance per project (named by the project id): holds the project's live event sockets
 * (hibernation API) and, when told that events were committed, sends each socket the events after
 * its own cursor that match its filter. Resuming from an event id replays from D1 first.
 */
export class EventStream extends DurableObject<Env> implements SocketHolder {
  private flushing: Promise<void> = Promise.resolve();
  private readonly db = createDb(this.env.DB);
  private readonly quota = new SocketQuota(
    this.env,
    () => ({ kind: "events", name: this.projectId }),
    (keyId) => this.socketsOfKey(keyId),
  );

  /** New events were committed for this project: push them to every socket. */
  async notify(): Promise<void> {
    await this.flush();
  }

  /** A round trip for the readiness check: answers without touching storage. */
  async ping(): Promise<"pong"> {
    return "pong";
  }

  /** The key's open sockets on this stream (its coordinator asks when the key is at its cap). */
  async socketsOf(keyId: string): Promise<number> {
    return this.socketsOfKey(keyId);
  }

  /** A single-use ticket for browsers, which cannot set an Authorization header; it remembers its key. */
  async issueTicket(keyId: string): Promise<{ ticket: string; expiresAt: string }> {
    const ticket = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
    const expiresAt = Date.now() + TICKET_TTL_MS;
    await this.ctx.storage.put(`ticket:${await sha256Hex(ticket)}`, { expiresAt, keyId });
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Consumes a ticket: the id of the key it was issued to, or null if it is unknown or expired. */
  async redeemTicket(ticket: string): Promise<string | null> {
    if (!ticket) return null;
    const key = `ticket:${await sha256Hex(ticket)}`;
    const held = await this.ctx.storage.get<{ expiresAt: number; keyId: string }>(key);
    if (held === undefined) return null;
    await this.ctx.storage.delete(key);
    return held.expiresAt > Date.now() ? held.keyId : null;
  }

  /** Closes (code 4403) the sockets opened with these holders' tickets or keys: they may no longer watch. */
  async closeHolders(holders: string[]): Promise<number> {
    let closed = 0;
    for (const holder of holders) {
      for (const ws of this.ctx.getWebSockets(keyTag(holder))) {
        try {
          ws.close(4403, "access to this project has ended");
          closed++;
        } catch {}
      }
    }
    return closed;
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const url = new URL(request.url);
    const grant = grantOf(request);
    if (!grant) return unauthorisedUpgrade();
    const full = streamCapRefusal(grant, this.ctx.getWebSockets().filter(isOpen).length);
    if (full) return full;
    const patterns = (url.searchParams.get("subject") ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter((p) => PATTERN.test(p));
    const after = url.searchParams.get("after");
    const cursor = after
      ? await eventSeq(this.db, this.projectId, after)
      : await latestEventSeq(this.db, this.projectId);
    if (cursor === null) {
      return Response.json({ error: { code: "not_found", message: `event ${after} not found` } }, { status: 404 });
    }
    const admitted = await this.quota.admit(grant, () => {
      const { 0: client, 1: server } = new WebSocketPair();
      this.ctx.acceptWebSocket(server, [keyTag(grant.keyId)]);
      server.serializeAttachment({ patterns, cursor, lastSeen: Date.now() } satisfies Watcher);
      return { client, server };
    });
    if (admitted instanceof Response) return admitted;
    const { client, server } = admitted;
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + SOCKET_IDLE_MS);
    this.send(server, { type: "ready", resumedAfter: after, patterns });
    await this.flush();
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const state = ws.deserializeAttachment() as Watcher;
    ws.serializeAttachment({ ...state, lastSeen: Date.now() } satisfies Watcher);
    if (message === "ping") ws.send("pong");
  }

  /**
   * Closes sockets whose client has sent nothing (not even `ping`) for `SOCKET_IDLE_MS`, with
   * code 4408; checks again while any socket is open.
   */
  override async alarm(): Promise<void> {
    const now = Date.now();
    let oldest = now;
    const closedKeys = new Set<string>();
    for (const ws of this.ctx.getWebSockets().filter(isOpen)) {
      const { lastSeen } = ws.deserializeAttachment() as Watcher;
      if (now - lastSeen >= SOCKET_IDLE_MS) {
        try {
          ws.close(IDLE_CLOSE_CODE, "idle: no message from the client for 10 minutes");
        } catch {}
        const keyId = keyOfTags(this.ctx.getTags(ws));
        if (keyId) closedKeys.add(keyId);
      } else oldest = Math.min(oldest, lastSeen);
    }
    await Promise.all([...closedKeys].map((keyId) => this.quota.released(keyId)));
    if (this.ctx.getWebSockets().some(isOpen)) await this.ctx.storage.setAlarm(oldest + SOCKET_IDLE_MS);
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, "closed");
    } catch {}
    const keyId = keyOfTags(this.ctx.getTags(ws));
    if (keyId) await this.quota.released(keyId);
  }

  /** A socket that failed is gone: its key's count goes down as after a close. */
  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.webSocketClose(ws, 1011);
  }

  private socketsOfKey(keyId: string): number {
    return this.ctx.getWebSockets(keyTag(keyId)).filter(isOpen).length;
  }

  private get projectId(): string {
    return this.ctx.id.name ?? "";
  }

  /** Serialised so two notifications never send an event twice or out of order. */
  private flush(): Promise<void> {
    this.flushing = this.flushing
      .then(() => this.sendPending())
      .catch((err) => {
        console.error(JSON.stringify({ level: "error", msg: "event stream flush failed", error: String(err) }));
      });
    return this.flushing;
  }

  private async sendPending(): Promise<void> {
    const sockets = this.ctx.getWebSockets();
    if (sockets.length === 0) return;
    const watchers = sockets.map((ws) => ({ ws, state: ws.deserializeAttachment() as Watcher }));
    let from = Math.min(...watchers.map((w) => w.state.cursor));
    for (;;) {
      const results = await eventsAfterSeq(this.db, this.projectId, from, PAGE);
      for (const { seq, ...event } of results) {
        for (const w of watchers) {
          if (seq <= w.state.cursor) continue;
          if (matchesSubject(event.subject, w.state.patterns)) this.send(w.ws, { type: "event", event });
          w.state.cursor = seq;
        }
      }
      const last = results.at(-1);
      if (!last || results.length < PAGE) break;
      from = last.seq;
    }
    for (const w of watchers) {
      try {
        w.ws.serializeAttachment(w.state);
      } catch {}
    }
  }

  private send(ws: WebSocket, message: EventStreamMessage): void {
    try {
      ws.send(JSON.stringify(message));
    } catch {}
  }
}
