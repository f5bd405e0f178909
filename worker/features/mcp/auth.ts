import type { Context } from "hono";
import type { AppEnv, Principal } from "../../env";
import { principalOf } from "../../middleware/auth";

/**
 * How the MCP endpoint learns who calls: a principal from the request, or an `AppError`
 * ("unauthorized" answers 401 with `challenge` as `WWW-Authenticate`). The API key is the one
 * way in today; an OAuth authenticator plugs in here with its own challenge (resource metadata).
 */
export interface McpAuthenticator {
  authenticate(c: Context<AppEnv>): Promise<Principal>;
  challenge(c: Context<AppEnv>): string;
}

/** `Authorization: Bearer <API key>`, verified exactly as the REST API verifies it. */
export const apiKeyAuthenticator: McpAuthenticator = {
  authenticate: (c) => principalOf(c.get("db"), c.req.header("authorization"), c.executionCtx),
  challenge: () => 'Bearer realm="commandcenter", error="invalid_token"',
};
