import { createRoute, z } from "@hono/zod-openapi";
import { etag, expectedVersion } from "../../lib/concurrency";
import { depsOf } from "../../lib/context";
import { createAuthRouter, errors, json, jsonBody } from "../../lib/openapi";
import { Project, ProjectCreate, ProjectListQuery, ProjectPage, ProjectUpdate } from "./projects.schema";
import * as service from "./projects.service";

const tags = ["Projects"];
const ProjectParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, description: "Project id or slug" }),
});

export const projectRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/projects",
      tags,
      summary: "List the projects this key can see",
      request: { query: ProjectListQuery },
      responses: { 200: json(ProjectPage, "A page of projects"), ...errors(400, 401) },
    }),
    async (c) => c.json(await service.listProjects(depsOf(c), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects",
      tags,
      summary: "Create a project (instance admin)",
      request: { body: jsonBody(ProjectCreate) },
      responses: { 201: json(Project, "Created"), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const row = await service.createProject(depsOf(c), c.get("principal"), c.req.valid("json"));
      c.header("Location", `/api/v1/projects/${row.id}`);
      c.header("ETag", etag(row.version));
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/{id}",
      tags,
      summary: "Get a project",
      request: { params: ProjectParam },
      responses: { 200: json(Project, "The project"), ...errors(401, 404) },
    }),
    async (c) => {
      const row = await service.getProject(depsOf(c), c.get("principal"), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/projects/{id}",
      tags,
      summary: "Change a project (admin scope)",
      request: { params: ProjectParam, body: jsonBody(ProjectUpdate) },
      responses: { 200: json(Project, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await service.updateProject(
        depsOf(c),
        c.get("principal"),
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
      path: "/projects/{id}",
      tags,
      summary: "Delete a project and all its data (instance admin)",
      request: { params: ProjectParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteProject(depsOf(c), c.get("principal"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
