import { createRoute } from "@hono/zod-openapi";
import { depsOf, tenantDepsOf } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { createAuthRouter, createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import { requireScope } from "../../middleware/auth";
import {
  InvitationAccept,
  InvitationAccepted,
  InvitationCreate,
  InvitationCreated,
  InvitationList,
} from "./invitations.schema";
import * as service from "./invitations.service";

const tags = ["Members"];

/** A project's invitations: admin scope. */
export const invitationRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/invitations",
      tags,
      summary: "List pending invitations",
      middleware: [requireScope("admin")] as const,
      responses: { 200: json(InvitationList, "Pending invitations"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listInvitations(tenantDepsOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/invitations",
      tags,
      summary: "Invite an e-mail address with a role; the single-use link is in this answer only",
      middleware: [requireScope("admin")] as const,
      request: { body: jsonBody(InvitationCreate) },
      responses: { 201: json(InvitationCreated, "Invited"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const created = await service.createInvitation(tenantDepsOf(c), c.get("principal"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      const url = `${new URL(c.req.url).origin}/invitations#token=${created.token}`;
      return c.json({ ...created, url }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/invitations/{id}",
      tags,
      summary: "Withdraw a pending invitation",
      middleware: [requireScope("admin")] as const,
      request: { params: IdParam },
      responses: { 204: { description: "Withdrawn" }, ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      await service.revokeInvitation(tenantDepsOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

/** Accepting an invitation: the signed-in person, whichever project it is for. */
export const invitationAcceptRoutes = createAuthRouter().openapi(
  createRoute({
    method: "post",
    path: "/auth/invitations/accept",
    tags,
    summary: "Accept an invitation as the signed-in person (the e-mail address must match)",
    request: { body: jsonBody(InvitationAccept) },
    responses: { 200: json(InvitationAccepted, "Now a member"), ...errors(400, 401, 403, 404) },
  }),
  async (c) => {
    const principal = c.get("principal");
    if (principal.kind !== "person") throw new AppError("bad_request", "sign in as a person to accept an invitation");
    const deps = depsOf(c);
    return c.json(await service.acceptInvitation(deps.db, principal, c.req.valid("json").token, deps.actor), 200);
  },
);
