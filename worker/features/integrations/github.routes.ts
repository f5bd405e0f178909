import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { projects } from "../../db/schema";
import { tenantDepsOf } from "../../lib/context";
import { createTenantRouter, errors, json } from "../../lib/openapi";
import { assertScope } from "../../middleware/auth";
import type { TenantEnv } from "../../middleware/tenant";
import { GitHubIntegration, GitHubIntegrationSecret } from "./github.schema";
import * as service from "./github.service";

const tags = ["Integrations"];

async function hookUrl(c: Context<TenantEnv>): Promise<string> {
  const row = await c.get("db").query.projects.findFirst({
    where: eq(projects.id, c.get("projectId")),
    columns: { slug: true },
  });
  return `${new URL(c.req.url).origin}/api/v1/integrations/github/${row?.slug ?? c.get("projectId")}`;
}

export const githubRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/integrations/github",
      tags,
      summary: "Whether inbound GitHub webhooks are set up, and the payload URL",
      responses: { 200: json(GitHubIntegration, "The integration"), ...errors(401, 403) },
    }),
    async (c) => {
      const state = await service.getGitHubIntegration(tenantDepsOf(c));
      return c.json({ ...state, webhookUrl: await hookUrl(c) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/integrations/github",
      tags,
      summary: "Set or replace the inbound GitHub webhook secret (admin); the secret is shown once",
      responses: { 200: json(GitHubIntegrationSecret, "The secret and payload URL"), ...errors(401, 403) },
    }),
    async (c) => {
      assertScope(c.get("principal"), "admin");
      const { secret, configuredAt } = await service.configureGitHub({ ...tenantDepsOf(c), env: c.env });
      c.header("Cache-Control", "no-store");
      return c.json(
        {
          configured: true,
          configuredAt,
          webhookUrl: await hookUrl(c),
          secret,
          contentType: "application/json" as const,
          events: ["push"],
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/integrations/github",
      tags,
      summary: "Remove the inbound GitHub webhook secret (admin)",
      responses: { 204: { description: "Removed" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      assertScope(c.get("principal"), "admin");
      await service.removeGitHub(tenantDepsOf(c));
      return c.body(null, 204);
    },
  );
