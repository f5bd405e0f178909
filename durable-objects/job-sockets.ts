import { capRefusal, keyTag, type SocketGrant } from "../worker/lib/socket-gate";
import { view } from "./job-policy";
import { isFinished, type JobMessage } from "./job-runner.protocol";
import type { JobRecord, JobStore } from "./job-store";

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

/**
 * A job's watchers. A job that waits for a later time has hibernatable sockets, so the object can
 * leave memory meanwhile. A job about to run, running or finished keeps the object in memory
 * anyway, and its watchers get plain sockets: the runtime keeps a closed hibernatable socket's
 * connection until the object hibernates (about 10 s), while a plain one ends right after `end`.
 */
export class Watchers {
  /** Plain sockets, with the key each was opened with. */
  private readonly plain = new Map<WebSocket, string>();

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly store: JobStore,
  ) {}

  /**
   * Accepts a watcher unless the key or the job is at its socket cap (429): it gets what it missed since `?since=` when that is still kept, otherwise a
   * snapshot; a finished job's watcher also gets `end` and is closed.
   */
  async accept(job: JobRecord, url: URL, grant: SocketGrant): Promise<Response> {
    const tag = keyTag(grant.keyId);
    const ofKey = this.ctx.getWebSockets(tag).length + [...this.plain.values()].filter((k) => k === grant.keyId).length;
    const full = capRefusal(grant, { total: this.all().length, ofKey });
    if (full) return full;
    const { 0: client, 1: server } = new WebSocketPair();
    if (job.status === "scheduled") this.ctx.acceptWebSocket(server, [tag]);
    else this.acceptPlain(server, grant.keyId);
    const since = Number(url.searchParams.get("since"));
    const missed = url.searchParams.has("since") && Number.isInteger(since) ? await this.store.since(since) : null;
    if (missed) for (const m of missed) server.send(JSON.stringify(m));
    else server.send(JSON.stringify(await snapshotOf(this.store, job)));
    if (isFinished(job.status)) {
      if (!missed?.some((m) => m.type === "end")) server.send(JSON.stringify(await endOf(this.store, job, false)));
      this.close(server);
    }
    return new Response(null, { status: 101, webSocket: client });
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
  end(message: JobMessage): void {
    this.broadcast(message);
    for (const ws of this.all()) this.close(ws);
  }

  private all(): WebSocket[] {
    return [...this.ctx.getWebSockets(), ...this.plain.keys()];
  }

  private close(ws: WebSocket): void {
    this.plain.delete(ws);
    try {
      ws.close(1000, "job finished");
    } catch {}
  }

  private acceptPlain(ws: WebSocket, keyId: string): void {
    ws.accept();
    this.plain.set(ws, keyId);
    ws.addEventListener("message", (event) => {
      if (event.data === "ping") ws.send("pong");
    });
    ws.addEventListener("close", (event) => {
      this.plain.delete(ws);
      try {
        ws.close(event.code === 1005 ? 1000 : event.code, "closed");
      } catch {}
    });
  }
}
