import { z } from "@hono/zod-openapi";
import { ROLES } from "../../db/schema";

export const Member = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    lastSeenAt: z.string().nullable().openapi({ description: "When the person last used a session; null if never" }),
  })
  .openapi("Member");

export const MemberList = z.object({ data: z.array(Member) }).openapi("MemberList");

export const MemberUpdate = z
  .object({ role: z.enum(ROLES) })
  .strict()
  .openapi("MemberUpdate");
