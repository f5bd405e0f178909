import { createMcpHandler } from "@modelcontextprotocol/server";
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { AppError } from "../../lib/errors";
import { requestGuards } from "../../lib/request-guard";
import { holderOf } from "../../lib/socket-gate";
import { type AuthVariables, assertScope } from "../../middleware/auth";
import { checkKey, refusalResponse } from "../../middleware/rate-limit";
import { projectFor } from "../../middleware/tenant";
import { bearerAuthenticator, type McpAuthenticator } from "./auth";
import type { McpDeps } from "./deps";
import { refuseForeignOrigin } from "./origin";
import { ProjectResourceChanges } from "./resource-changes";
import { buildServer } from "./server";

/** At the MCP door the caller is known once the authenticator has run. */
interface McpEnv {
  Bindings: Env;
  Variables: AppEnv["Variables"] & Partial<AuthVariables>;
}

/**
 * `/mcp`: both MCP eras on one URL, served by the official SDK's `createMcpHandler` (2026-07-28
 * stateless requests, and 2025-era `initialize` sessions answered statelessly; GET and DELETE
 * answer 405; 2026-era `subscriptions/listen` streams `notifications/resources/updated` for the
 * technology and radar resources, fed by the project's event stream: see `ProjectResourceChanges`).
 * In front of it: Origin validation, the caller (401 with `WWW-Authenticate`), the
 * key's rate limit (the REST API's, per plan), the `read` scope, and the project (the key's own, or `X-Project-Id` for an instance-wide key).
 * Each request gets a server built for its caller, so a tool never sees another project. A key this
 * isolate knows has its revocation checked in the request's first read batch (see `Caller`): the
 * answer, including an error, leaves only once that check has passed, so a revoked key gets 401.
 */
export function mcpRoutes(authenticator: McpAuthenticator = bearerAuthenticator) {
  return new Hono<McpEnv>().all("/", async function mcp(c) {
    const refused = refuseForeignOrigin(c.req.raw, c.env);
    if (refused) return refused;
    try {
      const { principal, guard } = await authenticator.authenticate(c);
      c.set("principal", principal);
      const serve = async (): Promise<Response> => {
        const refusal = await checkKey(c.env, principal);
        if (refusal) return refusalResponse(refusal, c.get("requestId"));
        assertScope(principal, "read");
        const db = c.get("db");
        const deps: McpDeps = {
          db,
          projectId: await projectFor(db, principal, c.req.header("x-project-id")),
          actor: { keyId: principal.keyId, userId: principal.userId, requestId: c.get("requestId"), via: "mcp" },
          env: c.env,
          principal,
          waitUntil: (promise) => c.executionCtx.waitUntil(promise),
        };
        const changes = new ProjectResourceChanges({
          env: c.env,
          projectId: deps.projectId,
          keyId: holderOf(principal),
          ready: () => guard?.ensure() ?? Promise.resolve(),
        });
        return createMcpHandler(({ era }) => buildServer(deps, era), { bus: changes }).fetch(c.req.raw);
      };
      if (!guard) return await serve();
      try {
        return await requestGuards.run(guard, serve);
      } finally {
        await guard.ensure();
      }
    } catch (err) {
      if (err instanceof AppError && err.code === "unauthorized")
        c.header("WWW-Authenticate", authenticator.challenge(c));
      throw err;
    }
  });
}
