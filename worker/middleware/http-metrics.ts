import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv } from "../env";
import { count, flushSoon, observe } from "../features/metrics/recorder";
import { FAMILIES } from "../features/metrics/registry";

/**
 * Counts every answer the Worker gives by route template (`/api/v1/technologies/:id`, so ids never
 * become labels; paths no route matched count as `unmatched`), method and status class, and times
 * it. A few map updates per request; the counts reach D1 in the background every few seconds.
 */
export function httpMetrics() {
  return createMiddleware<AppEnv>(async function httpMetrics(c, next) {
    const started = performance.now();
    await next();
    const matched = routePath(c, -1);
    const route = matched === "/*" || matched === "*" ? "unmatched" : matched;
    const method = c.req.method;
    count(FAMILIES.httpRequests, { route, method, status: `${Math.floor(c.res.status / 100)}xx` });
    observe(FAMILIES.httpDuration, { route, method }, (performance.now() - started) / 1000);
    flushSoon(c.env.DB, (p) => c.executionCtx.waitUntil(p));
  });
}
