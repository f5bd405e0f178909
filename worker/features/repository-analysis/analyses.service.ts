import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import { analyses, repositories, technologyEvidence } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { orderOf, paginate } from "../../lib/pagination";
import { createJob } from "../jobs/create-job";
import { getRepository } from "../repositories/repositories.service";
import { getTechnology } from "../technologies/technologies.service";
import { analyseRepositoryJob } from "./analyse.job";

export const MAX_SNAPSHOT_BYTES = 25 * 1024 * 1024;

/** Tells a tar.gz from a zip by its first bytes, whatever the client claimed. */
export function sniffArchive(bytes: Uint8Array): "tar.gz" | "zip" | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "tar.gz";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  return null;
}

/** Starts an analysis of an uploaded archive; the bytes travel with the job to its Durable Object. */
export async function analyseSnapshot(deps: TenantDeps & { env: Env }, repositoryId: string, bytes: Uint8Array) {
  await getRepository(deps, repositoryId);
  if (bytes.byteLength === 0)
    throw new AppError("bad_request", "the request body is empty: send a .tar.gz or .zip archive");
  const kind = sniffArchive(bytes);
  if (!kind)
    throw new AppError("unsupported_media_type", "the upload is neither a gzip-compressed tar nor a zip archive");
  const params = { repositoryId, source: "snapshot", archiveKind: kind } as const;
  return createJob(deps, analyseRepositoryJob, params, { input: bytes });
}

/** Starts an analysis of a GitHub repository through its REST API. */
export async function analyseFromGitHub(deps: TenantDeps & { env: Env }, repositoryId: string, ref?: string) {
  const repo = await getRepository(deps, repositoryId);
  if (repo.provider !== "github") {
    throw new AppError(
      "bad_request",
      `${repo.provider} repositories are analysed from an uploaded archive (POST …/snapshots)`,
    );
  }
  return createJob(deps, analyseRepositoryJob, { repositoryId, source: "github", ref });
}

export async function listAnalyses(deps: TenantDeps, repositoryId: string, page: { page: number; limit: number }) {
  await getRepository(deps, repositoryId);
  const filter = and(eq(analyses.projectId, deps.projectId), eq(analyses.repositoryId, repositoryId));
  return paginate(deps.db, analyses, filter, orderOf(analyses.createdAt, true, analyses.id), page);
}

export async function getAnalysis({ db, projectId }: TenantDeps, id: string) {
  const row = await db.query.analyses.findFirst({ where: and(eq(analyses.id, id), eq(analyses.projectId, projectId)) });
  if (!row) throw notFound("analysis", id);
  return row;
}

/** Where analyses saw a technology, newest first. */
export async function technologyEvidenceOf(deps: TenantDeps, technologyId: string) {
  await getTechnology(deps, technologyId);
  return deps.db
    .select({
      ...getTableColumns(technologyEvidence),
      repository: sql<string>`${repositories.owner} || '/' || ${repositories.name}`,
    })
    .from(technologyEvidence)
    .innerJoin(
      repositories,
      and(
        eq(repositories.projectId, technologyEvidence.projectId),
        eq(repositories.id, technologyEvidence.repositoryId),
      ),
    )
    .where(and(eq(technologyEvidence.projectId, deps.projectId), eq(technologyEvidence.technologyId, technologyId)))
    .orderBy(desc(technologyEvidence.createdAt))
    .limit(500);
}
