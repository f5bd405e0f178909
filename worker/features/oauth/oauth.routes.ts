import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../lib/errors";
import { createAuthRouter, errors, json, jsonBody } from "../../lib/openapi";
import type { AuthEnv } from "../../middleware/auth";
import {
  ConsentApproval,
  ConsentDenial,
  ConsentDetails,
  ConsentQuery,
  ConsentRedirect,
  GrantIdParam,
  GrantList,
} from "./oauth.schema";
import * as service from "./oauth.service";
import { oauthApi } from "./provider";

const tags = ["Connected apps"];

/** The signed-in person's side of OAuth for MCP; a key has no person to consent or own grants. */
function depsOf(c: Context<AuthEnv>): service.OAuthDeps {
  const principal = c.get("principal");
  if (principal.kind !== "person")
    throw new AppError("bad_request", "sign in as a person: an API key cannot grant access");
  const oauth = oauthApi(c.req.url, c.env);
  if (!oauth) throw new AppError("bad_request", "OAuth is served over https only (or plain http on a loopback host)");
  return { db: c.get("db"), oauth, origin: new URL(c.req.url).origin, principal };
}

/**
 * The consent page's API (the dashboard's `/authorize`) and the person's connected apps: what an
 * MCP client asks for, approving it for one of the person's projects or declining, and listing and
 * revoking grants. Writes are cookie writes, so the session's CSRF check applies.
 */
export const oauthConsentRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/oauth/authorization",
      tags,
      summary: "What an app asking for MCP access wants, and the projects the signed-in person can grant",
      request: { query: ConsentQuery },
      responses: { 200: json(ConsentDetails, "The consent details"), ...errors(400, 401) },
    }),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await service.consentDetails(depsOf(c), c.req.valid("query").request), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/oauth/authorization",
      tags,
      summary: "Approve an app's access to one of your projects (up to your role there)",
      request: { body: jsonBody(ConsentApproval) },
      responses: { 200: json(ConsentRedirect, "Approved"), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { request, projectId } = c.req.valid("json");
      return c.json({ redirectTo: await service.approve(depsOf(c), request, projectId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/oauth/authorization/deny",
      tags,
      summary: "Decline an app's request: the redirect back to it carries access_denied",
      request: { body: jsonBody(ConsentDenial) },
      responses: { 200: json(ConsentRedirect, "Declined"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json({ redirectTo: await service.deny(depsOf(c), c.req.valid("json").request) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/oauth/grants",
      tags,
      summary: "Apps you connected to MCP: client, project, scopes",
      responses: { 200: json(GrantList, "Your grants"), ...errors(400, 401) },
    }),
    async (c) => c.json({ data: await service.listGrants(depsOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/auth/oauth/grants/{grantId}",
      tags,
      summary: "Revoke a grant: the app's tokens stop working at once",
      request: { params: GrantIdParam },
      responses: { 204: { description: "Revoked" }, ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      await service.revokeGrant(depsOf(c), c.req.valid("param").grantId);
      return c.body(null, 204);
    },
  );
