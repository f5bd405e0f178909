import { createRoute, z } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { createJob } from "../jobs/create-job";
import { Job } from "../jobs/jobs.schema";
import { analyseBatchJob } from "../repository-analysis/analyse-batch.job";
import { BatchTechnologies, BatchTechnologiesResult } from "./batch.schema";
import { batchTechnologies } from "./batch.service";

const BatchAnalyses = z
  .object({
    repositoryIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: "Default: every GitHub repository" }),
    concurrency: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .openapi({ description: "Child jobs at a time (default 3)" }),
  })
  .strict()
  .openapi("BatchAnalyses");

export const batchRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/batch/analyses",
      tags: ["Batch"],
      summary: "Analyse many repositories: a parent job runs one child job per repository, a few at a time",
      request: { body: jsonBody(BatchAnalyses) },
      responses: { 202: json(Job, "Parent job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const job = await createJob({ ...tenantDepsOf(c), env: c.env }, analyseBatchJob, {
        repositoryIds: body.repositoryIds,
        concurrency: body.concurrency ?? 3,
      });
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/batch/technologies",
      tags: ["Batch"],
      summary: "Set status, priority, domain or tags on many technologies (ids or a filter, at most 500)",
      request: { body: jsonBody(BatchTechnologies) },
      responses: {
        200: json(BatchTechnologiesResult, "What happened to each technology"),
        ...errors(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await batchTechnologies(tenantDepsOf(c), c.req.valid("json")), 200),
  );
