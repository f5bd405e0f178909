import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json } from "../../lib/openapi";
import { pageQuery } from "../../lib/pagination";
import { IdParam } from "../../lib/zod";
import { routeBodyLimit } from "../../middleware/body-limit";
import type { TenantEnv } from "../../middleware/tenant";
import { Job } from "../jobs/jobs.schema";
import { AnalyseRequest, Analysis, AnalysisPage, Evidence } from "./analyses.schema";
import * as service from "./analyses.service";

const tags = ["Repository analysis"];
const deps = (c: Context<TenantEnv>) => ({ ...tenantDepsOf(c), env: c.env });
const snapshotLimit = routeBodyLimit(
  service.MAX_SNAPSHOT_BYTES,
  `archives are limited to ${service.MAX_SNAPSHOT_BYTES / 1024 / 1024} MiB`,
);

export const analysisRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/repositories/{id}/snapshots",
      tags,
      summary: "Upload a .tar.gz or .zip of the repository and start its analysis (max 25 MiB)",
      middleware: [snapshotLimit] as const,
      request: {
        params: IdParam,
        body: {
          required: true,
          content: {
            "application/gzip": { schema: z.string().openapi({ format: "binary" }) },
            "application/zip": { schema: z.string().openapi({ format: "binary" }) },
            "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
          },
        },
      },
      responses: { 202: json(Job, "Analysis job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const job = await service.analyseSnapshot(deps(c), c.req.valid("param").id, bytes);
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/repositories/{id}/analyse",
      tags,
      summary: "Analyse a GitHub repository through its REST API",
      request: {
        params: IdParam,
        body: { required: false, content: { "application/json": { schema: AnalyseRequest } } },
      },
      responses: { 202: json(Job, "Analysis job started"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const job = await service.analyseFromGitHub(deps(c), c.req.valid("param").id, c.req.valid("json")?.ref);
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/repositories/{id}/analyses",
      tags,
      summary: "A repository's analyses, newest first",
      request: { params: IdParam, query: z.object(pageQuery) },
      responses: { 200: json(AnalysisPage, "Analyses"), ...errors(401, 403, 404) },
    }),
    async (c) =>
      c.json(await service.listAnalyses(tenantDepsOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/analyses/{id}",
      tags,
      summary: "One analysis: languages, dependencies, technologies with evidence, problems",
      request: { params: IdParam },
      responses: { 200: json(Analysis, "The analysis"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await service.getAnalysis(tenantDepsOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/technologies/{id}/evidence",
      tags,
      summary: "Where analyses saw this technology",
      request: { params: IdParam },
      responses: { 200: json(z.object({ data: z.array(Evidence) }), "Evidence"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json({ data: await service.technologyEvidenceOf(tenantDepsOf(c), c.req.valid("param").id) }, 200),
  );
