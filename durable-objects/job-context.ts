import type { Db } from "../worker/db/client";
import { JobCancelledError, type JobContext } from "../worker/features/jobs/registry";
import type { LogLine } from "./job-runner.protocol";
import type { Watchers } from "./job-sockets";
import type { JobRecord, JobStore } from "./job-store";

/** What a run's context needs from the Durable Object that hosts it. */
export interface RunHost {
  watchers: Watchers;
  env: Env;
  db: Db;
  store: JobStore;
  /** The Durable Object's clock, in ms since the epoch. */
  now(): number;
  /** False once this run was superseded (timed out, cancelled, or the instance moved on). */
  isCurrent(): boolean;
  /** Mirrors progress to D1 if the last write is older than the throttle. */
  mirrorProgress(job: JobRecord): Promise<void>;
  appendLog(job: JobRecord, level: LogLine["level"], message: string): Promise<void>;
}

/**
 * The handler's one small interface to the runtime: progress and log lines go to storage and to
 * every watcher; `checkpoint` is the step boundary where cancellation and timeouts take effect.
 */
export function runContext<P>(host: RunHost, job: JobRecord, params: P): JobContext<P> {
  const live = () => {
    if (!host.isCurrent() || job.cancelRequested) throw new JobCancelledError();
  };
  return {
    jobId: job.id,
    projectId: job.projectId,
    params,
    attempt: job.attempt,
    createdBy: job.createdBy,
    env: host.env,
    db: host.db,
    async progress(percent, step) {
      if (!host.isCurrent()) throw new JobCancelledError();
      job.progress = Math.max(0, Math.min(100, Math.round(percent)));
      if (step !== undefined) job.step = step;
      job.heartbeatAt = new Date(host.now()).toISOString();
      await host.store.save(job);
      const message = await host.store.record((seq) => ({
        type: "progress" as const,
        seq,
        progress: job.progress,
        step: job.step,
        at: host.now(),
      }));
      host.watchers.broadcast(message);
      await host.mirrorProgress(job);
    },
    async log(message, level = "info") {
      if (!host.isCurrent()) throw new JobCancelledError();
      await host.appendLog(job, level, message);
    },
    async checkpoint() {
      live();
    },
    input: () => host.store.input(),
  };
}
