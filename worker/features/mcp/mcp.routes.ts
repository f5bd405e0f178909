import { createMcpHandler } from "@modelcontextprotocol/server";
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { AppError } from "../../lib/errors";
import { type AuthVariables, assertScope } from "../../middleware/auth";
import { checkKey, refusalResponse } from "../../middleware/rate-limit";
import { projectFor } from "../../middleware/tenant";
import { bearerAuthenticator, type McpAuthenticator } from "./auth";
import type { McpDeps } from "./deps";
import { refuseForeignOrigin } from "./origin";
import { buildServer } from "./server";

/** At the MCP door the caller is known once the authenticator has run. */
interface McpEnv {
  Bindings: Env;
  Variables: AppEnv["Variables"] & Partial<AuthVariables>;
}

/**
 * `/mcp`: both MCP eras on one URL, served by the official SDK's `createMcpHandler` (2026-07-28
 * stateless requests, and 2025-era `initialize` sessions answered statelessly; GET and DELETE
 * answer 405). In front of it: Origin validation, the caller (401 with `WWW-Authenticate`), the
 * key's rate limit (the REST API's, per plan), the `read` scope, and the project (the key's own, or `X-Project-Id` for an instance-wide key).
 * Each request gets a server built for its caller, so a tool never sees another project.
 */
export function mcpRoutes(authenticator: McpAuthenticator = bearerAuthenticator) {
  return new Hono<McpEnv>().all("/", async function mcp(c) {
    const refused = refuseForeignOrigin(c.req.raw, c.env);
    if (refused) return refused;
    let principal: McpDeps["principal"];
    try {
      principal = await authenticator.authenticate(c);
    } catch (err) {
      if (err instanceof AppError && err.code === "unauthorized")
        c.header("WWW-Authenticate", authenticator.challenge(c));
      throw err;
    }
    c.set("principal", principal);
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
    return createMcpHandler(() => buildServer(deps)).fetch(c.req.raw);
  });
}
