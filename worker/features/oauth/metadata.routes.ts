import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { authorizationServer, OAUTH_SCOPES, RESOURCE_METADATA_PATH, resourceOf } from "./provider";

/** RFC 9728 protected resource metadata of `/mcp`: which authorization server issues its tokens. */
function resourceMetadata(origin: string) {
  return {
    resource: resourceOf(origin),
    authorization_servers: [origin],
    scopes_supported: [...OAUTH_SCOPES],
    bearer_methods_supported: ["header"],
    resource_name: "CommandCenter MCP",
  };
}

/**
 * Protected resource metadata of OAuth for MCP, with no key or session, at the RFC 9728 path for
 * `/mcp` and at the origin's own. The authorization endpoint is the dashboard's consent page
 * (`/authorize`); the rest of the authorization server is `serveAuthorizationServer`.
 */
export const oauthProtocolRoutes = new Hono<AppEnv>()
  .get(RESOURCE_METADATA_PATH, (c) => c.json(resourceMetadata(new URL(c.req.url).origin)))
  .get("/.well-known/oauth-protected-resource", (c) => c.json(resourceMetadata(new URL(c.req.url).origin)));

/** Paths the library's authorization server answers itself: RFC 8414 metadata, token, revocation, registration. */
export const isAuthorizationServerPath = (path: string): boolean =>
  path === "/.well-known/oauth-authorization-server" || path.startsWith("/oauth/");

/** Hands a request to the authorization server of its origin (`worker/index.ts` routes them here). */
export async function serveAuthorizationServer(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const server = authorizationServer(new URL(request.url).origin);
  if (server) return server.fetch(request, env, ctx);
  const message = "OAuth is served over https only (or plain http on a loopback host)";
  return Response.json({ error: { code: "not_found", message }, requestId: "" }, { status: 404 });
}

/**
 * The `WWW-Authenticate` challenge of a 401 from `/mcp`: where to learn how to get a token, and the
 * scopes to ask for. Both are asked for (MCP clients request what the challenge names); the consent
 * page and every call cap them at the person's role, so a viewer's grant reads only.
 */
export function bearerChallenge(requestUrl: string): string {
  const origin = new URL(requestUrl).origin;
  return `Bearer realm="commandcenter", error="invalid_token", resource_metadata="${origin}${RESOURCE_METADATA_PATH}", scope="${OAUTH_SCOPES.join(" ")}"`;
}
