import { createRoute } from "@hono/zod-openapi";
import { depsOf } from "../../lib/context";
import { createAuthRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyListQuery, ApiKeyPage } from "./keys.schema";
import * as service from "./keys.service";

const tags = ["API keys"];

export const keyRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/keys",
      tags,
      summary: "List API keys (admin scope; never shows secrets)",
      request: { query: ApiKeyListQuery },
      responses: { 200: json(ApiKeyPage, "A page of keys"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listKeys(depsOf(c), c.get("principal"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/keys",
      tags,
      summary: "Create an API key; the secret is in this answer and never again",
      request: { body: jsonBody(ApiKeyCreate) },
      responses: { 201: json(ApiKeyCreated, "Created"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const created = await service.createKey(depsOf(c), c.get("principal"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/keys/{id}",
      tags,
      summary: "Get an API key",
      request: { params: IdParam },
      responses: { 200: json(ApiKey, "The key"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.getKey(depsOf(c), c.get("principal"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/keys/{id}/revoke",
      tags,
      summary: "Revoke an API key immediately (idempotent)",
      request: { params: IdParam },
      responses: { 200: json(ApiKey, "Revoked"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.revokeKey(depsOf(c), c.get("principal"), c.req.valid("param").id), 200),
  );
