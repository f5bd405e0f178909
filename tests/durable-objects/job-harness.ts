import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { JobMessage } from "../../durable-objects/job-runner.protocol";
import { api, expectStatus } from "../client";
import { advanceClockTo } from "./test-clock";

export const stubOf = (id: string) => env.JOBS.get(env.JOBS.idFromName(id));

type JobCreate = Parameters<ReturnType<typeof api>["jobs"]["$post"]>[0]["json"];

/** Creates a job through the API; fails the test unless it is accepted. */
export function postJob(key: string, json: JobCreate) {
  return expectStatus(api(key).jobs.$post({ json }), 202);
}

/** The job as the API shows it to `key`. */
export function jobOf(key: string, id: string) {
  return expectStatus(api(key).jobs[":id"].$get({ param: { id } }), 200);
}

/** The job's D1 row, as lists and stats read it. */
export async function rowOf(id: string) {
  return env.DB.prepare(
    "select status, progress, step, result, error, attempt, started_at as startedAt, finished_at as finishedAt, duration_ms as durationMs from jobs where id = ?",
  )
    .bind(id)
    .first<{
      status: string;
      progress: number;
      step: string | null;
      result: string | null;
      error: string | null;
      attempt: number;
      startedAt: string | null;
      finishedAt: string | null;
      durationMs: number | null;
    }>();
}

/**
 * Fires the job's armed alarm now and waits for the handler (a whole run, when it starts one).
 * The test clock keeps every alarm in the real future, so the platform never fired it first.
 */
export async function fire(id: string): Promise<void> {
  if (!(await runDurableObjectAlarm(stubOf(id)))) throw new Error(`job ${id} has no alarm armed`);
}

/** The time the job's alarm is armed for (ms epoch), or null. */
export const alarmOf = (id: string) => runInDurableObject(stubOf(id), (_, state) => state.storage.getAlarm());

/** Moves the test clock to the time the job's alarm is armed for, so the job is due. */
export async function makeDue(id: string): Promise<void> {
  const at = await alarmOf(id);
  if (at === null) throw new Error(`job ${id} has no alarm armed`);
  advanceClockTo(at);
}

/**
 * Kills the job's instance as a crash or redeploy would: in-memory state (the live run) is lost.
 * workerd logs the abort ("broken.outputGateBroken; … the instance dies") for the requests it cut.
 */
export async function killInstance(id: string): Promise<void> {
  await runInDurableObject(stubOf(id), (_, state) => state.abort("test: the instance dies")).catch(() => undefined);
}

/** Polls `condition` for a bounded number of event-loop turns; for asynchronous WebSocket delivery. */
export async function until(condition: () => boolean, what: string, turns = 500): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A connected job socket and everything it has received. */
export interface Watcher {
  ws: WebSocket;
  messages: JobMessage[];
  /** Frames that are not protocol messages (`pong`). */
  text: string[];
  close: { code: number; reason: string } | null;
  /** Waits until a message matches `predicate`. */
  receive(predicate: (m: JobMessage) => boolean, what: string): Promise<JobMessage>;
  /** Waits until the server has closed the socket. */
  closed(): Promise<{ code: number; reason: string }>;
}

/** Opens `GET /api/v1/jobs/:id/ws` with an API key or a ticket; the answer if it is not an upgrade. */
export async function connect(
  id: string,
  opts: { key?: string; ticket?: string; since?: number; path?: string },
): Promise<{ status: number; body: unknown; watcher: Watcher | null }> {
  const url = new URL(`http://commandcenter.test${opts.path ?? `/api/v1/jobs/${id}/ws`}`);
  if (opts.ticket !== undefined) url.searchParams.set("ticket", opts.ticket);
  if (opts.since !== undefined) url.searchParams.set("since", String(opts.since));
  const headers = new Headers({ Upgrade: "websocket" });
  if (opts.key) headers.set("Authorization", `Bearer ${opts.key}`);
  const res = await exports.default.fetch(new Request(url, { headers }));
  if (!res.webSocket) return { status: res.status, body: await res.json(), watcher: null };
  const ws = res.webSocket;
  const watcher: Watcher = {
    ws,
    messages: [],
    text: [],
    close: null,
    async receive(predicate, what) {
      await until(() => watcher.messages.some(predicate), what);
      return watcher.messages.find(predicate) as JobMessage;
    },
    async closed() {
      await until(() => watcher.close !== null, "the socket to close");
      return watcher.close as { code: number; reason: string };
    },
  };
  ws.addEventListener("message", (e) => {
    const data = e.data as string;
    if (data.startsWith("{")) watcher.messages.push(JSON.parse(data) as JobMessage);
    else watcher.text.push(data);
  });
  ws.addEventListener("close", (e) => {
    watcher.close = { code: e.code, reason: e.reason };
  });
  ws.accept();
  return { status: res.status, body: null, watcher };
}

/** Opens a job socket that must be accepted. */
export async function watch(id: string, opts: { key?: string; ticket?: string; since?: number }): Promise<Watcher> {
  const res = await connect(id, opts);
  expect(res.status, JSON.stringify(res.body)).toBe(101);
  return res.watcher as Watcher;
}

/** A gate name no other test uses. */
export const uniqueGate = () => `g-${crypto.randomUUID().slice(0, 8)}`;
