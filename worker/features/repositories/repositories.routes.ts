import { createRoute } from "@hono/zod-openapi";
import { etag, expectedVersion } from "../../lib/concurrency";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import {
  Repository,
  RepositoryCreate,
  RepositoryListQuery,
  RepositoryPage,
  RepositoryUpdate,
} from "./repositories.schema";
import * as service from "./repositories.service";

const tags = ["Repositories"];

export const repositoryRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/repositories",
      tags,
      summary: "List repositories",
      request: { query: RepositoryListQuery },
      responses: { 200: json(RepositoryPage, "A page of repositories"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listRepositories(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/repositories",
      tags,
      summary: "Register a repository",
      request: { body: jsonBody(RepositoryCreate) },
      responses: { 201: json(Repository, "Created"), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const row = await service.createRepository(tenantDepsOf(c), c.req.valid("json"));
      c.header("Location", `/api/v1/repositories/${row.id}`);
      c.header("ETag", etag(row.version));
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/repositories/{id}",
      tags,
      summary: "Get a repository",
      request: { params: IdParam },
      responses: { 200: json(Repository, "The repository"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await service.getRepository(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/repositories/{id}",
      tags,
      summary: "Change a repository (If-Match or version guards against lost updates)",
      request: { params: IdParam, body: jsonBody(RepositoryUpdate) },
      responses: { 200: json(Repository, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await service.updateRepository(
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
      path: "/repositories/{id}",
      tags,
      summary: "Remove a repository",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteRepository(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
