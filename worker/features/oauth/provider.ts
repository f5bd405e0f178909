import { OAuthAuthorizationServer, type OAuthHelpers } from "@cloudflare/workers-oauth-provider";

/** What an OAuth grant may allow over MCP, in the scopes keys already use; `read` is needed for any call. */
export const OAUTH_SCOPES = ["read", "write"] as const;
export type OAuthScope = (typeof OAUTH_SCOPES)[number];

/** Where the dashboard's consent page lives; the client is sent here with its authorization request. */
export const AUTHORIZE_PATH = "/authorize";
export const TOKEN_PATH = "/oauth/token";
export const REGISTER_PATH = "/oauth/register";
export const RESOURCE_PATH = "/mcp";
export const RESOURCE_METADATA_PATH = `/.well-known/oauth-protected-resource${RESOURCE_PATH}`;

/** What a grant carries into every MCP call: who consented, and for which one project. */
export interface GrantProps {
  userId: string;
  projectId: string;
}

const servers = new Map<string, OAuthAuthorizationServer<Env>>();

/**
 * The authorization server for the origin the Worker is reached on (issuer = that origin, one
 * resource: its `/mcp`). The library fixes issuer and resources at construction, while one build
 * of this Worker serves `http://127.0.0.1:<port>` locally and its https host in production, so one
 * server is built per origin, once per isolate. Workers route by host, so the origin is the
 * deployment's own. Null on a plain-http origin that is not loopback. Grants, codes and tokens live in the `OAUTH_KV` namespace (hashes only).
 */
export function authorizationServer(origin: string): OAuthAuthorizationServer<Env> | null {
  if (!servesOAuth(origin)) return null;
  let server = servers.get(origin);
  if (!server) {
    server = new OAuthAuthorizationServer<Env>({
      issuer: origin,
      resources: [resourceOf(origin)],
      authorizeEndpoint: AUTHORIZE_PATH,
      tokenEndpoint: TOKEN_PATH,
      clientRegistrationEndpoint: REGISTER_PATH,
      scopesSupported: [...OAUTH_SCOPES],
      accessTokenTTL: 3600,
    });
    servers.set(origin, server);
  }
  return server;
}

/** OAuth 2.1 issuers and resources are https, or http on a loopback host only (`wrangler dev`). */
function servesOAuth(origin: string): boolean {
  const { protocol, hostname } = new URL(origin);
  return protocol === "https:" || (protocol === "http:" && LOOPBACK.has(hostname));
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The canonical resource identifier of this deployment's MCP endpoint (RFC 8707 / RFC 9728). */
export const resourceOf = (origin: string): string => `${origin}${RESOURCE_PATH}`;

/** The library's helpers (authorization requests, grants) for the request's origin; null where OAuth is not served. */
export function oauthApi(requestUrl: string, env: Env): OAuthHelpers | null {
  return authorizationServer(new URL(requestUrl).origin)?.getOAuthApi(env) ?? null;
}
