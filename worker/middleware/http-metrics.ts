import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv } from "../env";
import { count, flushSoon, observe } from "../features/metrics/recorder";
import { FAMILIES } from "../features/metrics/registry";

/**
 * Counts every answer the Worker gives by route template (`/api/v1/technologies/:id`, so ids never
 * become labels; paths no route matched count as `unmatched`), method and status class, and times
 * it. A few map updates per request; the counts reach D1 in the background every few seconds.
 * With the `METRICS` setting "off" it records nothing (the request families stay where they were).
 */
export function httpMetrics() {
  return createMiddleware<AppEnv>(async function httpMetrics(c, next) {
    if (c.env.METRICS === "off") return next();
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
