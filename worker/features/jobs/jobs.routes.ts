import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { holderOf } from "../../lib/socket-gate";
import { IdParam } from "../../lib/zod";
import { requireScope } from "../../middleware/auth";
import type { TenantEnv } from "../../middleware/tenant";
import { createJobNamed } from "./create-job";
import { Job, JobCreate, JobListQuery, JobPage, JobStats, JobTypeInfo, WsTicket } from "./jobs.schema";
import * as service from "./jobs.service";

const tags = ["Jobs"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });

export const jobRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/job-types",
      tags,
      summary: "Job types with their parameter schemas",
      responses: { 200: json(z.array(JobTypeInfo), "Job types"), ...errors(401) },
    }),
    (c) => c.json(service.describeJobTypes(), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/jobs",
      tags,
      summary: "Start a job now or later (runAt or delaySeconds)",
      request: { body: jsonBody(JobCreate) },
      responses: { 202: json(Job, "Accepted"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const job = await createJobNamed(deps(c), c.req.valid("json"));
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/jobs",
      tags,
      summary: "List jobs",
      request: { query: JobListQuery },
      responses: { 200: json(JobPage, "A page of jobs"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listJobs(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/jobs/stats",
      tags,
      summary: "Counts by status and type; average and p95 duration",
      responses: { 200: json(JobStats, "Statistics"), ...errors(401, 403) },
    }),
    async (c) => c.json(await service.jobStats(tenantDepsOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/jobs/{id}",
      tags,
      summary: "A job's live state",
      request: { params: IdParam },
      responses: { 200: json(Job, "The job"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.getJob(deps(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/jobs/{id}/cancel",
      tags,
      summary: "Cancel (idempotent; 409 for a job that already finished otherwise)",
      request: { params: IdParam },
      responses: { 200: json(Job, "Cancelled or cancelling"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => c.json(await service.cancelJob(deps(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/jobs/{id}/retry",
      tags,
      summary: "Start a new attempt of a failed, cancelled or timed-out job",
      request: { params: IdParam },
      responses: { 200: json(Job, "Retrying"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => c.json(await service.retryJob(deps(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/jobs/{id}",
      tags,
      summary: "Delete a finished job",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      await service.deleteJob(deps(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/jobs/{id}/ws-ticket",
      tags,
      summary: "A single-use ticket for the job's WebSocket (browsers cannot send headers)",
      middleware: [requireScope("read")] as const,
      request: { params: IdParam },
      responses: { 200: json(WsTicket, "Ticket"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      await service.getJob(deps(c), id);
      const { ticket, expiresAt } = await service.jobStub(c.env, id).issueTicket(holderOf(c.get("principal")));
      c.header("Cache-Control", "no-store");
      return c.json({ ticket, expiresAt, url: `/api/v1/jobs/${id}/ws?ticket=${ticket}` }, 200);
    },
  );
