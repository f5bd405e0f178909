import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag, expectedVersion } from "../../lib/concurrency";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import type { TenantEnv } from "../../middleware/tenant";
import {
  SecretRotation,
  Webhook,
  WebhookCreate,
  WebhookListQuery,
  WebhookPage,
  WebhookUpdate,
  WebhookWithSecret,
} from "./webhooks.schema";
import * as service from "./webhooks.service";

const tags = ["Webhooks"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });

export const webhookRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/webhooks",
      tags,
      summary: "List webhook endpoints (secrets are never shown again)",
      request: { query: WebhookListQuery },
      responses: { 200: json(WebhookPage, "A page of endpoints"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listWebhooks(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhooks",
      tags,
      summary: "Register an endpoint; the answer holds its signing secret, shown this once",
      request: { body: jsonBody(WebhookCreate) },
      responses: { 201: json(WebhookWithSecret, "Created"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const row = await service.createWebhook(deps(c), c.req.valid("json"));
      c.header("Location", `/api/v1/webhooks/${row.id}`);
      c.header("ETag", etag(row.version));
      c.header("Cache-Control", "no-store");
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhooks/{id}",
      tags,
      summary: "Get an endpoint",
      request: { params: IdParam },
      responses: { 200: json(Webhook, "The endpoint"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await service.getWebhook(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/webhooks/{id}",
      tags,
      summary: "Change an endpoint (enabling it again clears why it was disabled)",
      request: { params: IdParam, body: jsonBody(WebhookUpdate) },
      responses: { 200: json(Webhook, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const id = c.req.valid("param").id;
      const row = await service.updateWebhook(deps(c), id, input, expectedVersion(c, input.version));
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/webhooks/{id}",
      tags,
      summary: "Remove an endpoint with its delivery log",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteWebhook(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhooks/{id}/rotate-secret",
      tags,
      summary: "New signing secret, shown once; the old one keeps signing for 24 hours",
      request: { params: IdParam },
      responses: { 200: json(SecretRotation, "The new secret"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await service.rotateWebhookSecret(deps(c), c.req.valid("param").id), 200);
    },
  );
