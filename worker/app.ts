import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { matchedRoutes } from "hono/route";
import { api } from "./api";
import { createDb } from "./db/client";
import type { AppEnv } from "./env";
import { probeRoutes } from "./features/health/probes.routes";
import { mcpRoutes } from "./features/mcp/mcp.routes";
import { metricsRoutes } from "./features/metrics/metrics.routes";
import { count } from "./features/metrics/recorder";
import { FAMILIES } from "./features/metrics/registry";
import { oauthProtocolRoutes } from "./features/oauth/metadata.routes";
import { AppError, type ErrorBody } from "./lib/errors";
import { defaultBodyLimit } from "./middleware/body-limit";
import { apiCors } from "./middleware/cors";
import { httpMetrics, routeOfMethod } from "./middleware/http-metrics";
import { onRateLimited, rateLimitByIp } from "./middleware/rate-limit";
import { requestContext } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { registerOpenApi } from "./openapi";

export type { ApiType } from "./api";

/** The Worker's HTTP app: request context, the `/api/v1` surface, docs, errors, and the dashboard. */
export const app = new OpenAPIHono<AppEnv>();

app.use(securityHeaders());
app.use(httpMetrics());
onRateLimited((policy) => count(FAMILIES.rateLimited, { policy }));
app.use("/api/*", requestContext());
app.use("/mcp", requestContext());
app.use("/api/*", apiCors());
/** An unknown /api/v1 route answers 404 before a key is asked for: a wrong path is the error to name. */
app.use("/api/v1/*", async function knownRoute(c, next) {
  if (!routeOfMethod(matchedRoutes(c), c.req.method)) return c.notFound();
  await next();
});
const database = createMiddleware<AppEnv>(async function database(c, next) {
  c.set("db", createDb(c.env.DB));
  await next();
});
app.use("/api/*", database);
app.use("/mcp", database);
app.use("/api/*", defaultBodyLimit());

// The document is public: registered before the API, whose key check would otherwise run first.
registerOpenApi(app);
app.route("/api/v1", api);
app.route("/mcp", mcpRoutes());
app.route("/", oauthProtocolRoutes);
app.use("/health", rateLimitByIp());
app.use("/health/ready", rateLimitByIp());
app.route("/health", probeRoutes);
app.route("/metrics", metricsRoutes);
app.get(
  "/api/docs",
  Scalar({
    url: "/api/v1/openapi.json",
    pageTitle: "CommandCenter API",
    cdn: "/vendor/scalar.js",
    withDefaultFonts: false,
    agent: { disabled: true },
  }),
);

/** Paths the Worker owns: an unknown one answers the JSON 404, never the dashboard's HTML. */
const isWorkerPath = (path: string) => path.startsWith("/api/") || /^\/(mcp|health|metrics|oauth)(\/|$)/.test(path);

app.notFound((c) => {
  if (isWorkerPath(c.req.path)) {
    return c.json<ErrorBody>(
      {
        error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` },
        requestId: c.get("requestId") ?? "",
      },
      404,
    );
  }
  return c.env.ASSETS.fetch(c.req.raw);
});

const HTTP_CODES: Partial<Record<number, ErrorBody["error"]["code"]>> = {
  401: "unauthorized",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

app.onError((err, c) => {
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  c.header("X-Request-Id", requestId);
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message }, requestId };
    if (err.details !== undefined) body.error.details = err.details;
    return c.json(body, err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = HTTP_CODES[err.status] ?? "bad_request";
    return c.json<ErrorBody>({ error: { code, message: err.message || "bad request" }, requestId }, err.status);
  }
  console.error(JSON.stringify({ level: "error", msg: "unhandled", requestId, error: String(err), stack: err.stack }));
  return c.json<ErrorBody>(
    { error: { code: "internal", message: "internal error; quote the request id when reporting it" }, requestId },
    500,
  );
});
