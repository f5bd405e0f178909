import { z } from "@hono/zod-openapi";
import { ROLES } from "../../db/schema";

export const SignInLinkBody = z
  .object({ token: z.string().min(20).max(200).openapi({ description: "The token of a single-use sign-in link" }) })
  .strict()
  .openapi("SignInLinkBody");

export const SessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    avatarUrl: z.string().nullable(),
    instanceAdmin: z.boolean(),
  })
  .openapi("SessionUser");

export const SessionInfo = z
  .object({
    user: SessionUser,
    csrfToken: z.string().openapi({ description: "Send as X-CSRF-Token on every write made with the cookie" }),
    memberships: z.array(z.object({ projectId: z.string(), role: z.enum(ROLES) })),
  })
  .openapi("SessionInfo");

export const SignedOutEverywhere = z.object({ ended: z.number().int() }).openapi("SignedOutEverywhere");
