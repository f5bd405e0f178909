import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { depsOf } from "../../lib/context";
import { createAuthRouter, errors, json, jsonBody } from "../../lib/openapi";
import { type AuthEnv, requireScope } from "../../middleware/auth";
import { portfolioDependencies } from "./dependencies.service";
import { portfolioGaps } from "./gaps.service";
import { deleteLink, listLinks, setLink } from "./links.service";
import {
  DependencyPage,
  DependencyQuery,
  GapsQuery,
  Link,
  LinkCreate,
  LinkList,
  LinkParam,
  MatrixQuery,
  PortfolioGaps,
  PortfolioMatrix,
  PortfolioRadar,
  PortfolioSearchQuery,
  PortfolioSearchResult,
  RadarQuery,
} from "./portfolio.schema";
import { portfolioMatrix, portfolioRadar } from "./radar.service";
import { portfolioSearch } from "./search.service";
import type { PortfolioDeps } from "./visibility";

const tags = ["Portfolio"];

/** Portfolio services' deps: who asks decides which projects they see. */
export const portfolioDepsOf = (c: Context<AuthEnv>): PortfolioDeps => ({
  ...depsOf(c),
  principal: c.get("principal"),
});

/**
 * The portfolio across projects (instance-level: not under the tenant sub-app). An instance key
 * sees every project; a project key sees its own project only.
 */
export const portfolioRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/radar",
      tags,
      summary: "One radar across the visible projects: technologies matched by name and 'same as' links",
      middleware: [requireScope("read")] as const,
      request: { query: RadarQuery },
      responses: { 200: json(PortfolioRadar, "Blips, most used first"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await portfolioRadar(portfolioDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/matrix",
      tags,
      summary: "Adoption matrix: technology × project with the ring in each cell, paged by key",
      middleware: [requireScope("read")] as const,
      request: { query: MatrixQuery },
      responses: { 200: json(PortfolioMatrix, "A page of rows"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await portfolioMatrix(portfolioDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/dependencies",
      tags,
      summary: "Dependency drift: versions in use per repository, majors, repositories behind the newest",
      middleware: [requireScope("read")] as const,
      request: { query: DependencyQuery },
      responses: { 200: json(DependencyPage, "Packages, most lagging first"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await portfolioDependencies(portfolioDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/gaps",
      tags,
      summary: "Research gaps (used, never researched; stale evaluations) and duplicate research across projects",
      middleware: [requireScope("read")] as const,
      request: { query: GapsQuery },
      responses: { 200: json(PortfolioGaps, "The gaps"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await portfolioGaps(portfolioDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/search",
      tags,
      summary: "Knowledge search over every visible project, hits labelled by project",
      middleware: [requireScope("read")] as const,
      request: { query: PortfolioSearchQuery },
      responses: { 200: json(PortfolioSearchResult, "Hits merged by score"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await portfolioSearch({ ...portfolioDepsOf(c), env: c.env }, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/portfolio/links",
      tags,
      summary: "The 'same as' links between technology names",
      middleware: [requireScope("read")] as const,
      responses: { 200: json(LinkList, "Links"), ...errors(401, 403) },
    }),
    async (c) => c.json(await listLinks(portfolioDepsOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/portfolio/links",
      tags,
      summary: "Say one technology name is the same as another across projects (instance admin)",
      middleware: [requireScope("admin")] as const,
      request: { body: jsonBody(LinkCreate) },
      responses: { 201: json(Link, "The link"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await setLink(portfolioDepsOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/portfolio/links/{alias}",
      tags,
      summary: "Undo a 'same as' link (instance admin)",
      middleware: [requireScope("admin")] as const,
      request: { params: LinkParam },
      responses: { 204: { description: "Removed" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await deleteLink(portfolioDepsOf(c), c.req.valid("param").alias);
      return c.body(null, 204);
    },
  );
