import {
  IDLE_CLOSE_CODE,
  keyOfTags,
  keyTag,
  SOCKET_IDLE_MS,
  type SocketGrant,
  streamCapRefusal,
} from "../worker/lib/socket-gate";
import { view } from "./job-policy";
import { isFinished, type JobMessage } from "./job-runner.protocol";
import type { JobRecord, JobStore } from "./job-store";
import { isOpen, SocketQuota } from "./socket-quota";

/** The first message of a connection: where the job stands now, with its recent log. */
export async function snapshotOf(store: JobStore, job: JobRecord): Promise<JobMessage> {
  return { type: "snapshot", seq: await store.seq(), job: view(job), log: (await store.log()).slice(-50) };
}

/** The last message: how the job ended. `record` numbers and stores it for resumes. */
export async function endOf(store: JobStore, job: JobRecord, record: boolean): Promise<JobMessage> {
  const build = (seq: number): JobMessage => ({
    type: "end",
    seq,
    status: job.status,
    result: job.result,
    error: job.error,
  });
  return record ? store.record(build) : build(await store.seq());
}

/** What a job socket remembers (its attachment, for hibernatable ones): its key and its client's last message. */
interface WatcherState {
  keyId: string;
  lastSeen: number;
}

/**
 * A job's watchers. A job that waits for a later time has hibernatable sockets, so the object can
 * leave memory meanwhile. A job about to run, running or finished keeps the object in memory
 * anyway, and its watchers get plain sockets: the runtime keeps a closed hibernatable socket's
 * connection until the object hibernates (about 10 s), while a plain one ends right after `end`.
 * Every socket counts against its key's cap across all streams (`SocketQuota`), and one whose
 * client sends nothing (not even `ping`) for `SOCKET_IDLE_MS` is closed with 4408 by `closeIdle`.
 */
export class Watchers {
  /** Plain sockets, with their key and last client message. */
  private readonly plain = new Map<WebSocket, WatcherState>();
  private readonly quota: SocketQuota;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly store: JobStore,
    env: Env,
    private readonly now: () => number,
  ) {
    this.quota = new SocketQuota(
      env,
      () => ({ kind: "job", name: ctx.id.name ?? "" }),
      (k) => this.openOf(k),
    );
  }

  /**
   * Accepts a watcher unless the job or the key is at its socket cap (429): it gets what it missed
   * since `?since=` when that is still kept, otherwise a snapshot; a finished job's watcher also
   * gets `end` and is closed.
   */
  async accept(job: JobRecord, url: URL, grant: SocketGrant): Promise<Response> {
    const full = streamCapRefusal(grant, this.all().length);
    if (full) return full;
    const admitted = await this.quota.admit(grant, () => {
      const { 0: client, 1: server } = new WebSocketPair();
      const state: WatcherState = { keyId: grant.keyId, lastSeen: this.now() };
      if (job.status === "scheduled") {
        this.ctx.acceptWebSocket(server, [keyTag(grant.keyId)]);
        server.serializeAttachment(state);
      } else this.acceptPlain(server, state);
      return { client, server };
    });
    if (admitted instanceof Response) return admitted;
    const { client, server } = admitted;
    const since = Number(url.searchParams.get("since"));
    const missed = url.searchParams.has("since") && Number.isInteger(since) ? await this.store.since(since) : null;
    if (missed) for (const m of missed) server.send(JSON.stringify(m));
    else server.send(JSON.stringify(await snapshotOf(this.store, job)));
    if (isFinished(job.status)) {
      if (!missed?.some((m) => m.type === "end")) server.send(JSON.stringify(await endOf(this.store, job, false)));
      await this.close(server, 1000, "job finished");
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  /** The key's open watchers of this job. */
  openOf(keyId: string): number {
    const plain = [...this.plain].filter(([ws, s]) => s.keyId === keyId && isOpen(ws)).length;
    return this.ctx.getWebSockets(keyTag(keyId)).filter(isOpen).length + plain;
  }

  /** Sends one message to every watcher (serialised once). */
  broadcast(message: JobMessage): void {
    const data = JSON.stringify(message);
    for (const ws of this.all()) {
      try {
        ws.send(data);
      } catch {}
    }
  }

  /** Sends the final message to every watcher and closes their sockets. */
  async end(message: JobMessage): Promise<void> {
    this.broadcast(message);
    await Promise.all(this.all().map((ws) => this.close(ws, 1000, "job finished")));
  }

  /** A hibernatable watcher's client sent a message: it is not idle. */
  heard(ws: WebSocket): void {
    const state = ws.deserializeAttachment() as WatcherState | null;
    if (state) ws.serializeAttachment({ ...state, lastSeen: this.now() } satisfies WatcherState);
  }

  /** A hibernatable watcher's client closed it (`code`): the close completes and its key's count goes down. */
  async closed(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, "closed");
    } catch {}
    const keyId = keyOfTags(this.ctx.getTags(ws));
    if (keyId) await this.quota.released(keyId);
  }

  /** Closes watchers idle for `SOCKET_IDLE_MS` with 4408; the time the next one would be idle, or null. */
  async closeIdle(): Promise<number | null> {
    const now = this.now();
    const idle = this.all().filter((ws) => now - this.stateOf(ws).lastSeen >= SOCKET_IDLE_MS);
    await Promise.all(
      idle.map((ws) => this.close(ws, IDLE_CLOSE_CODE, "idle: no message from the client for 10 minutes")),
    );
    return this.nextIdleCheck();
  }

  /** Arms the object's alarm for `at`, or earlier when a watcher becomes idle first (`at` may be Infinity). */
  async arm(at: number): Promise<void> {
    const when = Math.min(at, this.nextIdleCheck() ?? at);
    if (Number.isFinite(when)) await this.ctx.storage.setAlarm(when);
  }

  /** When the longest-silent watcher becomes idle, or null with no watcher open. */
  nextIdleCheck(): number | null {
    const open = this.all();
    return open.length ? Math.min(...open.map((ws) => this.stateOf(ws).lastSeen)) + SOCKET_IDLE_MS : null;
  }

  private all(): WebSocket[] {
    return [...this.ctx.getWebSockets(), ...this.plain.keys()].filter(isOpen);
  }

  /** A hibernatable socket accepted before watchers had state counts as heard now. */
  private stateOf(ws: WebSocket): WatcherState {
    const state = this.plain.get(ws) ?? (ws.deserializeAttachment() as WatcherState | null);
    return state ?? { keyId: keyOfTags(this.ctx.getTags(ws)) ?? "", lastSeen: this.now() };
  }

  private async close(ws: WebSocket, code: number, reason: string): Promise<void> {
    const { keyId } = this.stateOf(ws);
    this.plain.delete(ws);
    try {
      ws.close(code, reason);
    } catch {}
    if (keyId) await this.quota.released(keyId);
  }

  private acceptPlain(ws: WebSocket, state: WatcherState): void {
    ws.accept();
    this.plain.set(ws, state);
    ws.addEventListener("message", (event) => {
      state.lastSeen = this.now();
      if (event.data === "ping") ws.send("pong");
    });
    ws.addEventListener("close", (event) => {
      if (!this.plain.delete(ws)) return;
      try {
        ws.close(event.code === 1005 ? 1000 : event.code, "closed");
      } catch {}
      this.ctx.waitUntil(this.quota.released(state.keyId));
    });
  }
}
