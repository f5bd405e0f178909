import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { nowIso } from "./columns";
import { repositories } from "./repositories";
import { projectRef } from "./tenant";

export const UPLOAD_STATUSES = ["uploading", "completed", "aborted"] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

/**
 * An archive uploaded in parts through an R2 multipart upload (`r2UploadId`) to
 * `projects/<projectId>/uploads/<id>/archive.tar.gz`. Every part but the last is `partSize` bytes;
 * `size` is what the client declared, if it did. Completing starts the analysis job (`jobId`); the
 * minute cron aborts or deletes uploads past `expiresAt`.
 */
export const snapshotUploads = sqliteTable(
  "snapshot_uploads",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    repositoryId: text("repository_id")
      .notNull()
      .references(() => repositories.id, { onDelete: "cascade" }),
    r2Key: text("r2_key").notNull(),
    r2UploadId: text("r2_upload_id").notNull(),
    status: text("status", { enum: UPLOAD_STATUSES }).notNull().default("uploading"),
    partSize: integer("part_size").notNull(),
    size: integer("size"),
    jobId: text("job_id"),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull().default(nowIso),
    completedAt: text("completed_at"),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [
    index("snapshot_uploads_project_repository_idx").on(t.projectId, t.repositoryId),
    index("snapshot_uploads_expires_idx").on(t.expiresAt),
  ],
);

/**
 * The parts R2 has taken for an upload, as its binding cannot list them: a client resuming an
 * upload reads them back, and completing hands their ETags to R2 in order.
 */
export const snapshotUploadParts = sqliteTable(
  "snapshot_upload_parts",
  {
    uploadId: text("upload_id")
      .notNull()
      .references(() => snapshotUploads.id, { onDelete: "cascade" }),
    projectId: projectRef(),
    partNumber: integer("part_number").notNull(),
    etag: text("etag").notNull(),
    size: integer("size").notNull(),
    uploadedAt: text("uploaded_at").notNull().default(nowIso),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.partNumber] })],
);
