import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "../env";
import { type Counter, counter, flushSoon, type Histogram, histogram } from "../features/metrics/recorder";
import { FAMILIES } from "../features/metrics/registry";

/** Methods counted under their own name; any other method a client sends is counted as `other`. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The request families' series for one route template, method and status class, rendered once. */
interface AnswerSeries {
  requests: Counter;
  duration: Histogram;
}
const byAnswer = new Map<string, AnswerSeries>();

function answerSeries(route: string, method: string, status: number): AnswerSeries {
  const statusClass = `${Math.floor(status / 100)}xx`;
  const key = `${method} ${statusClass} ${route}`;
  let found = byAnswer.get(key);
  if (!found) {
    found = {
      requests: counter(FAMILIES.httpRequests, { route, method, status: statusClass }),
      duration: histogram(FAMILIES.httpDuration, { route, method }),
    };
    byAnswer.set(key, found);
  }
  return found;
}

/**
 * Counts every answer the Worker gives by route template (`/api/v1/technologies/:id`, so ids never
 * become labels; paths no route matched count as `unmatched`), method and status class, and times
 * it. A request costs one map lookup and a few additions (series names are rendered once per
 * route, method and status class); the counts reach D1 in the background every few seconds.
 * With the `METRICS` setting "off" it records nothing (the request families stay where they were).
 */
export function httpMetrics() {
  return createMiddleware<AppEnv>(async function httpMetrics(c, next) {
    if (c.env.METRICS === "off") return next();
    const started = performance.now();
    await next();
    const method = METHODS.has(c.req.method) ? c.req.method : "other";
    const series = answerSeries(answeringRoute(matchedRoutes(c), c.req.method), method, c.res.status);
    series.requests.add();
    series.duration.observe((performance.now() - started) / 1000);
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
