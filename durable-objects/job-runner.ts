import { DurableObject } from "cloudflare:workers";
import { createDb } from "../worker/db/client";
import { type JobChange, onJobChange } from "../worker/features/jobs/job-hooks";
import { getJobType, JobCancelledError, JobDeferredError, PermanentJobError } from "../worker/features/jobs/registry";
import { grantOf, unauthorisedUpgrade } from "../worker/lib/socket-gate";
import { runContext } from "./job-context";
import {
  backoffMs,
  type Clock,
  formatMs,
  isoAt,
  newRecord,
  PROGRESS_MIRROR_MS,
  systemClock,
  TICKET_TTL_MS,
  unexpectedFailure,
  view,
  WATCHDOG_MS,
} from "./job-policy";
import {
  type CreateJob,
  isFinished,
  type JobChange as JobChangeResult,
  type JobRunnerRpc,
  type JobStatus,
  type JobView,
  type JsonObject,
  type LogLine,
} from "./job-runner.protocol";
import { endOf, Watchers } from "./job-sockets";
import { type JobRecord, JobStore } from "./job-store";
import type { SocketHolder } from "./key-sockets.protocol";

/**
 * One instance per job id. It owns the job's state while the job lives, runs it from its alarm
 * (delayed start, retries with backoff, the timeout and the dead-run watchdog are all alarms),
 * and pushes every change to the job's WebSocket watchers through the hibernation API. What the
 * rest of the product hears of a change goes through the jobs feature's one hook, `onJobChange`.
 */
export class JobRunner extends DurableObject<Env> implements JobRunnerRpc, SocketHolder {
  /** The time every decision reads; a test subclass replaces it. */
  protected readonly clock: Clock = systemClock;
  private readonly store = new JobStore(this.ctx.storage, () => this.clock.now());
  private readonly db = createDb(this.env.DB);
  private readonly watchers = new Watchers(this.ctx, this.store, this.env, () => this.clock.now());
  /** Token of the run executing in this instance; a fresh instance has none, so a `running` job here died. */
  private activeRun: string | null = null;
  private lastMirror = 0;
  /** The one in-memory copy of the record: runs, RPCs and alarms all change the same object. */
  private cached: JobRecord | undefined;

  private async load(): Promise<JobRecord | undefined> {
    this.cached ??= await this.store.load();
    return this.cached;
  }

  /** Creates the job and arms its alarm; the caller has already checked type, params and ids. */
  async create(spec: CreateJob): Promise<JobView> {
    const jobType = getJobType(spec.type);
    if (!jobType) throw new Error(`unknown job type ${spec.type}`);
    const job = newRecord(spec, jobType, this.clock.now());
    if (spec.input) await this.store.putInput(spec.input);
    this.cached = job;
    await this.store.save(job);
    await this.changed({ kind: "created", job: view(job) });
    await this.watchers.arm(Date.parse(job.runAt ?? job.createdAt));
    return view(job);
  }

  /** The job as the API shows it, or null if this id holds no job. */
  async get(): Promise<JobView | null> {
    const job = await this.load();
    return job ? view(job) : null;
  }

  /**
   * Cancels the job: a waiting job at once, a running one at its next step boundary. Cancelling a
   * cancelled job changes nothing; cancelling another finished job is refused.
   */
  async cancel(): Promise<JobChangeResult> {
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
  async retry(): Promise<JobChangeResult> {
    const job = await this.load();
    if (!job) throw new Error("no job");
    if (!["failed", "cancelled", "timed_out"].includes(job.status)) return { job: null, status: job.status };
    job.maxAttempts = Math.max(job.maxAttempts, job.attempt + 1);
    Object.assign(job, { status: "pending", cancelRequested: false, error: null, finishedAt: null, progress: 0 });
    job.runAt = isoAt(this.clock.now());
    await this.transition(job);
    await this.watchers.arm(Date.parse(job.runAt));
    return { job: view(job), status: job.status };
  }

  /** Forgets a finished job: storage, alarm and D1 row. */
  async destroy(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.cached = undefined;
    const id = this.ctx.id.name;
    if (id) await this.changed({ kind: "removed", id });
  }

  /** A single-use WebSocket ticket for browsers, which cannot set an Authorization header. */
  async issueTicket(keyId: string): Promise<{ ticket: string; expiresAt: string }> {
    return this.store.issueTicket(keyId, TICKET_TTL_MS);
  }

  /** Consumes a ticket: the id of the key it was issued to, or null. */
  async redeemTicket(ticket: string): Promise<string | null> {
    return this.store.redeemTicket(ticket);
  }

  /** WebSocket upgrade only, authorised by the Worker (a key, or a redeemed ticket of a live key). */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const grant = grantOf(request);
    if (!grant) return unauthorisedUpgrade();
    const job = await this.load();
    if (!job) return Response.json({ error: { code: "not_found", message: "job not found" } }, { status: 404 });
    const answer = await this.watchers.accept(job, new URL(request.url), grant);
    await this.watchers.arm((await this.ctx.storage.getAlarm()) ?? Number.POSITIVE_INFINITY);
    return answer;
  }

