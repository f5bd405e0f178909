import { createRoute } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { BatchTechnologies, BatchTechnologiesResult } from "./batch.schema";
import { batchTechnologies } from "./batch.service";

export const batchRoutes = createTenantRouter().openapi(
  createRoute({
    method: "post",
    path: "/batch/technologies",
    tags: ["Batch"],
    summary: "Set status, priority, domain or tags on many technologies (ids or a filter, at most 500)",
    request: { body: jsonBody(BatchTechnologies) },
    responses: {
      200: json(BatchTechnologiesResult, "What happened to each technology"),
      ...errors(400, 401, 403, 404),
    },
  }),
  async (c) => c.json(await batchTechnologies(tenantDepsOf(c), c.req.valid("json")), 200),
);
