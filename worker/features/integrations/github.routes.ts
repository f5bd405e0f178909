import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { projects } from "../../db/schema";
import type { AppEnv } from "../../env";
import { tenantDepsOf } from "../../lib/context";
import { createRouter, errors, json } from "../../lib/openapi";
import { assertScope } from "../../middleware/auth";
import { GitHubHookAnswer, GitHubHookParams, GitHubIntegration, GitHubIntegrationSecret } from "./github.schema";
import * as service from "./github.service";

const tags = ["Integrations"];

async function hookUrl(c: Context<AppEnv>): Promise<string> {
  const row = await c.get("db").query.projects.findFirst({
    where: eq(projects.id, c.get("projectId")),
    columns: { slug: true },
  });
  return `${new URL(c.req.url).origin}/api/v1/integrations/github/${row?.slug ?? c.get("projectId")}`;
}

export const githubRoutes = createRouter()
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
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/integrations/github/{projectSlug}",
      tags,
      summary: "GitHub's webhook deliveries (no API key: the X-Hub-Signature-256 HMAC authenticates)",
      description:
        "A push to a registered repository's default branch starts its analysis; other events answer 202 and are ignored; a repeated X-GitHub-Delivery answers 200 `duplicate`.",
      security: [],
      request: { params: GitHubHookParams },
      responses: {
        200: json(GitHubHookAnswer, "Already handled"),
        202: json(GitHubHookAnswer, "Accepted: started or ignored"),
        ...errors(400, 401, 404),
      },
    }),
    async (c) => {
      const { code, answer } = await service.receiveGitHubHook(
        { db: c.get("db"), env: c.env, requestId: c.get("requestId") },
        c.req.valid("param").projectSlug,
        {
          signature: c.req.header("x-hub-signature-256"),
          event: c.req.header("x-github-event"),
          deliveryId: c.req.header("x-github-delivery"),
          body: await c.req.arrayBuffer(),
        },
      );
      return code === 200 ? c.json(answer, 200) : c.json(answer, 202);
    },
  );
