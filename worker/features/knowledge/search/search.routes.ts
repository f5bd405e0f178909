import { createRoute } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../../lib/context";
import { createTenantRouter, errors, json } from "../../../lib/openapi";
import { observe } from "../../metrics/recorder";
import { FAMILIES } from "../../metrics/registry";
import { knowledgeDeps } from "../deps";
import { reindexIfStale } from "../indexing/stale";
import { SearchQuery, SearchResult } from "./search.schema";
import { searchKnowledge } from "./search.service";

export const searchRoutes = createTenantRouter().openapi(
  createRoute({
    method: "get",
    path: "/knowledge/search",
    tags: ["Knowledge"],
    summary: "Search the project's knowledge by keyword, by meaning, or both (hybrid, the default)",
    request: { query: SearchQuery },
    responses: { 200: json(SearchResult, "Matching chunks grouped by document"), ...errors(400, 401, 403) },
  }),
  async (c) => {
    const timings: Record<string, number> = {};
    const query = c.req.valid("query");
    const started = performance.now();
    const deps = knowledgeDeps({ ...tenantDepsOf(c), env: c.env });
    const result = await searchKnowledge(deps, query, timings);
    if (query.mode !== "keyword") c.executionCtx.waitUntil(reindexIfStale(deps).catch(() => null));
    observe(FAMILIES.searchDuration, { mode: query.mode }, (performance.now() - started) / 1000);
    c.header(
      "Server-Timing",
      Object.entries(timings)
        .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
        .join(", "),
    );
    return c.json(result, 200);
  },
);
