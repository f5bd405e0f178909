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
 * Accepts a watcher with the hibernation API: it gets what it missed since `?since=` when that is
 * still kept, otherwise a snapshot; a finished job's watcher also gets `end` and is closed.
 */
export async function acceptWatcher(
  ctx: DurableObjectState,
  store: JobStore,
  job: JobRecord,
  url: URL,
): Promise<Response> {
  const { 0: client, 1: server } = new WebSocketPair();
  ctx.acceptWebSocket(server);
  const since = Number(url.searchParams.get("since"));
  const missed = url.searchParams.has("since") && Number.isInteger(since) ? await store.since(since) : null;
  if (missed) for (const m of missed) server.send(JSON.stringify(m));
  else server.send(JSON.stringify(await snapshotOf(store, job)));
  if (isFinished(job.status)) {
    if (!missed?.some((m) => m.type === "end")) server.send(JSON.stringify(await endOf(store, job, false)));
    server.close(1000, "job finished");
  }
  return new Response(null, { status: 101, webSocket: client });
}

/** Sends one message to every watcher (serialised once). */
export function broadcast(ctx: DurableObjectState, message: JobMessage): void {
  const data = JSON.stringify(message);
  for (const ws of ctx.getWebSockets()) {
    try {
      ws.send(data);
    } catch {}
  }
}

/** Sends the final message to every watcher and closes their sockets. */
export function closeWatchers(ctx: DurableObjectState, end: JobMessage): void {
  const data = JSON.stringify(end);
  for (const ws of ctx.getWebSockets()) {
    try {
      ws.send(data);
      ws.close(1000, "job finished");
    } catch {}
  }
}
