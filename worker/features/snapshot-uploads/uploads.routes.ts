import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, ErrorResponse, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import { routeBodyLimit } from "../../middleware/body-limit";
import type { TenantEnv } from "../../middleware/tenant";
import { Job } from "../jobs/jobs.schema";
import {
  MAX_PART_BYTES,
  PartParams,
  SnapshotUpload,
  UploadComplete,
  UploadCreate,
  UploadParams,
  UploadPart,
} from "./uploads.schema";
import * as service from "./uploads.service";

const tags = ["Repository analysis"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });
const partLimit = routeBodyLimit(MAX_PART_BYTES, `a part is at most ${MAX_PART_BYTES / 1024 / 1024} MiB`);
const too = { 413: json(ErrorResponse, "Past the 500 MiB limit or the upload's part size") };

/**
 * Archives too large for one request (up to 500 MiB compressed), uploaded in parts through an R2
 * multipart upload: start, send parts (resumable: the upload lists the parts it has), complete to
 * start the analysis, or abort.
 */
export const uploadRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/repositories/{id}/snapshots/uploads",
      tags,
      summary: "Start uploading a .tar.gz in parts (up to 500 MiB)",
      request: { params: IdParam, body: jsonBody(UploadCreate) },
      responses: { 201: json(SnapshotUpload, "Upload started"), ...errors(400, 401, 403, 404), ...too },
    }),
    async (c) => c.json(await service.startUpload(deps(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/repositories/{id}/snapshots/uploads/{uploadId}",
      tags,
      summary: "An upload in parts and the parts received so far",
      request: { params: UploadParams },
      responses: { 200: json(SnapshotUpload, "The upload"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const { id, uploadId } = c.req.valid("param");
      return c.json(await service.getUpload(tenantDepsOf(c), id, uploadId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/repositories/{id}/snapshots/uploads/{uploadId}/parts/{partNumber}",
      tags,
      summary: "Send one part (every part but the last exactly partSize bytes); sending it again replaces it",
      middleware: [partLimit] as const,
      request: {
        params: PartParams,
        body: {
          required: true,
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
      },
      responses: { 200: json(UploadPart, "Part stored"), ...errors(400, 401, 403, 404, 409), ...too },
    }),
    async (c) => {
      const { id, uploadId, partNumber } = c.req.valid("param");
      await service.getUpload(tenantDepsOf(c), id, uploadId);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await service.uploadPart(deps(c), { repositoryId: id, uploadId, partNumber }, bytes), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/repositories/{id}/snapshots/uploads/{uploadId}/complete",
      tags,
      summary: "Assemble the parts and start the analysis, which streams the archive from R2",
      request: {
        params: UploadParams,
        body: { required: false, content: { "application/json": { schema: UploadComplete } } },
      },
      responses: { 202: json(Job, "Analysis job started"), ...errors(400, 401, 403, 404, 409), ...too },
    }),
    async (c) => {
      const { id, uploadId } = c.req.valid("param");
      const job = await service.completeUpload(deps(c), id, uploadId, c.req.valid("json") ?? {});
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/repositories/{id}/snapshots/uploads/{uploadId}",
      tags,
      summary: "Abort an upload that is still taking parts; R2 drops what it received",
      request: { params: UploadParams },
      responses: { 200: json(SnapshotUpload, "Upload aborted"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, uploadId } = c.req.valid("param");
      return c.json(await service.abortUpload(deps(c), id, uploadId), 200);
    },
  );
