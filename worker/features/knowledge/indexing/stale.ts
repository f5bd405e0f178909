import type { JobView } from "../../../../durable-objects/job-runner.protocol";
import { createJob } from "../../jobs/create-job";
import type { KnowledgeDeps } from "../deps";
import { reindexJob } from "./reindex.job";

/** Projects this isolate already started a reindex for (the jobs table is checked as well). */
const started = new Set<string>();

/**
 * Starts a `knowledge.reindex` job when the project's vector index holds vectors of an earlier
 * embedder (after the local embedder's version changed), unless one is already pending or
 * running. Such vectors are left out of semantic search until then, so a stale local index heals
 * itself on its first search. Returns the job started, or null.
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
  return createJob(deps, reindexJob, {});
}
