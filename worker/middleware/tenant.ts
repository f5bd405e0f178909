import { eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { projects } from "../db/schema";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";

/**
 * Decides which project a tenant route acts on. A project key acts on its own project only; an
 * instance-wide key names one with `X-Project-Id` (id or slug). There is no default project.
 * A project key naming another project gets the same 404 as a project that does not exist.
 */
export function tenant() {
  return createMiddleware<AppEnv>(async function tenant(c, next) {
    const principal = c.get("principal");
    const requested = c.req.header("x-project-id")?.trim();
    if (principal.projectId) {
      if (requested && requested !== principal.projectId) {
        const row = await c.get("db").query.projects.findFirst({ where: eq(projects.id, principal.projectId) });
        if (row?.slug !== requested) throw new AppError("not_found", `project ${requested} not found`);
      }
      c.set("projectId", principal.projectId);
      return next();
    }
    if (!requested) {
      throw new AppError("bad_request", "an instance-wide key must name a project with the X-Project-Id header");
    }
    const db = c.get("db");
    const row =
      (await db.query.projects.findFirst({ where: eq(projects.id, requested), columns: { id: true } })) ??
      (await db.query.projects.findFirst({ where: eq(projects.slug, requested), columns: { id: true } }));
    if (!row) throw new AppError("not_found", `project ${requested} not found`);
    c.set("projectId", row.id);
    await next();
  });
}
