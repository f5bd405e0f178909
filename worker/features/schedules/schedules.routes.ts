import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag, expectedVersion } from "../../lib/concurrency";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import type { TenantEnv } from "../../middleware/tenant";
import { Job } from "../jobs/jobs.schema";
import { runScheduleNow } from "./dispatch";
import {
  EnableQuery,
  PreviewQuery,
  Schedule,
  ScheduleCreate,
  ScheduleListQuery,
  SchedulePage,
  SchedulePreview,
  ScheduleUpdate,
} from "./schedules.schema";
import * as service from "./schedules.service";

const tags = ["Schedules"];

/** Answers a schedule with its ETag. */
const withEtag = <R extends { version: number }>(c: Context<TenantEnv>, row: R): R => {
  c.header("ETag", etag(row.version));
  return row;
};

export const scheduleRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/schedules",
      tags,
      summary: "List schedules",
      request: { query: ScheduleListQuery },
      responses: { 200: json(SchedulePage, "A page of schedules"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listSchedules(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/schedules",
      tags,
      summary: "Create a schedule (409 if an enabled one already runs the same job at overlapping times)",
      request: { body: jsonBody(ScheduleCreate) },
      responses: { 201: json(Schedule, "Created"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const row = await service.createSchedule(tenantDepsOf(c), c.req.valid("json"));
      c.header("Location", `/api/v1/schedules/${row.id}`);
      return c.json(withEtag(c, row), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/schedules/preview",
      tags,
      summary: "Preview timing fields as typed: the next 10 runs and a description",
      request: { query: PreviewQuery },
      responses: { 200: json(SchedulePreview, "Preview"), ...errors(400, 401, 403) },
    }),
    (c) => c.json(service.previewTiming(c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/schedules/{id}",
      tags,
      summary: "Get a schedule",
      request: { params: IdParam },
      responses: { 200: json(Schedule, "The schedule"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(withEtag(c, await service.getSchedule(tenantDepsOf(c), c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/schedules/{id}",
      tags,
      summary: "Change a schedule (If-Match or version guards against lost updates)",
      request: { params: IdParam, body: jsonBody(ScheduleUpdate) },
      responses: { 200: json(Schedule, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const id = c.req.valid("param").id;
      const row = await service.updateSchedule(tenantDepsOf(c), id, input, expectedVersion(c, input.version));
      return c.json(withEtag(c, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/schedules/{id}",
      tags,
      summary: "Delete a schedule (jobs it started are kept)",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await service.deleteSchedule(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/schedules/{id}/enable",
      tags,
      summary: "Enable: the next run is computed from now (409 on overlap unless ?force=true)",
      request: { params: IdParam, query: EnableQuery },
      responses: { 200: json(Schedule, "Enabled"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { force } = c.req.valid("query");
      const row = await service.setEnabled(tenantDepsOf(c), c.req.valid("param").id, true, force ?? false);
      return c.json(withEtag(c, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/schedules/{id}/disable",
      tags,
      summary: "Disable: no further runs until enabled again",
      request: { params: IdParam },
      responses: { 200: json(Schedule, "Disabled"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(withEtag(c, await service.setEnabled(tenantDepsOf(c), c.req.valid("param").id, false)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/schedules/{id}/run",
      tags,
      summary: "Run now: start the schedule's job at once (its next run is unchanged)",
      request: { params: IdParam },
      responses: { 202: json(Job, "The job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const job = await runScheduleNow({ ...tenantDepsOf(c), env: c.env }, c.req.valid("param").id);
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/schedules/{id}/preview",
      tags,
      summary: "The next 10 run times in the schedule's timezone and a human-readable description",
      request: { params: IdParam },
      responses: { 200: json(SchedulePreview, "Preview"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.previewSchedule(tenantDepsOf(c), c.req.valid("param").id), 200),
  );
