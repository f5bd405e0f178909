import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../lib/context";
import { createRouter, createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import type { TenantEnv } from "../../middleware/tenant";
import { exportV1JsonSchema } from "./export-v1";
import { BatchExportCreate, Export, ExportCreate, ExportListQuery, ExportPage } from "./exports.schema";
import * as service from "./exports.service";

const tags = ["Exports"];
/** The request's deps, and whether its key is instance-wide (it then sees instance-wide portfolio exports). */
const viewer = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), instanceWide: c.get("principal").projectId === null });
const deps = (c: Context<TenantEnv>) => ({ ...viewer(c), env: c.env });
const origin = (c: Context) => new URL(c.req.url).origin;
const Accepted = z.object({ id: z.string(), jobId: z.string().nullable(), status: z.string() }).and(Export);

/** `attachment` with the plain name and its RFC 5987 form, so any browser saves it under that name. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const exportRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/exports",
      tags,
      summary: "Start an export job (format × subject); poll it or watch its job for progress",
      request: { body: jsonBody(ExportCreate) },
      responses: { 202: json(Accepted, "Export job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const row = await service.createExport(deps(c), c.req.valid("json"), origin(c));
      c.header("Location", `/api/v1/exports/${row.id}`);
      return c.json(row, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/batch/exports",
      tags,
      summary: "Start one job that renders several formats of a subject into a zip",
      request: { body: jsonBody(BatchExportCreate) },
      responses: { 202: json(Accepted, "Export job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const row = await service.createBatchExport(deps(c), c.req.valid("json"), origin(c));
      c.header("Location", `/api/v1/exports/${row.id}`);
      return c.json(row, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exports",
      tags,
      summary: "List exports, newest first, with their expiry",
      request: { query: ExportListQuery },
      responses: { 200: json(ExportPage, "A page of exports"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listExports(viewer(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exports/{id}",
      tags,
      summary: "An export: status and progress, and when done its downloadUrl, size and sha256",
      request: { params: IdParam },
      responses: { 200: json(Export, "The export"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.getExport(viewer(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exports/{id}/download",
      tags,
      summary: "The export's file, with its content type and a Content-Disposition file name",
      request: { params: IdParam },
      responses: {
        200: {
          description: "The file",
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errors(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { row, object } = await service.openExport(deps(c), c.req.valid("param").id);
      return c.body(object.body, 200, {
        "content-type": row.contentType ?? "application/octet-stream",
        "content-length": String(object.size),
        "content-disposition": disposition(row.fileName ?? `${row.id}.bin`),
        "x-content-sha256": row.sha256 ?? "",
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      });
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/exports/{id}",
      tags,
      summary: "Delete an export and its file (a running export is cancelled)",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteExport(deps(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

/** The JSON Schema every JSON export validates against; public, like the OpenAPI document. */
export const exportSchemaRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/schemas/export-v1.json",
    tags,
    summary: "JSON Schema (2020-12) of the JSON export, schemaVersion 1 (no auth)",
    security: [],
    responses: { 200: json(z.record(z.string(), z.unknown()), "The JSON Schema") },
  }),
  (c) => c.json(exportV1JsonSchema(new URL(c.req.url).origin), 200),
);
