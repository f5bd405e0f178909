import { createRoute, z } from "@hono/zod-openapi";
import { etag, expectedVersion } from "../../lib/concurrency";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { pageQuery } from "../../lib/pagination";
import { IdParam } from "../../lib/zod";
import { radarAsOf, radarMoment } from "./radar.service";
import { listTechnologies } from "./technologies.list";
import {
  Radar,
  RadarQuery,
  Technology,
  TechnologyCreate,
  TechnologyEventPage,
  TechnologyListQuery,
  TechnologyPage,
  TechnologyStats,
  TechnologyUpdate,
} from "./technologies.schema";
import * as service from "./technologies.service";

const tags = ["Technologies"];

export const technologyRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies/radar",
      tags,
      summary: "The radar, optionally as it stood at a date (replayed from history)",
      request: { query: RadarQuery },
      responses: { 200: json(Radar, "Blips with ring and movement"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      return c.json(await radarAsOf(tenantDepsOf(c), radarMoment(c.req.valid("query").asOf)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies/stats",
      tags,
      summary: "Counts by status, domain and ring",
      responses: { 200: json(TechnologyStats, "Counts"), ...errors(401, 403) },
    }),
    async (c) => c.json(await service.technologyStats(tenantDepsOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies",
      tags,
      summary: "List technologies",
      request: { query: TechnologyListQuery },
      responses: { 200: json(TechnologyPage, "A page of technologies"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await listTechnologies(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/technologies",
      tags,
      summary: "Add a technology to the radar",
      request: { body: jsonBody(TechnologyCreate) },
      responses: { 201: json(Technology, "Created"), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const row = await service.createTechnology(tenantDepsOf(c), c.req.valid("json"));
      c.header("Location", `/api/v1/technologies/${row.id}`);
      c.header("ETag", etag(row.version));
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies/{id}",
      tags,
      summary: "Get a technology",
      request: { params: IdParam },
      responses: { 200: json(Technology, "The technology"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await service.getTechnology(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(row, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/technologies/{id}",
      tags,
      summary: "Change a technology (If-Match or version guards against lost updates)",
      request: { params: IdParam, body: jsonBody(TechnologyUpdate) },
      responses: { 200: json(Technology, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await service.updateTechnology(
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
      path: "/technologies/{id}",
      tags,
      summary: "Remove a technology and its history",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteTechnology(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies/{id}/history",
      tags,
      summary: "A technology's status, ring and priority moves, newest first",
      request: { params: IdParam, query: z.object(pageQuery) },
      responses: { 200: json(TechnologyEventPage, "History"), ...errors(401, 403, 404) },
    }),
    async (c) =>
      c.json(await service.technologyHistory(tenantDepsOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
