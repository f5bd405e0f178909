import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { every, except } from "hono/combine";
import { HTTPException } from "hono/http-exception";
import { createDb } from "./db/client";
import type { AppEnv } from "./env";
import { auditRoutes } from "./features/audit/audit.routes";
import { eventRoutes, eventSocket } from "./features/events/events.routes";
import { notifyEventStream } from "./features/events/events.service";
import { healthRoutes } from "./features/health/health.routes";
import { githubRoutes } from "./features/integrations/github.routes";
import { jobRoutes } from "./features/jobs/jobs.routes";
import { jobSocket } from "./features/jobs/jobs.ws";
import { analysisRoutes } from "./features/repository-analysis/analyses.routes";
import "./features/jobs/job-types";
import { matchedRoutes } from "hono/route";
import { keyRoutes } from "./features/keys/keys.routes";
import { knowledgeRoutes } from "./features/knowledge/knowledge.routes";
import { projectRoutes } from "./features/projects/projects.routes";
import { repositoryRoutes } from "./features/repositories/repositories.routes";
import { researchTaskRoutes } from "./features/research-tasks/research-tasks.routes";
import { scheduleRoutes } from "./features/schedules/schedules.routes";
import { technologyRoutes } from "./features/technologies/technologies.routes";
import { deliveryRoutes } from "./features/webhooks/deliveries.routes";
import { enqueueDeliveries } from "./features/webhooks/enqueue";
import { webhookRoutes } from "./features/webhooks/webhooks.routes";
import { AppError, type ErrorBody } from "./lib/errors";
import { authenticate, scopeByMethod } from "./middleware/auth";
import { requestContext } from "./middleware/request-id";
import { tenant } from "./middleware/tenant";
import { registerOpenApi } from "./openapi";

/** Path roots under /api/v1 whose data belongs to one project. */
const TENANT_ROOTS = [
  "technologies",
  "repositories",
  "research-tasks",
  "knowledge",
  "jobs",
  "job-types",
  "analyses",
  "schedules",
  "events",
  "webhooks",
] as const;
const PUBLIC_PATHS = new Set(["/api/v1/health", "/api/v1/ping", "/api/v1/openapi.json"]);
const SOCKET_PATH = /^\/api\/v1\/(jobs\/[^/]+\/ws|events\/ws)$/;
/** GitHub's deliveries carry no API key: the project's HMAC secret authenticates them. */
const GITHUB_HOOK_PATH = /^\/api\/v1\/integrations\/github\/[^/]+$/;

/** A WebSocket request carrying a ticket: the job's Durable Object authorises it, not the key. */
const ticketed = (c: Context<AppEnv>) => SOCKET_PATH.test(c.req.path) && c.req.query("ticket") !== undefined;

/** The typed API surface, for Hono's `hc` client in the dashboard and CLI. */
const api = new OpenAPIHono<AppEnv>()
  .route("/", healthRoutes)
  .route("/", projectRoutes)
  .route("/", keyRoutes)
  .route("/", auditRoutes)
  .route("/", technologyRoutes)
  .route("/", repositoryRoutes)
  .route("/", researchTaskRoutes)
  .route("/", knowledgeRoutes)
  .route("/", jobRoutes)
  .route("/", analysisRoutes)
  .route("/", eventRoutes)
  .route("/", scheduleRoutes)
  .route("/", webhookRoutes)
  .route("/", deliveryRoutes)
  .route("/", githubRoutes);

export type ApiType = typeof api;

export const app = new OpenAPIHono<AppEnv>();

app.use("/api/*", requestContext());
/** An unknown /api/v1 route answers 404 before a key is asked for: a wrong path is the error to name. */
app.use("/api/v1/*", async function knownRoute(c, next) {
  const method = c.req.method === "HEAD" ? "GET" : c.req.method;
  if (!matchedRoutes(c).some((route) => route.method === method)) return c.notFound();
  await next();
});
app.use("/api/*", async function database(c, next) {
  c.set("db", createDb(c.env.DB));
  await next();
});
const SNAPSHOT_PATH = /^\/api\/v1\/repositories\/[^/]+\/snapshots$/;
/** Routes with a larger body limit of their own (archives, document uploads). */
const OWN_BODY_LIMIT = [SNAPSHOT_PATH, /^\/api\/v1\/knowledge\/documents$/];
app.use(
  "/api/*",
  except(
    (c) => OWN_BODY_LIMIT.some((path) => path.test(c.req.path)),
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new AppError("payload_too_large", "request body is larger than 1 MiB");
      },
    }),
  ),
);
app.use(
  "/api/v1/*",
  except((c) => PUBLIC_PATHS.has(c.req.path) || ticketed(c) || GITHUB_HOOK_PATH.test(c.req.path), authenticate()),
);
for (const root of TENANT_ROOTS) {
  app.use(`/api/v1/${root}`, tenant(), scopeByMethod());
  app.use(`/api/v1/${root}/*`, except(ticketed, every(tenant(), scopeByMethod())));
}
app.use("/api/v1/integrations/github", tenant(), scopeByMethod());
app.get("/api/v1/jobs/:id/ws", jobSocket);
app.get("/api/v1/events/ws", eventSocket);
app.use("/api/v1/*", async function notifyStream(c, next) {
  await next();
  const projectId = c.get("projectId");
  if (projectId && c.req.method !== "GET" && c.res.status < 400) {
    c.executionCtx.waitUntil(notifyEventStream(c.env, projectId));
  }
});
app.use("/api/v1/*", async function publishWebhooks(c, next) {
  await next();
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.res.status < 400) {
    const filter = { correlationId: c.get("requestId"), projectId: c.get("projectId") };
    c.executionCtx.waitUntil(enqueueDeliveries(c.env, filter));
  }
});

app.route("/api/v1", api);
registerOpenApi(app);
app.get("/api/docs", Scalar({ url: "/api/v1/openapi.json", pageTitle: "CommandCenter API", cdn: "/vendor/scalar.js" }));

app.notFound((c) => {
  if (c.req.path.startsWith("/api/") || c.req.path === "/mcp") {
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

app.onError((err, c) => {
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  c.header("X-Request-Id", requestId);
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message }, requestId };
    if (err.details !== undefined) body.error.details = err.details;
    return c.json(body, err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code =
      err.status === 401
        ? "unauthorized"
        : err.status === 413
          ? "payload_too_large"
          : err.status === 415
            ? "unsupported_media_type"
            : "bad_request";
    return c.json<ErrorBody>({ error: { code, message: err.message || "bad request" }, requestId }, err.status);
  }
  console.error(JSON.stringify({ level: "error", msg: "unhandled", requestId, error: String(err), stack: err.stack }));
  return c.json<ErrorBody>(
    { error: { code: "internal", message: "internal error; quote the request id when reporting it" }, requestId },
    500,
  );
});
