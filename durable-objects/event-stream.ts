import { DurableObject } from "cloudflare:workers";
import { createDb } from "../worker/db/client";
import { sha256Hex } from "../worker/lib/crypto";
import { eventSeq, eventsAfterSeq, latestEventSeq, matchesSubject, PATTERN } from "../worker/lib/event-log";
import type { EventStreamMessage } from "./event-stream.protocol";

const TICKET_TTL_MS = 60_000;
const PAGE = 500;

/** What each socket remembers across hibernation: its filter and the last event it was sent. */
interface Watcher {
  patterns: string[];
  cursor: number;
}

/**
 * One instance per project (named by the project id): holds the project's live event sockets
 * (hibernation API) and, when told that events were committed, sends each socket the events after
 * its own cursor that match its filter. Resuming from an event id replays from D1 first.
 */
export class EventStream extends DurableObject<Env> {
  private flushing: Promise<void> = Promise.resolve();
  private readonly db = createDb(this.env.DB);

  /** New events were committed for this project: push them to every socket. */
  async notify(): Promise<void> {
    await this.flush();
  }

  /** A round trip for the readiness check: answers without touching storage. */
  async ping(): Promise<"pong"> {
    return "pong";
  }

  /** A single-use ticket for browsers, which cannot set an Authorization header. */
  async issueTicket(): Promise<{ ticket: string; expiresAt: string }> {
    const ticket = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
    const expiresAt = Date.now() + TICKET_TTL_MS;
    await this.ctx.storage.put(`ticket:${await sha256Hex(ticket)}`, expiresAt);
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const url = new URL(request.url);
    if (request.headers.get("x-cc-authorised") !== "1" && !(await this.consumeTicket(url.searchParams.get("ticket")))) {
      return Response.json({ error: { code: "unauthorized", message: "invalid or expired ticket" } }, { status: 401 });
    }
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
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    server.serializeAttachment({ patterns, cursor } satisfies Watcher);
    this.send(server, { type: "ready", resumedAfter: after, patterns });
    await this.flush();
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (message === "ping") ws.send("pong");
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, "closed");
    } catch {}
  }

  private get projectId(): string {
    return this.ctx.id.name ?? "";
  }

  private async consumeTicket(ticket: string | null): Promise<boolean> {
    if (!ticket) return false;
    const key = `ticket:${await sha256Hex(ticket)}`;
    const expiresAt = await this.ctx.storage.get<number>(key);
    if (expiresAt === undefined) return false;
    await this.ctx.storage.delete(key);
    return expiresAt > Date.now();
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
