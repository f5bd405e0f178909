import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createAuthRouter, errors, json, jsonBody } from "../../../lib/openapi";
import { type AuthEnv, requireScope } from "../../../middleware/auth";
import { notifyEventStream } from "../../events/events.service";
import { portfolioDepsOf } from "../portfolio.routes";
import {
  DriftDismiss,
  DriftItem,
  DriftListQuery,
  DriftMove,
  DriftPage,
  DriftParam,
  DriftResearch,
  DriftResearchResult,
} from "../portfolio.schema";
import { dismissDrift, getDrift, listDrift, moveDrift, researchDrift } from "./drift.service";

const tags = ["Portfolio"];

/**
 * An action on an item wrote events in the item's project (drift.dismissed, the moved technology's
 * or the new task's): wake that project's live event stream, as the tenant routes do after a write.
 */
function woken<T extends { projectId: string }>(c: Context<AuthEnv>, item: T): T {
  c.executionCtx.waitUntil(notifyEventStream(c.env, item.projectId));
  return item;
}

/** The drift inbox across the visible projects, and the three things one can do with an item. */
export const driftRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/drift",
      tags,
      summary: "Radar-vs-code drift items, newest first (open ones unless `state` says otherwise)",
      middleware: [requireScope("read")] as const,
      request: { query: DriftListQuery },
      responses: { 200: json(DriftPage, "A page of drift items"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await listDrift(portfolioDepsOf(c), { ...q, state: q.state ?? ["open"] }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/drift/{id}",
      tags,
      summary: "One drift item with its evidence (file and line)",
      middleware: [requireScope("read")] as const,
      request: { params: DriftParam },
      responses: { 200: json(DriftItem, "The item"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await getDrift(portfolioDepsOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/portfolio/drift/{id}/dismiss",
      tags,
      summary: "Dismiss an open item with a reason (kept in the audit log)",
      middleware: [requireScope("write")] as const,
      request: { params: DriftParam, body: jsonBody(DriftDismiss) },
      responses: { 200: json(DriftItem, "The dismissed item"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        woken(c, await dismissDrift(portfolioDepsOf(c), c.req.valid("param").id, c.req.valid("json").reason)),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/portfolio/drift/{id}/move",
      tags,
      summary: "Move the item's technology to a status (or put it on the radar), then re-check the drift",
      middleware: [requireScope("write")] as const,
      request: { params: DriftParam, body: jsonBody(DriftMove) },
      responses: { 200: json(DriftItem, "The item after the re-check"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        woken(c, await moveDrift({ ...portfolioDepsOf(c), env: c.env }, c.req.valid("param").id, c.req.valid("json"))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/portfolio/drift/{id}/research-task",
      tags,
      summary: "Open a research task about the item's technology in its project",
      middleware: [requireScope("write")] as const,
      request: { params: DriftParam, body: jsonBody(DriftResearch) },
      responses: { 201: json(DriftResearchResult, "The task and the item"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const made = await researchDrift(portfolioDepsOf(c), c.req.valid("param").id, c.req.valid("json"));
      woken(c, made.item);
      return c.json(made, 201);
    },
  );
