import { DurableObject } from "cloudflare:workers";
import "../worker/features/jobs/job-types";
import { notifyEventStream } from "../worker/features/events/events.service";
import { getJobType, JobCancelledError, JobDeferredError, PermanentJobError } from "../worker/features/jobs/registry";
import { enqueueDeliveries } from "../worker/features/webhooks/enqueue";
import { sha256Hex } from "../worker/lib/crypto";
import { runContext } from "./job-context";
import { mirrorJob, unmirrorJob } from "./job-mirror";
import {
  backoffMs,
  type CreateJob,
  formatMs,
  PROGRESS_MIRROR_MS,
  SUBJECTS,
  TICKET_TTL_MS,
  view,
  WATCHDOG_MS,
} from "./job-policy";
import { isFinished, type JobStatus, type JobView, type JsonObject, type LogLine } from "./job-runner.protocol";
import { acceptWatcher, broadcast, closeWatchers, endOf } from "./job-sockets";
import { type JobRecord, JobStore } from "./job-store";

export type { CreateJob } from "./job-policy";
export { backoffMs } from "./job-policy";

/**
 * One instance per job id. It owns the job's state while the job lives, runs it from its alarm
 * (delayed start, retries with backoff, the timeout and the dead-run watchdog are all alarms),
 * and pushes every change to the job's WebSocket watchers through the hibernation API.
 */
export class JobRunner extends DurableObject<Env> {
  private readonly store = new JobStore(this.ctx.storage);
  /** Token of the run executing in this instance; a fresh instance has none, so a `running` job here died. */
  private activeRun: string | null = null;
  private lastMirror = 0;
  /** The one in-memory copy of the record: runs, RPCs and alarms all change the same object. */
  private cached: JobRecord | undefined;

  private async load(): Promise<JobRecord | undefined> {
    this.cached ??= await this.store.load();
    return this.cached;
  }

  /** Creates the job and arms its alarm; the REST layer has already checked type and params. */
  async create(spec: CreateJob): Promise<JobView> {
    const jobType = getJobType(spec.type);
    if (!jobType) throw new Error(`unknown job type ${spec.type}`);
    const now = Date.now();
    const delayed = spec.runAt !== null && spec.runAt > now;
    const job: JobRecord = {
      id: spec.id,
      projectId: spec.projectId,
      type: spec.type,
      params: spec.params,
      status: delayed ? "scheduled" : "pending",
      progress: 0,
      step: null,
      result: null,
      error: null,
      attempt: 0,
      maxAttempts: jobType.maxAttempts,
      parentId: spec.parentId,
      runAt: new Date(delayed && spec.runAt ? spec.runAt : now).toISOString(),
      createdBy: spec.createdBy,
      createdAt: new Date(now).toISOString(),
      startedAt: null,
      finishedAt: null,
      timeoutMs: jobType.timeoutMs,
      cancelRequested: false,
      heartbeatAt: null,
    };
    if (spec.input) await this.store.putInput(spec.input);
    this.cached = job;
    await this.store.save(job);
    await this.mirror(job, "job.created");
    await this.ctx.storage.setAlarm(delayed && spec.runAt ? spec.runAt : now);
    return view(job);
  }

  /** The job as the API shows it, or null if this id holds no job. */
  async get(): Promise<JobView | null> {
    const job = await this.load();
    return job ? view(job) : null;
  }

  /**
   * Cancels the job: a waiting job is cancelled at once, a running one at its next step boundary.
   * Cancelling a cancelled job changes nothing; cancelling another finished job is refused.
   */
  async cancel(): Promise<{ job: JobView | null; status: JobStatus }> {
    const job = await this.load();
    if (!job) throw new Error("no job");
    if (job.status === "cancelled") return { job: view(job), status: job.status };
    if (isFinished(job.status)) return { job: null, status: job.status };
    job.cancelRequested = true;
    if (job.status === "running" && this.activeRun) {
      await this.store.save(job);
      await this.appendLog(job, "warn", "cancellation requested; stopping at the next step");
      return { job: view(job), status: job.status };
    }
    await this.finish(job, "cancelled", { error: null });
    await this.ctx.storage.deleteAlarm();
    return { job: view(job), status: job.status };
  }

