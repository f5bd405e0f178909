import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../../lib/openapi";
import { IdParam } from "../../../lib/zod";
import type { TenantEnv } from "../../../middleware/tenant";
import { Job } from "../../jobs/jobs.schema";
import { FeedCreate, FeedListQuery, FeedPage, FeedWithJob, KnowledgeFeed } from "./feeds.schema";
import * as feeds from "./feeds.service";

const tags = ["Knowledge"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });

export const feedRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/feeds",
      tags,
      summary: "Follow an RSS or Atom feed; its items become documents (polled by knowledge.poll_feed jobs)",
      description:
        "A URL the project already follows answers 409 naming that feed, also when several requests create it at " +
        "once (one 201, the rest 409). `technologyIds` must be the project's own (404 otherwise, nothing written).",
      request: { body: jsonBody(FeedCreate) },
      responses: { 201: json(FeedWithJob, "Following, first poll started"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const created = await feeds.createFeed(deps(c), c.req.valid("json"));
      c.header("Location", `/api/v1/knowledge/feeds/${created.feed.id}`);
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/feeds",
      tags,
      summary: "List followed feeds",
      request: { query: FeedListQuery },
      responses: { 200: json(FeedPage, "Feeds"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await feeds.listFeeds(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/feeds/{id}",
      tags,
      summary: "Get a feed with its last poll",
      request: { params: IdParam },
      responses: { 200: json(KnowledgeFeed, "The feed"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await feeds.getFeed(tenantDepsOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/feeds/{id}/poll",
      tags,
      summary: "Poll a feed now",
      request: { params: IdParam },
      responses: { 202: json(Job, "Poll job started"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const job = await feeds.pollFeed(deps(c), c.req.valid("param").id);
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/knowledge/feeds/{id}",
      tags,
      summary: "Stop following a feed (its documents stay)",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await feeds.deleteFeed(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
