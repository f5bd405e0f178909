import { z } from "@hono/zod-openapi";
import { asc } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { projects } from "../../../db/schema";
import { newId } from "../../../lib/ids";
import { notifyEventStream } from "../../events/events.service";
import type { JobCompletionHook } from "../../jobs/job-hooks";
import type { JobType } from "../../jobs/registry";
import { enqueueDeliveries } from "../../webhooks/enqueue";
import { type ScanResult, scanDrift } from "./scan";

/** What a scan needs to publish what it found: bindings and the database. */
export interface DriftRunDeps {
  env: Env;
  db: Db;
}

/**
 * Scans one project and, when items opened or resolved, wakes its live event stream and queues
 * the webhook deliveries of those events.
 */
export async function scanAndPublish(
  deps: DriftRunDeps,
  projectId: string,
  correlationId: string,
): Promise<ScanResult> {
  const result = await scanDrift(deps.db, projectId, { correlationId });
  if (result.detected.length || result.resolved.length) {
    await notifyEventStream(deps.env, projectId);
    await enqueueDeliveries(deps.env, { correlationId, projectId });
  }
  return result;
}

/** After every completed repository analysis, the analysed project's drift is scanned again. */
export const driftAfterAnalysis: JobCompletionHook = {
  jobType: "repository.analyse",
  run: async (deps, job) => {
    await scanAndPublish(deps, job.projectId, job.id);
  },
};

/**
 * The scheduled scan: on the minute Cron Trigger's first tick of each hour, every project's drift
 * is scanned (another project's ring move can open or resolve a conflict without any analysis).
 */
export async function scanAllOnSchedule(deps: DriftRunDeps, now: Date): Promise<number> {
  if (now.getUTCMinutes() !== 0) return 0;
  const correlationId = newId("scan", now.getTime());
  const rows = await deps.db.select({ id: projects.id }).from(projects).orderBy(asc(projects.id));
  for (const { id } of rows) {
    try {
      await scanAndPublish(deps, id, correlationId);
    } catch (err) {
      console.error(JSON.stringify({ level: "error", msg: "drift scan failed", projectId: id, error: String(err) }));
    }
  }
  return rows.length;
}

/** `portfolio.scan_drift`: scans the project's drift now; schedules run it on any clock. */
export const scanDriftJob: JobType<Record<string, never>> = {
  type: "portfolio.scan_drift",
  description: "Compare the project's radar with what its repositories use and with the other projects' rings",
  params: z.object({}).strict(),
  maxAttempts: 3,
  timeoutMs: 5 * 60_000,
  async run(ctx) {
    const result = await scanAndPublish(ctx, ctx.projectId, ctx.jobId);
    return { detected: result.detected.length, resolved: result.resolved.length };
  },
};
