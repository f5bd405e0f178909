import { createRoute } from "@hono/zod-openapi";
import { etag, expectedVersion } from "../../lib/concurrency";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import {
  ResearchTask,
  ResearchTaskCreate,
  ResearchTaskListQuery,
  ResearchTaskPage,
  ResearchTaskUpdate,
} from "./research-tasks.schema";
import * as service from "./research-tasks.service";

const tags = ["Research tasks"];

export const researchTaskRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/research-tasks",
      tags,
      summary: "List research tasks",
      request: { query: ResearchTaskListQuery },
      responses: { 200: json(ResearchTaskPage, "A page of research tasks"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listResearchTasks(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/research-tasks",
      tags,
      summary: "Create a research task",
      request: { body: jsonBody(ResearchTaskCreate) },
      responses: { 201: json(ResearchTask, "Created"), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const row = await service.createResearchTask(tenantDepsOf(c), c.req.valid("json"));
      c.header("Location", `/api/v1/research-tasks/${row.id}`);
      c.header("ETag", etag(row.version));
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/research-tasks/{id}",
      tags,
      summary: "Get a research task",
      request: { params: IdParam },
      responses: { 200: json(ResearchTask, "The research task"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await service.getResearchTask(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/research-tasks/{id}",
      tags,
      summary: "Change a research task (If-Match or version guards against lost updates)",
      request: { params: IdParam, body: jsonBody(ResearchTaskUpdate) },
      responses: { 200: json(ResearchTask, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await service.updateResearchTask(
        tenantDepsOf(c),
        c.req.valid("param").id,
        input,
        expectedVersion(c, input.version),
      );
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/research-tasks/{id}",
      tags,
      summary: "Delete a research task",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteResearchTask(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
