import { z } from "@hono/zod-openapi";
import { ROLES } from "../../db/schema";
import { OAUTH_SCOPES } from "./provider";

const AuthorizationRequest = z
  .string()
  .min(1)
  .max(4000)
  .openapi({ description: "The query string the client sent to /authorize (without '?')" });

export const ConsentQuery = z.object({ request: AuthorizationRequest });

export const ConsentDetails = z
  .object({
    clientId: z.string(),
    clientName: z
      .string()
      .openapi({ description: "Self-asserted by the client at registration unless clientDomain is set" }),
    clientDomain: z.string().nullable(),
    redirectHost: z.string().openapi({ description: "Where the tokens will be sent" }),
    redirectIsLoopback: z.boolean().openapi({ description: "True when the redirect goes to an app on this computer" }),
    scopes: z.array(z.enum(OAUTH_SCOPES)).openapi({ description: "What the client asks for" }),
    projects: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: z.enum(ROLES),
        scopes: z.array(z.enum(OAUTH_SCOPES)).openapi({ description: "The asked-for scopes this role allows there" }),
      }),
    ),
  })
  .openapi("ConsentDetails");

export const ConsentApproval = z
  .object({ request: AuthorizationRequest, projectId: z.string().min(1).max(100) })
  .strict()
  .openapi("ConsentApproval");

export const ConsentDenial = z.object({ request: AuthorizationRequest }).strict().openapi("ConsentDenial");

export const ConsentRedirect = z
  .object({ redirectTo: z.string().openapi({ description: "Send the browser here: back to the client" }) })
  .openapi("ConsentRedirect");

export const Grant = z
  .object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    projectId: z.string(),
    projectName: z.string().nullable(),
    scopes: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi("OAuthGrant");

export const GrantList = z.object({ data: z.array(Grant) }).openapi("OAuthGrantList");

export const GrantIdParam = z.object({ grantId: z.string().min(1).max(200) });
