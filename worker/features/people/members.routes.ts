import { createRoute } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { createTenantRouter, errors, json, jsonBody } from "../../lib/openapi";
import { IdParam } from "../../lib/zod";
import { requireScope } from "../../middleware/auth";
import { Member, MemberList, MemberUpdate } from "./members.schema";
import * as service from "./members.service";

const tags = ["Members"];

/** A project's people and their roles: admin scope (a project admin or owner, or an admin key). */
export const memberRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/members",
      tags,
      summary: "List the project's members and their roles",
      middleware: [requireScope("admin")] as const,
      responses: { 200: json(MemberList, "The members"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await service.listMembers(tenantDepsOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/members/{id}",
      tags,
      summary: "Change a member's role (only owners grant or take away owner; a project keeps one owner)",
      middleware: [requireScope("admin")] as const,
      request: { params: IdParam, body: jsonBody(MemberUpdate) },
      responses: { 200: json(Member, "The member"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const member = await service.changeRole(tenantDepsOf(c), c.get("principal"), id, c.req.valid("json").role);
      if (!member) throw new AppError("not_found", `member ${id} not found`);
      return c.json(member, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/members/{id}",
      tags,
      summary: "Remove a member from the project",
      middleware: [requireScope("admin")] as const,
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const holders = await service.removeMember(tenantDepsOf(c), c.get("principal"), c.req.valid("param").id);
      const stream = c.env.EVENTS.get(c.env.EVENTS.idFromName(c.get("projectId")));
      if (holders.length) await stream.closeHolders(holders);
      return c.body(null, 204);
    },
  );
