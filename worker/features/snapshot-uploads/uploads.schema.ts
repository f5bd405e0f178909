import { z } from "@hono/zod-openapi";
import { UPLOAD_STATUSES } from "../../db/schema";

const MIB = 1024 * 1024;

/** The largest archive an upload in parts may assemble (compressed). */
export const MAX_UPLOAD_BYTES = 500 * MIB;
/** R2 refuses parts below 5 MiB except the last one. */
export const MIN_PART_BYTES = 5 * MIB;
/** Each part is one request; Workers take request bodies up to 100 MB, so parts stay well below. */
export const MAX_PART_BYTES = 64 * MIB;
/** The part size when the client names none. */
export const DEFAULT_PART_BYTES = 16 * MIB;
/** How long an upload (and the archive it assembled) is kept before the minute cron removes it. */
export const UPLOAD_TTL_MS = 24 * 3600_000;

export const UploadCreate = z
  .object({
    size: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: "The archive's size in bytes, if known: checked against every part and at completion" }),
    partSize: z
      .number()
      .int()
      .min(MIN_PART_BYTES)
      .max(MAX_PART_BYTES)
      .optional()
      .openapi({ description: "Bytes of every part but the last (5-64 MiB, default 16 MiB)" }),
  })
  .strict()
  .openapi("SnapshotUploadCreate");
export type UploadCreate = z.infer<typeof UploadCreate>;

export const UploadPart = z
  .object({ partNumber: z.number().int(), etag: z.string(), size: z.number().int() })
  .openapi("SnapshotUploadPart");
export type UploadPart = z.infer<typeof UploadPart>;

export const SnapshotUpload = z
  .object({
    id: z.string(),
    repositoryId: z.string(),
    status: z.enum(UPLOAD_STATUSES),
    partSize: z.number().int(),
    size: z.number().int().nullable(),
    maxBytes: z.number().int(),
    parts: z.array(UploadPart).openapi({ description: "Parts received so far, by number: resume from the first gap" }),
    uploadedBytes: z.number().int(),
    jobId: z.string().nullable(),
    expiresAt: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi("SnapshotUpload");
export type SnapshotUpload = z.infer<typeof SnapshotUpload>;

export const UploadComplete = z
  .object({
    parts: z
      .array(z.object({ partNumber: z.number().int().min(1), etag: z.string().min(1).max(200) }).strict())
      .min(1)
      .max(10_000)
      .optional()
      .openapi({ description: "The parts in ascending order with their ETags; without it, the parts received" }),
  })
  .strict()
  .openapi("SnapshotUploadComplete");
export type UploadComplete = z.infer<typeof UploadComplete>;

export const UploadParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
  uploadId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "uploadId", in: "path" } }),
});

export const PartParams = UploadParams.extend({
  partNumber: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .openapi({ param: { name: "partNumber", in: "path" }, type: "integer" }),
});
