import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
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
    const method = c.req.method;
    const route = answeringRoute(matchedRoutes(c), method);
    count(FAMILIES.httpRequests, { route, method, status: `${Math.floor(c.res.status / 100)}xx` });
    observe(FAMILIES.httpDuration, { route, method }, (performance.now() - started) / 1000);
    flushSoon(c.env.DB, (p) => c.executionCtx.waitUntil(p));
  });
}

/**
 * The template of the route that answered: the first matched route registered for the request's
 * method (HEAD is served by GET routes), else the last matched route that is not a wildcard (a
 * handler mounted for every method), else `unmatched`. Middleware registered after the handler
 * also matches the path (`/api/v1/*`) but never answers, so the last match is not the answer.
 */
export function answeringRoute(routes: readonly { method: string; path: string }[], method: string): string {
  const handler = routeOfMethod(routes, method) ?? routes.findLast((r) => r.method === "ALL" && !r.path.endsWith("*"));
  return handler?.path ?? "unmatched";
}

/** The first matched route registered for `method` (HEAD is served by GET routes), if any. */
export function routeOfMethod<R extends { method: string }>(routes: readonly R[], method: string): R | undefined {
  const wanted = method === "HEAD" ? "GET" : method;
  return routes.find((r) => r.method === wanted);
}
