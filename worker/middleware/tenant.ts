import { eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import type { Db } from "../db/client";
import { projects } from "../db/schema";
import type { PersonPrincipal, Principal } from "../env";
import { asMember, isMemberOnly, memberProject } from "../features/people/roles";
import { AppError } from "../lib/errors";
import type { AuthEnv } from "./auth";

/** What `tenant()` adds to a request: the one project its route acts on. */
export interface TenantVariables {
  /** Set by the tenant middleware, never defaulted; exists only on routers mounted behind it. */
  projectId: string;
}

/** The environment of tenant routes: authenticated, and acting on one project. */
export interface TenantEnv {
  Bindings: Env;
  Variables: AuthEnv["Variables"] & TenantVariables;
}

/**
 * Decides which project a tenant route acts on (see `projectFor`) and sets `projectId`. A person
 * who is not an instance admin acts only on a project they are a member of (any other answers
 * 404), with their role's scopes there, so the scope checks that follow apply the role.
 */
export function tenant() {
  return createMiddleware<TenantEnv>(async function tenant(c, next) {
    const principal = c.get("principal");
    const requested = c.req.header("x-project-id")?.trim();
    if (isMemberOnly(principal)) {
      const member = await namedMembership(c.get("db"), principal, requested);
      c.set("principal", member);
      c.set("projectId", member.projectId);
    } else {
      c.set("projectId", await projectFor(c.get("db"), principal, requested));
    }
    await next();
  });
}

/**
 * For instance-level routes that act on the caller's own project (keys, audit): a person who is
 * not an instance admin names a project they belong to with `X-Project-Id` and acts there with
 * their role, exactly as a project key would; keys and instance admins pass unchanged.
 */
export function memberOfNamedProject() {
  return createMiddleware<AuthEnv>(async function memberOfNamedProject(c, next) {
    const principal = c.get("principal");
    if (isMemberOnly(principal)) {
      c.set("principal", await namedMembership(c.get("db"), principal, c.req.header("x-project-id")?.trim()));
    }
    await next();
  });
}

async function namedMembership(
  db: Db,
  principal: PersonPrincipal,
  requested: string | undefined,
): Promise<PersonPrincipal & { projectId: string }> {
  if (!requested) throw new AppError("bad_request", "name a project with the X-Project-Id header");
  const { projectId, role } = await memberProject(db, principal, requested);
  return { ...asMember(principal, projectId, role), projectId };
}

/**
 * The project a key acts on. A project key acts on its own project only; an instance-wide key
 * names one with `X-Project-Id` (id or slug). There is no default project. A project key naming
 * another project gets the same 404 as a project that does not exist.
 */
export async function projectFor(db: Db, principal: Principal, header: string | undefined): Promise<string> {
  const requested = header?.trim();
  if (principal.projectId) {
    if (requested && requested !== principal.projectId) {
      const row = await db.query.projects.findFirst({ where: eq(projects.id, principal.projectId) });
      if (row?.slug !== requested) throw new AppError("not_found", `project ${requested} not found`);
    }
    return principal.projectId;
  }
  if (!requested) {
    throw new AppError("bad_request", "an instance-wide key must name a project with the X-Project-Id header");
  }
  const row =
    (await db.query.projects.findFirst({ where: eq(projects.id, requested), columns: { id: true } })) ??
    (await db.query.projects.findFirst({ where: eq(projects.slug, requested), columns: { id: true } }));
  if (!row) throw new AppError("not_found", `project ${requested} not found`);
  return row.id;
}
