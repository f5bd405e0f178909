import { Hono } from "hono";
import { createDb } from "../../db/client";
import type { AppEnv } from "../../env";
import type { ErrorBody } from "../../lib/errors";
import { exposition } from "./exposition";
import { scrapeGauges } from "./gauges";
import { flushMetrics } from "./recorder";

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}

/** Whether `presented` is the metrics token, compared in constant time (over both digests). */
export async function isMetricsToken(presented: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(presented), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

const refuse = (status: 401 | 404, code: ErrorBody["error"]["code"], message: string, requestId: string) =>
  Response.json({ error: { code, message }, requestId } satisfies ErrorBody, {
    status,
    headers: status === 401 ? { "WWW-Authenticate": 'Bearer realm="metrics"' } : {},
  });

/**
 * `GET /metrics`: the Prometheus text exposition, for a scraper holding `METRICS_TOKEN` (a Worker
 * secret) as its bearer token. Without the secret set the path answers 404: metrics are off.
 * Flushes this isolate's own counts first, then reads the roll-up and the D1 gauges.
 */
export const metricsRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const requestId = c.get("requestId") ?? "";
  const expected = c.env.METRICS_TOKEN;
  if (!expected) return refuse(404, "not_found", "metrics are off: set the METRICS_TOKEN secret", requestId);
  const presented = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (!presented || !(await isMetricsToken(presented, expected))) {
    return refuse(401, "unauthorized", "send the metrics token as 'Authorization: Bearer <METRICS_TOKEN>'", requestId);
  }
  await flushMetrics(c.env.DB);
  const db = createDb(c.env.DB);
  const [rows, gauges] = await Promise.all([db.query.metricCounters.findMany(), scrapeGauges(db)]);
  const body = exposition(new Map(rows.map((r) => [r.series, r.value])), gauges);
  return c.body(body, 200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store" });
});
