import { createRoute } from "@hono/zod-openapi";
import { depsOf } from "../../lib/context";
import { createAuthRouter, errors, json } from "../../lib/openapi";
import { AuditListQuery, AuditPage } from "./audit.schema";
import { listAudit } from "./audit.service";

export const auditRoutes = createAuthRouter().openapi(
  createRoute({
    method: "get",
    path: "/audit",
    tags: ["Audit"],
    summary: "Who changed what, newest first (admin scope)",
    request: { query: AuditListQuery },
    responses: { 200: json(AuditPage, "A page of audit rows"), ...errors(400, 401, 403) },
  }),
  async (c) => c.json(await listAudit(depsOf(c), c.get("principal"), c.req.valid("query")), 200),
);
