import type { Context } from "hono";
import { parseKey } from "../../../shared/key-format";
import type { AppEnv } from "../../env";
import { AppError } from "../../lib/errors";
import { type Caller, callerOf, doorOf } from "../../middleware/auth";
import { grantPrincipal } from "../oauth/grant-principal";
import { bearerChallenge } from "../oauth/metadata.routes";
import { authorizationServer, type GrantProps, resourceOf } from "../oauth/provider";

/**
 * How the MCP endpoint learns who calls: the caller of a request, or an `AppError` ("unauthorized"
 * answers 401 with `challenge` as `WWW-Authenticate`). A caller may come with a guard still to
 * pass (see `Caller`); the endpoint serves inside it and holds the answer until it has passed.
 */
export interface McpAuthenticator {
  authenticate(c: Context<AppEnv>): Promise<Caller>;
  challenge(c: Context<AppEnv>): string;
}

/**
 * `Authorization: Bearer <API key>`, verified exactly as the REST API verifies it. Every MCP call
 * is a POST, reads included, so a key this isolate knows always defers its revocation check to
 * the request's first read batch: writes wait for it (`GuardedD1`, and write tools before they
 * start), and no answer leaves before it has passed.
 */
export const apiKeyAuthenticator: McpAuthenticator = {
  authenticate: (c) => callerOf(doorOf(c), true),
  challenge: () => 'Bearer realm="commandcenter", error="invalid_token"',
};

/**
 * An API key (anything in the key format takes exactly the REST path), or else an OAuth access
 * token this Worker issued for its `/mcp` resource, acting as the consenting person in the grant's
 * project with their current role. The challenge names the protected resource metadata (RFC 9728),
 * which is how an MCP client finds the authorization server.
 */
export const bearerAuthenticator: McpAuthenticator = {
  async authenticate(c) {
    const header = c.req.header("authorization");
    const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    if (!token || parseKey(token)) return apiKeyAuthenticator.authenticate(c);
    const origin = new URL(c.req.url).origin;
    const valid = await authorizationServer(origin)?.validateToken<GrantProps>(resourceOf(origin), token, c.env);
    if (!valid) throw new AppError("unauthorized", "invalid or expired access token, or its grant was revoked");
    return { principal: await grantPrincipal(c.get("db"), valid), guard: null };
  },
  challenge: (c) => bearerChallenge(c.req.url),
};
