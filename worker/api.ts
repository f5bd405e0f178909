import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { auditRoutes } from "./features/audit/audit.routes";
import { batchRoutes } from "./features/batch/batch.routes";
import { eventRoutes, eventSocketRoutes } from "./features/events/events.routes";
import { notifyEventStream } from "./features/events/events.service";
import { exportRoutes, exportSchemaRoutes } from "./features/exports/exports.routes";
import { healthRoutes } from "./features/health/health.routes";
import { importRoutes } from "./features/imports/imports.routes";
import { githubRoutes } from "./features/integrations/github.routes";
import { githubHookRoutes } from "./features/integrations/github-hook.routes";
import { jobRoutes } from "./features/jobs/jobs.routes";
import { jobSocketRoutes } from "./features/jobs/jobs.ws";
import { keyRoutes } from "./features/keys/keys.routes";
import { knowledgeRoutes } from "./features/knowledge/knowledge.routes";
import { oauthConsentRoutes } from "./features/oauth/oauth.routes";
import { sessionRoutes, signInRoutes } from "./features/people/auth.routes";
import { invitationAcceptRoutes, invitationRoutes } from "./features/people/invitations.routes";
import { memberRoutes } from "./features/people/members.routes";
import { ssoRoutes } from "./features/people/sso.routes";
import { driftRoutes } from "./features/portfolio/drift/drift.routes";
import { portfolioRoutes } from "./features/portfolio/portfolio.routes";
import { portfolioMembers } from "./features/portfolio/visibility";
import { projectRoutes } from "./features/projects/projects.routes";
import { repositoryRoutes } from "./features/repositories/repositories.routes";
import { analysisRoutes } from "./features/repository-analysis/analyses.routes";
import { researchTaskRoutes } from "./features/research-tasks/research-tasks.routes";
import { scheduleRoutes } from "./features/schedules/schedules.routes";
import { uploadRoutes } from "./features/snapshot-uploads/uploads.routes";
import { technologyRoutes } from "./features/technologies/technologies.routes";
import { deliveryRoutes } from "./features/webhooks/deliveries.routes";
import { enqueueDeliveries } from "./features/webhooks/enqueue";
import { webhookRoutes } from "./features/webhooks/webhooks.routes";
import { createTenantRouter } from "./lib/openapi";
import { authenticate, scopeByMethod } from "./middleware/auth";
import { limitFailedSignIns, rateLimitByIp, rateLimitByKey } from "./middleware/rate-limit";
import { memberOfNamedProject, tenant } from "./middleware/tenant";

/**
 * One project's data: every tenant feature is one `.route()` line here. The tenant middleware
 * picks the project (so `projectId` exists only on these routers), the scope middleware checks
 * the key's scope by method unless a route declares its own, and a successful write wakes the
 * project's live event stream.
 */
const tenantApi = createTenantRouter()
  .use(tenant(), scopeByMethod())
  .use(async function notifyStream(c, next) {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.res.status < 400) {
      c.executionCtx.waitUntil(notifyEventStream(c.env, c.get("projectId")));
    }
  })
  .route("/", technologyRoutes)
  .route("/", repositoryRoutes)
  .route("/", analysisRoutes)
  .route("/", uploadRoutes)
  .route("/", researchTaskRoutes)
  .route("/", knowledgeRoutes)
  .route("/", jobRoutes)
  .route("/", eventRoutes)
  .route("/", scheduleRoutes)
  .route("/", webhookRoutes)
  .route("/", deliveryRoutes)
  .route("/", githubRoutes)
  .route("/", exportRoutes)
  .route("/", importRoutes)
  .route("/", batchRoutes)
  .route("/", memberRoutes)
  .route("/", invitationRoutes);

/**
 * The `/api/v1` surface, and the typed surface of Hono's `hc` client. Order matters: routers that
 * answer without a key (health, GitHub's signed deliveries, WebSocket upgrades that may carry a
 * ticket, sign-in) come before `authenticate()`, which Hono runs for every route registered after it.
 * Rate limits: per client IP on the keyless health check and hooks and for failed sign-ins, per
 * key (by plan) after authentication. Then the instance-level routes that decide from the caller
 * itself (session, projects, keys, audit, the portfolio), then the tenant sub-app. A successful
 * keyed write hands its events' webhook deliveries to the queue
 * (the sweeper is the safety net).
 */
export const api = new OpenAPIHono<AppEnv>()
  .use("/health", rateLimitByIp())
  .route("/", healthRoutes)
  .route("/", exportSchemaRoutes)
  .use("/integrations/github/*", rateLimitByIp())
  .route("/", githubHookRoutes)
  .route("/", jobSocketRoutes)
  .route("/", eventSocketRoutes)
  .use(limitFailedSignIns())
  .route("/", signInRoutes)
  .route("/", ssoRoutes)
  .use(authenticate())
  .use(rateLimitByKey())
  .use(async function publishWebhooks(c, next) {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.res.status < 400) {
      const filter = { correlationId: c.get("requestId"), projectId: c.get("principal").projectId ?? undefined };
      c.executionCtx.waitUntil(enqueueDeliveries(c.env, filter));
    }
  })
  .route("/", sessionRoutes)
  .route("/", invitationAcceptRoutes)
  .route("/", oauthConsentRoutes)
  .route("/", projectRoutes)
  .use("/keys", memberOfNamedProject())
  .use("/keys/*", memberOfNamedProject())
  .use("/audit", memberOfNamedProject())
  .route("/", keyRoutes)
  .route("/", auditRoutes)
  .use("/portfolio/*", portfolioMembers())
  .route("/", portfolioRoutes)
  .route("/", driftRoutes)
  .route("/", tenantApi);

export type ApiType = typeof api;
