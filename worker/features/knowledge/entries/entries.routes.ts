import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag, expectedVersion } from "../../../lib/concurrency";
import { tenantDepsOf } from "../../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../../lib/openapi";
import { IdParam } from "../../../lib/zod";
import type { TenantEnv } from "../../../middleware/tenant";
import { knowledgeDeps } from "../deps";
import {
  KnowledgeEntry,
  KnowledgeEntryCreate,
  KnowledgeEntryListQuery,
  KnowledgeEntryPage,
  KnowledgeEntryUpdate,
} from "./entries.schema";
import * as service from "./entries.service";

const tags = ["Knowledge"];
const deps = (c: Context<TenantEnv>) => knowledgeDeps({ ...tenantDepsOf(c), env: c.env });

/** Knowledge entries: notes and ADRs written through the API, with their text on the row. */
export const entryRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/entries",
      tags,
      summary: "List knowledge entries",
      request: { query: KnowledgeEntryListQuery },
      responses: { 200: json(KnowledgeEntryPage, "A page of knowledge entries"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listKnowledgeEntries(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/entries",
      tags,
      summary: "Add a knowledge entry",
      description:
        "Linked `technologyIds` and `feedId` must be the project's own (404 otherwise, nothing written). " +
        "`sourceKey`, when sent, identifies the entry: sending an entry whose `sourceKey` is taken answers " +
        "200 with the existing entry when it already holds exactly these fields (a retried or concurrent " +
        "duplicate request) and 409 when it holds something else (change it with PATCH).",
      request: { body: jsonBody(KnowledgeEntryCreate) },
      responses: {
        201: json(KnowledgeEntry, "Created"),
        200: json(KnowledgeEntry, "Unchanged: an entry with this sourceKey already holds these fields"),
        ...errors(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { entry, created } = await service.createKnowledgeEntry(deps(c), c.req.valid("json"));
      c.header("Location", `/api/v1/knowledge/entries/${entry.id}`);
      c.header("ETag", etag(entry.version));
      if (created) return c.json(entry, 201);
      return c.json(entry, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/entries/{id}",
      tags,
      summary: "Get a knowledge entry",
      request: { params: IdParam },
      responses: { 200: json(KnowledgeEntry, "The knowledge entry"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await service.getKnowledgeEntry(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/knowledge/entries/{id}",
      tags,
      summary: "Change a knowledge entry (If-Match or version guards against lost updates)",
      description:
        "Linked `technologyIds` and `feedId` must be the project's own (404 otherwise); a `sourceKey` " +
        "another entry has is 409. Nothing is written in either case.",
      request: { params: IdParam, body: jsonBody(KnowledgeEntryUpdate) },
      responses: { 200: json(KnowledgeEntry, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await service.updateKnowledgeEntry(
        deps(c),
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
      path: "/knowledge/entries/{id}",
      tags,
      summary: "Delete a knowledge entry",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteKnowledgeEntry(deps(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
