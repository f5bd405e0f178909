import { z } from "@hono/zod-openapi";
import { ROLES } from "../../db/schema";

export const Invitation = z
  .object({
    id: z.string(),
    projectId: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi("Invitation");

export const InvitationList = z.object({ data: z.array(Invitation) }).openapi("InvitationList");

export const InvitationCreate = z
  .object({
    email: z.email().max(254),
    role: z.enum(ROLES),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(72),
  })
  .strict()
  .openapi("InvitationCreate");

export const InvitationCreated = z
  .object({
    invitation: Invitation,
    token: z.string().openapi({ description: "The single-use token. Shown once." }),
    url: z.string().openapi({ description: "The link to hand to the person: /invitations#token=…" }),
  })
  .openapi("InvitationCreated");

export const InvitationAccept = z
  .object({ token: z.string().min(20).max(200) })
  .strict()
  .openapi("InvitationAccept");

export const InvitationAccepted = z
  .object({ projectId: z.string(), role: z.enum(ROLES) })
  .openapi("InvitationAccepted");
