import { and, asc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { snapshotUploadParts, snapshotUploads } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { projectPrefix } from "../exports/artifacts";
import { createJob } from "../jobs/create-job";
import type { JobDeps } from "../jobs/jobs.service";
import { getRepository } from "../repositories/repositories.service";
import { analyseRepositoryJob } from "../repository-analysis/analyse.job";
import { checkCompletion, checkPart } from "./part-rules";
import {
  DEFAULT_PART_BYTES,
  MAX_UPLOAD_BYTES,
  type SnapshotUpload,
  UPLOAD_TTL_MS,
  type UploadComplete,
  type UploadCreate,
  type UploadPart,
} from "./uploads.schema";

type UploadRow = typeof snapshotUploads.$inferSelect;

/** Where an upload's archive is assembled, under its project's prefix. */
export const uploadKey = (projectId: string, uploadId: string) =>
  `${projectPrefix(projectId)}uploads/${uploadId}/archive.tar.gz`;

async function findUpload(deps: TenantDeps, repositoryId: string, uploadId: string): Promise<UploadRow> {
  const row = await deps.db.query.snapshotUploads.findFirst({
    where: and(
      eq(snapshotUploads.id, uploadId),
      eq(snapshotUploads.projectId, deps.projectId),
      eq(snapshotUploads.repositoryId, repositoryId),
    ),
  });
  if (!row) throw notFound("upload", uploadId);
  return row;
}

const partsOf = (deps: TenantDeps, uploadId: string) =>
  deps.db
    .select({
      partNumber: snapshotUploadParts.partNumber,
      etag: snapshotUploadParts.etag,
      size: snapshotUploadParts.size,
    })
    .from(snapshotUploadParts)
    .where(and(eq(snapshotUploadParts.uploadId, uploadId), eq(snapshotUploadParts.projectId, deps.projectId)))
    .orderBy(asc(snapshotUploadParts.partNumber));

function view(row: UploadRow, parts: UploadPart[]): SnapshotUpload {
  return {
    id: row.id,
    repositoryId: row.repositoryId,
    status: row.status,
    partSize: row.partSize,
    size: row.size,
    maxBytes: MAX_UPLOAD_BYTES,
    parts,
    uploadedBytes: parts.reduce((sum, p) => sum + p.size, 0),
    jobId: row.jobId,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}

function assertUploading(row: UploadRow): void {
  if (row.status !== "uploading") throw new AppError("conflict", `upload ${row.id} is ${row.status}`);
}

/** Starts an upload in parts of an archive of the repository: an R2 multipart upload under the project's prefix. */
export async function startUpload(deps: JobDeps, repositoryId: string, input: UploadCreate): Promise<SnapshotUpload> {
  await getRepository(deps, repositoryId);
  if (input.size !== undefined && input.size > MAX_UPLOAD_BYTES)
    throw new AppError(
      "payload_too_large",
      `archives uploaded in parts are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB`,
    );
  const id = newId("upl");
  const key = uploadKey(deps.projectId, id);
  const multipart = await deps.env.ARTIFACTS.createMultipartUpload(key, {
    httpMetadata: { contentType: "application/gzip" },
  });
  const now = Date.now();
  const values = {
    id,
    projectId: deps.projectId,
    repositoryId,
    r2Key: key,
    r2UploadId: multipart.uploadId,
    partSize: input.partSize ?? DEFAULT_PART_BYTES,
    size: input.size ?? null,
    createdBy: deps.actor.keyId,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + UPLOAD_TTL_MS).toISOString(),
  };
  const { r2UploadId: _, ...shown } = values;
  const [inserted] = await deps.db.batch([
    deps.db.insert(snapshotUploads).values(values).returning(),
    ...changeLog(deps.db, { ...audit(deps, id), action: "create", before: null, after: shown }),
  ]);
  const row = inserted[0];
  if (!row) throw notFound("upload", id);
  return view(row, []);
}

/** An upload with the parts received so far, so a client can resume after the last one. */
export async function getUpload(deps: TenantDeps, repositoryId: string, uploadId: string): Promise<SnapshotUpload> {
  const row = await findUpload(deps, repositoryId, uploadId);
  return view(row, await partsOf(deps, uploadId));
}

/**
 * Stores one part in R2 and records it. Sending a part again replaces it. Refuses a part past
 * the last one the size allows, a part larger than `partSize`, a first part that is not gzip, and
 * (when the size was declared) a part whose length is not the one the size implies.
 */
export async function uploadPart(
  deps: JobDeps,
  ids: { repositoryId: string; uploadId: string; partNumber: number },
  bytes: Uint8Array,
): Promise<UploadPart> {
  const row = await findUpload(deps, ids.repositoryId, ids.uploadId);
  assertUploading(row);
  checkPart(row, ids.partNumber, bytes);
  const multipart = deps.env.ARTIFACTS.resumeMultipartUpload(row.r2Key, row.r2UploadId);
  const stored = await multipart.uploadPart(ids.partNumber, bytes);
  const part = { partNumber: ids.partNumber, etag: stored.etag, size: bytes.length };
  await deps.db
    .insert(snapshotUploadParts)
    .values({ uploadId: row.id, projectId: deps.projectId, ...part })
    .onConflictDoUpdate({
      target: [snapshotUploadParts.uploadId, snapshotUploadParts.partNumber],
      set: { etag: part.etag, size: part.size, uploadedAt: new Date().toISOString() },
    });
  return part;
}

/**
 * Assembles the parts into one archive in R2 and starts its analysis (a `repository.analyse` job
 * that streams the archive back from R2). Refuses, before touching R2, parts out of order, a
 * missing part, a short part that is not the last, and a total past the limit or the declared size.
 * An upload assembled by a call that failed before its job started gets its job on the next call.
 */
export async function completeUpload(deps: JobDeps, repositoryId: string, uploadId: string, input: UploadComplete) {
  const row = await findUpload(deps, repositoryId, uploadId);
  if (row.status === "completed" && row.jobId === null) return startAnalysis(deps, row);
  assertUploading(row);
  const parts = checkCompletion(row, await partsOf(deps, uploadId), input.parts);
  const [claimed] = await deps.db
    .update(snapshotUploads)
    .set({ status: "completed", completedAt: new Date().toISOString() })
    .where(and(eq(snapshotUploads.id, row.id), eq(snapshotUploads.status, "uploading")))
    .returning();
  if (!claimed) throw new AppError("conflict", `upload ${row.id} is already being completed`);
  try {
    await deps.env.ARTIFACTS.resumeMultipartUpload(row.r2Key, row.r2UploadId).complete(
      parts.map((p) => ({ partNumber: p.partNumber, etag: p.etag })),
    );
  } catch (error) {
    await deps.db
      .update(snapshotUploads)
      .set({ status: "uploading", completedAt: null })
      .where(eq(snapshotUploads.id, row.id));
    const reason = error instanceof Error ? `: ${error.message}` : "";
    throw new AppError("bad_request", `the storage refused to assemble the parts${reason}`);
  }
  return startAnalysis(deps, row);
}

async function startAnalysis(deps: JobDeps, row: UploadRow) {
  const params = { repositoryId: row.repositoryId, source: "upload", uploadId: row.id } as const;
  const job = await createJob(deps, analyseRepositoryJob, params);
  await deps.db.batch([
    deps.db.update(snapshotUploads).set({ jobId: job.id }).where(eq(snapshotUploads.id, row.id)),
    ...changeLog(deps.db, {
      ...audit(deps, row.id),
      action: "update",
      subject: "snapshot_upload.completed",
      before: { status: row.status, jobId: row.jobId },
      after: { status: "completed", jobId: job.id },
    }),
  ]);
  return job;
}

/** The audit fields every upload write shares. */
const audit = (deps: TenantDeps, id: string) =>
  ({ projectId: deps.projectId, actor: deps.actor, entity: "snapshot_upload", entityId: id }) as const;

/** Aborts an upload that is still taking parts: R2 drops the parts, the upload stays as `aborted`. */
export async function abortUpload(deps: JobDeps, repositoryId: string, uploadId: string): Promise<SnapshotUpload> {
  const row = await findUpload(deps, repositoryId, uploadId);
  assertUploading(row);
  await deps.env.ARTIFACTS.resumeMultipartUpload(row.r2Key, row.r2UploadId).abort();
  const [aborted] = await deps.db.batch([
    deps.db.update(snapshotUploads).set({ status: "aborted" }).where(eq(snapshotUploads.id, row.id)).returning(),
    deps.db.delete(snapshotUploadParts).where(eq(snapshotUploadParts.uploadId, row.id)),
    ...changeLog(deps.db, {
      ...audit(deps, row.id),
      action: "update",
      subject: "snapshot_upload.aborted",
      before: { status: row.status },
      after: { status: "aborted" },
    }),
  ]);
  return view(aborted[0] ?? { ...row, status: "aborted" }, []);
}

/**
 * Removes uploads past their expiry, 100 per call (the minute cron calls it): unfinished ones are
 * aborted in R2, assembled archives deleted, then the rows go. Returns how many went.
 */
export async function purgeExpiredUploads(env: Env, db: Db, now: Date): Promise<number> {
  const expired = await db
    .select()
    .from(snapshotUploads)
    .where(lt(snapshotUploads.expiresAt, now.toISOString()))
    .limit(100);
  for (const row of expired) {
    if (!row.r2Key.startsWith(projectPrefix(row.projectId))) continue;
    if (row.status === "uploading") {
      await env.ARTIFACTS.resumeMultipartUpload(row.r2Key, row.r2UploadId)
        .abort()
        .catch(() => undefined);
    }
    await env.ARTIFACTS.delete(row.r2Key);
    await db.delete(snapshotUploads).where(eq(snapshotUploads.id, row.id));
  }
  return expired.length;
}