  /** Starts a new attempt of a failed, cancelled or timed-out job. */
  async retry(): Promise<{ job: JobView | null; status: JobStatus }> {
    const job = await this.load();
    if (!job) throw new Error("no job");
    if (!["failed", "cancelled", "timed_out"].includes(job.status)) return { job: null, status: job.status };
    job.maxAttempts = Math.max(job.maxAttempts, job.attempt + 1);
    Object.assign(job, { status: "pending", cancelRequested: false, error: null, finishedAt: null, progress: 0 });
    job.runAt = new Date().toISOString();
    await this.transition(job);
    await this.ctx.storage.setAlarm(Date.now());
    return { job: view(job), status: job.status };
  }

  /** Forgets a finished job: storage, alarm and D1 row. */
  async destroy(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.cached = undefined;
    const id = this.ctx.id.name;
    if (id) await unmirrorJob(this.env.DB, id);
  }

  /** A single-use WebSocket ticket for browsers, which cannot set an Authorization header. */
  async issueTicket(): Promise<{ ticket: string; expiresAt: string }> {
    const ticket = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
    const expiresAt = Date.now() + TICKET_TTL_MS;
    await this.store.addTicket(await sha256Hex(ticket), expiresAt);
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** WebSocket upgrade only; the Worker has authorised the caller (key) or passes the ticket on. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const url = new URL(request.url);
    const ticket = url.searchParams.get("ticket");
    const trusted = request.headers.get("x-cc-authorised") === "1";
    if (!trusted && !(ticket && (await this.store.consumeTicket(await sha256Hex(ticket))))) {
      return Response.json({ error: { code: "unauthorized", message: "invalid or expired ticket" } }, { status: 401 });
    }
    const job = await this.load();
    if (!job) return Response.json({ error: { code: "not_found", message: "job not found" } }, { status: 404 });
    return acceptWatcher(this.ctx, this.store, job, url);
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (message === "ping") ws.send("pong");
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, "closed");
    } catch {}
  }

  /** Everything time-based: delayed start, retry after backoff, and the dead-run watchdog. */
  override async alarm(): Promise<void> {
    const job = await this.load();
    if (!job || isFinished(job.status)) return;
    const now = Date.now();
    if (job.status === "running") {
      if (this.activeRun) {
        await this.ctx.storage.setAlarm(now + WATCHDOG_MS);
        return;
      }
      await this.appendLog(job, "error", `the run stopped unexpectedly (last heartbeat ${job.heartbeatAt ?? "never"})`);
      await this.attemptFailed(job, "the job's run stopped unexpectedly");
      return;
    }
    const due = job.runAt ? Date.parse(job.runAt) : now;
    if (due > now) {
      await this.ctx.storage.setAlarm(due);
      return;
    }
    await this.run(job);
  }

  private async run(job: JobRecord): Promise<void> {
    const jobType = getJobType(job.type);
    if (!jobType) {
      await this.finish(job, "failed", { error: `unknown job type ${job.type}` });
      return;
    }
    const token = crypto.randomUUID();
    this.activeRun = token;
    const startedAt = new Date().toISOString();
    Object.assign(job, {
      status: "running",
      attempt: job.attempt + 1,
      startedAt,
      heartbeatAt: startedAt,
      step: "starting",
    });
    job.finishedAt = null;
    await this.transition(job);
    await this.ctx.storage.setAlarm(Date.now() + WATCHDOG_MS);
    const parsed = jobType.params.safeParse(job.params);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), job.timeoutMs);
    });
    try {
      if (!parsed.success) throw new PermanentJobError(`invalid parameters: ${parsed.error.message}`);
      const outcome = await Promise.race([
        jobType.run(
          runContext(
            {
              ctx: this.ctx,
              env: this.env,
              store: this.store,
              isCurrent: () => this.activeRun === token,
              mirrorProgress: async (j) => {
                if (Date.now() - this.lastMirror >= PROGRESS_MIRROR_MS) await this.mirror(j);
              },
              appendLog: (j, level, message) => this.appendLog(j, level, message),
            },
            job,
            parsed.data,
          ),
        ),
        timeout,
      ]);
      if (this.activeRun !== token) return;
      if (outcome === "timeout") {
        await this.finish(job, "timed_out", { error: `timed out after ${formatMs(job.timeoutMs)}` });
        return;
      }
      job.progress = 100;
      await this.finish(job, "completed", { result: outcome, error: null });
    } catch (err) {
      if (this.activeRun !== token) return;
      if (err instanceof JobCancelledError) await this.finish(job, "cancelled", { error: null });
      else if (err instanceof JobDeferredError) await this.defer(job, err);
      else if (err instanceof PermanentJobError) await this.finish(job, "failed", { error: err.message });
      else await this.attemptFailed(job, err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
      if (this.activeRun === token) this.activeRun = null;
    }
  }

  private async attemptFailed(job: JobRecord, error: string): Promise<void> {
    this.activeRun = null;
    if (job.attempt < job.maxAttempts) {
      const at = Date.now() + backoffMs(job.attempt);
      Object.assign(job, { status: "scheduled", error, runAt: new Date(at).toISOString() });
      await this.appendLog(job, "warn", `attempt ${job.attempt} failed: ${error}; retrying at ${job.runAt}`);
      await this.transition(job);
      await this.ctx.storage.setAlarm(at);
      return;
    }
    await this.finish(job, "failed", { error });
  }

  private async defer(job: JobRecord, err: JobDeferredError): Promise<void> {
    Object.assign(job, { status: "scheduled", attempt: job.attempt - 1, runAt: new Date(err.at).toISOString() });
    await this.appendLog(job, "warn", `${err.message}; waiting until ${job.runAt}`);
    await this.transition(job);
    await this.ctx.storage.setAlarm(err.at);
  }

  private async finish(
    job: JobRecord,
    status: JobStatus,
    outcome: { result?: JsonObject; error: string | null },
  ): Promise<void> {
    Object.assign(job, { status, error: outcome.error, finishedAt: new Date().toISOString(), cancelRequested: false });
    if (outcome.result) job.result = outcome.result;
    if (status === "completed") job.step = "done";
    await this.transition(job);
    closeWatchers(this.ctx, await endOf(this.store, job, true));
  }

  /** Saves a status change, mirrors it to D1 (never throttled) and tells every watcher. */
  private async transition(job: JobRecord): Promise<void> {
    await this.store.save(job);
    await this.mirror(job, SUBJECTS[job.status]);
    const { status, attempt, error, runAt } = job;
    broadcast(this.ctx, await this.store.record((seq) => ({ type: "status", seq, status, attempt, error, runAt })));
  }

  private async mirror(job: JobRecord, subject?: string): Promise<void> {
    this.lastMirror = Date.now();
    try {
      await mirrorJob(this.env.DB, job, subject);
      if (subject) this.ctx.waitUntil(notifyEventStream(this.env, job.projectId));
      if (subject) this.ctx.waitUntil(enqueueDeliveries(this.env, { correlationId: job.id, projectId: job.projectId }));
    } catch (err) {
      console.error(JSON.stringify({ level: "error", msg: "job mirror failed", jobId: job.id, error: String(err) }));
    }
  }

  private async appendLog(job: JobRecord, level: LogLine["level"], message: string): Promise<void> {
    const line: LogLine = { at: new Date().toISOString(), level, message: message.slice(0, 2000) };
    await this.store.appendLog(line);
    job.heartbeatAt = line.at;
    broadcast(this.ctx, await this.store.record((seq) => ({ type: "log", seq, line })));
  }
}
