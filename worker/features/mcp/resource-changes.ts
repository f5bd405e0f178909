import type { ServerEvent, ServerEventBus } from "@modelcontextprotocol/server";
import type { EventStreamMessage, StreamEvent } from "../../../durable-objects/event-stream.protocol";
import { grantedUpgrade, socketCaps } from "../../lib/socket-gate";
import { SCHEME } from "./resources/contents";

/** What the radar shows of a technology: a change to any of these moves the radar. */
const RADAR_FIELDS = ["title", "domain", "status"];
/** The client says it is alive this often, so the event stream never closes the bridge as idle. */
const PING_MS = 60_000;

const touchesRadar = (payload: Record<string, unknown>): boolean => {
  const after = payload.after;
  return typeof after !== "object" || after === null || RADAR_FIELDS.some((field) => field in after);
};

/**
 * The resources a project event changes: a technology's own resource on any `technology.*` event,
 * and the radar (JSON and SVG) when the technology appeared, went, or changed what the radar shows.
 */
export function changedResources(event: Pick<StreamEvent, "subject" | "payload">): string[] {
  const id = event.payload.id;
  if (!event.subject.startsWith("technology.") || typeof id !== "string") return [];
  const own = [`${SCHEME}technologies/${encodeURIComponent(id)}`];
  const radar = event.subject !== "technology.updated" || touchesRadar(event.payload);
  return radar ? [...own, `${SCHEME}radar`, `${SCHEME}radar.svg`] : own;
}

/** Who a bridge to the event stream acts for: the project, and the key its socket counts against. */
export interface ChangeSource {
  env: Env;
  projectId: string;
  keyId: string;
  /** Resolves when the caller's key is known to be live (the request guard); rejects otherwise. */
  ready(): Promise<void>;
}

/**
 * The SDK's change-event bus for one request's `subscriptions/listen` stream, fed by the project's
 * event stream (the Durable Object behind `GET /api/v1/events/ws`): while a listener is registered,
 * a WebSocket to the stream carries the project's `technology.*` events, and each becomes
 * `resource_updated` for the resources it changed (the SDK sends those the stream subscribed to).
 * Events from any isolate reach it, since writes everywhere notify the one stream per project.
 */
export class ProjectResourceChanges implements ServerEventBus {
  readonly #listeners = new Set<(event: ServerEvent) => void>();
  #close: (() => void) | null = null;

  constructor(private readonly source: ChangeSource) {}

  publish(event: ServerEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        console.error(JSON.stringify({ level: "error", msg: "mcp change listener failed", error: String(err) }));
      }
    }
  }

  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#open();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#shut();
    };
  }

  #open(): void {
    let closed = false;
    let socket: WebSocket | null = null;
    let ping: ReturnType<typeof setInterval> | undefined;
    this.#close = () => {
      closed = true;
      clearInterval(ping);
      try {
        socket?.close(1000, "subscription closed");
      } catch {}
    };
    this.#connect()
      .then((ws) => {
        socket = ws;
        if (closed) return this.#close?.();
        ws.addEventListener("message", (message) => this.#relay(message.data));
        ping = setInterval(() => ws.send("ping"), PING_MS);
      })
      .catch((err) => {
        console.error(JSON.stringify({ level: "error", msg: "mcp change stream failed", error: String(err) }));
      });
  }

  #shut(): void {
    this.#close?.();
    this.#close = null;
  }

  async #connect(): Promise<WebSocket> {
    const { env, projectId, keyId } = this.source;
    await this.source.ready();
    const url = new URL("https://events.internal/events/ws");
    url.searchParams.set("subject", "technology.*");
    const upgrade = new Request(url, { headers: { upgrade: "websocket" } });
    const stub = env.EVENTS.get(env.EVENTS.idFromName(projectId));
    const res = await stub.fetch(grantedUpgrade(upgrade, url, { keyId, ...socketCaps(env) }));
    const ws = res.webSocket;
    if (!ws) throw new Error(`event stream refused the bridge: ${res.status}`);
    ws.accept();
    return ws;
  }

  #relay(data: unknown): void {
    if (typeof data !== "string") return;
    const message = JSON.parse(data) as EventStreamMessage;
    if (message.type !== "event") return;
    for (const uri of changedResources(message.event)) this.publish({ kind: "resource_updated", uri });
  }
}
