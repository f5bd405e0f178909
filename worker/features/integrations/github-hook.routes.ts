import { createRoute } from "@hono/zod-openapi";
import { createRouter, errors, json } from "../../lib/openapi";
import { GitHubHookAnswer, GitHubHookParams } from "./github.schema";
import * as service from "./github.service";

/**
 * GitHub's deliveries to a project, mounted outside the tenant sub-app: they carry no API key,
 * the project's HMAC secret authenticates them.
 */
export const githubHookRoutes = createRouter().openapi(
  createRoute({
    method: "post",
    path: "/integrations/github/{projectSlug}",
    tags: ["Integrations"],
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
