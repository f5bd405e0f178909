import type { JobView } from "../../../../durable-objects/job-runner.protocol";
import { eventStatements } from "../../../lib/events";
import { createJob } from "../../jobs/create-job";
import type { KnowledgeDeps } from "../deps";
import { reindexJob } from "./reindex.job";

/** Projects this isolate already started a reindex for (the jobs table is checked as well). */
const started = new Set<string>();

/** The event that says the system started a reindex, and why. */
export const STALE_REINDEX_EVENT = "knowledge.reindex_triggered";

/**
 * Starts a `knowledge.reindex` job when the project's vector index holds vectors of an earlier
 * embedder (after the local embedder's version changed), unless one is already pending or
 * running. Such vectors are left out of semantic search until then, so a stale local index heals
 * itself on its first search. The job is the system's, not the searcher's (`createdBy` null:
 * a search needs only a read key), its params say `reason: "stale_vectors"`, and a
 * `knowledge.reindex_triggered` event, correlated with the search's request, names the job, the
 * stale vector count and the embedder. Returns the job started, or null.
 */
export async function reindexIfStale(deps: KnowledgeDeps): Promise<JobView | null> {
  if (started.has(deps.projectId)) return null;
  const stale = (await deps.vectors.staleCount?.(deps.projectId)) ?? 0;
  if (!stale) return null;
  const active = await deps.env.DB.prepare(
    "select 1 as found from jobs where project_id = ? and type = ? and status in ('pending', 'scheduled', 'running') limit 1",
  )
    .bind(deps.projectId, reindexJob.type)
    .first<{ found: number }>();
  started.add(deps.projectId);
  if (active) return null;
  const system = { keyId: null, userId: null, requestId: deps.actor.requestId };
  const job = await createJob({ ...deps, actor: system }, reindexJob, { reason: "stale_vectors" });
  const payload = {
    jobId: job.id,
    reason: "stale_vectors",
    staleVectors: stale,
    embedder: deps.embedder.id,
    startedBy: "system",
    trigger: "search",
  };
  await deps.db.batch(
    eventStatements(deps.db, {
      projectId: deps.projectId,
      subject: STALE_REINDEX_EVENT,
      payload,
      correlationId: deps.actor.requestId,
    }),
  );
  return job;
}