  /** The key's open watchers of this job (its socket coordinator asks when the key is at its cap). */
  async socketsOf(keyId: string): Promise<number> {
    return this.watchers.openOf(keyId);
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    this.watchers.heard(ws);
    if (message === "ping") ws.send("pong");
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    await this.watchers.closed(ws, code);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.watchers.closed(ws, 1011);
  }

  /** Closes idle watchers, then the job's own time-based work, then keeps the idle check armed. */
  override async alarm(): Promise<void> {
    await this.watchers.closeIdle();
    await this.jobAlarm();
    await this.watchers.arm((await this.ctx.storage.getAlarm()) ?? Number.POSITIVE_INFINITY);
  }

  /** Delayed start, retry after backoff, and the dead-run watchdog. */
  private async jobAlarm(): Promise<void> {
    const job = await this.load();
    if (!job || isFinished(job.status)) return;
    const now = this.clock.now();
    if (job.status === "running") {
      if (this.activeRun) {
        await this.watchers.arm(now + WATCHDOG_MS);
        return;
      }
      await this.appendLog(job, "error", `the run stopped unexpectedly (last heartbeat ${job.heartbeatAt ?? "never"})`);
      await this.attemptFailed(job, "the job's run stopped unexpectedly");
      return;
    }
    const due = job.runAt ? Date.parse(job.runAt) : now;
    if (due > now) {
      await this.watchers.arm(due);
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
    const startedAt = isoAt(this.clock.now());
    Object.assign(job, { status: "running", attempt: job.attempt + 1, startedAt, heartbeatAt: startedAt });
    Object.assign(job, { step: "starting", finishedAt: null });
    await this.transition(job);
    await this.watchers.arm(this.clock.now() + WATCHDOG_MS);
    const parsed = jobType.params.safeParse(job.params);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), job.timeoutMs);
    });
    try {
      if (!parsed.success) throw new PermanentJobError(`invalid parameters: ${parsed.error.message}`);
      const host = {
        watchers: this.watchers,
        env: this.env,
        db: this.db,
        store: this.store,
        now: () => this.clock.now(),
        isCurrent: () => this.activeRun === token,
        mirrorProgress: async (j: JobRecord) => {
          if (this.clock.now() - this.lastMirror >= PROGRESS_MIRROR_MS)
            await this.changed({ kind: "progress", job: view(j) });
        },
        appendLog: (j: JobRecord, level: LogLine["level"], message: string) => this.appendLog(j, level, message),
      };
      const outcome = await Promise.race([jobType.run(runContext(host, job, parsed.data)), timeout]);
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
      else await this.attemptFailed(job, unexpectedFailure(job, err));
    } finally {
      clearTimeout(timer);
      if (this.activeRun === token) this.activeRun = null;
    }
  }

  private async attemptFailed(job: JobRecord, error: string): Promise<void> {
    this.activeRun = null;
    if (job.attempt < job.maxAttempts) {
      const at = this.clock.now() + backoffMs(job.attempt);
      Object.assign(job, { status: "scheduled", error, runAt: isoAt(at) });
      await this.appendLog(job, "warn", `attempt ${job.attempt} failed: ${error}; retrying at ${job.runAt}`);
      await this.transition(job);
      await this.watchers.arm(at);
      return;
    }
    await this.finish(job, "failed", { error });
  }

  private async defer(job: JobRecord, err: JobDeferredError): Promise<void> {
    Object.assign(job, { status: "scheduled", attempt: job.attempt - 1, runAt: isoAt(err.at) });
    await this.appendLog(job, "warn", `${err.message}; waiting until ${job.runAt}`);
    await this.transition(job);
    await this.watchers.arm(err.at);
  }

  private async finish(
    job: JobRecord,
    status: JobStatus,
    outcome: { result?: JsonObject; error: string | null },
  ): Promise<void> {
    Object.assign(job, { status, error: outcome.error, finishedAt: isoAt(this.clock.now()), cancelRequested: false });
    if (outcome.result) job.result = outcome.result;
    if (status === "completed") job.step = "done";
    await this.transition(job);
    await this.watchers.end(await endOf(this.store, job, true));
  }

  /** Saves a status change, hands it to the hook (never throttled) and tells every watcher. */
  private async transition(job: JobRecord): Promise<void> {
    await this.store.save(job);
    await this.changed({ kind: "transition", job: view(job) });
    const { status, attempt, error, runAt } = job;
    this.watchers.broadcast(await this.store.record((seq) => ({ type: "status", seq, status, attempt, error, runAt })));
  }

  /** The jobs feature's hook; a failure there is logged and never fails the job. */
  private async changed(change: JobChange): Promise<void> {
    if (change.kind !== "removed") this.lastMirror = this.clock.now();
    try {
      await onJobChange({ env: this.env, db: this.db, waitUntil: (p) => this.ctx.waitUntil(p) }, change);
    } catch (err) {
      console.error(JSON.stringify({ level: "error", msg: "job hook failed", kind: change.kind, error: String(err) }));
    }
  }

  private async appendLog(job: JobRecord, level: LogLine["level"], message: string): Promise<void> {
    const line: LogLine = { at: isoAt(this.clock.now()), level, message: message.slice(0, 2000) };
    await this.store.appendLog(line);
    job.heartbeatAt = line.at;
    this.watchers.broadcast(await this.store.record((seq) => ({ type: "log", seq, line })));
  }
}
