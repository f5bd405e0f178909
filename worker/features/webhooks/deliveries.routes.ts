import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import type { TenantEnv } from "../../middleware/tenant";
import { createJob } from "../jobs/create-job";
import { Job } from "../jobs/jobs.schema";
import * as service from "./deliveries.service";
import { recoverWebhooksJob } from "./recover.job";
import {
  DeliveryDetail,
  DeliveryListQuery,
  DeliveryPage,
  DeliveryParams,
  RecoverBody,
  TestSent,
  WebhookStats,
} from "./webhooks.schema";
import { getWebhookRow } from "./webhooks.service";

const tags = ["Webhooks"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });

export const deliveryRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/webhooks/{id}/deliveries",
      tags,
      summary: "An endpoint's delivery log, newest first",
      request: { params: IdParam, query: DeliveryListQuery },
      responses: { 200: json(DeliveryPage, "A page of deliveries"), ...errors(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await service.listDeliveries(tenantDepsOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhooks/{id}/deliveries/{deliveryId}",
      tags,
      summary: "One delivery with its event and every attempt",
      request: { params: DeliveryParams },
      responses: { 200: json(DeliveryDetail, "The delivery"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid("param");
      return c.json(await service.getDelivery(tenantDepsOf(c), id, deliveryId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
      tags,
      summary: "Send a delivery once more now (one attempt)",
      request: { params: DeliveryParams },
      responses: { 202: json(DeliveryDetail, "Queued"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid("param");
      return c.json(await service.retryDelivery(deps(c), id, deliveryId), 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhooks/{id}/recover",
      tags,
      summary: "Re-send every failed or exhausted delivery since a time, as a job",
      request: { params: IdParam, body: jsonBody(RecoverBody) },
      responses: { 202: json(Job, "The recovery job"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const endpointId = c.req.valid("param").id;
      await getWebhookRow(tenantDepsOf(c), endpointId);
      const since = new Date(c.req.valid("json").since).toISOString();
      const job = await createJob(deps(c), recoverWebhooksJob, { endpointId, since });
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/webhooks/{id}/test",
      tags,
      summary: "Send a `webhook.test` event to this endpoint only",
      request: { params: IdParam },
      responses: { 202: json(TestSent, "Queued"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => c.json(await service.sendTestEvent(deps(c), c.req.valid("param").id), 202),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/webhooks/{id}/stats",
      tags,
      summary: "Counts by state, success rates and p95 attempt duration",
      request: { params: IdParam },
      responses: { 200: json(WebhookStats, "Statistics"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.deliveryStats(tenantDepsOf(c), c.req.valid("param").id), 200),
  );
