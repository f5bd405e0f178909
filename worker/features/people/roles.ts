import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";
import { type KeyScope, memberships, projects, type Role } from "../../db/schema";
import type { PersonPrincipal, Principal } from "../../env";
import { AppError } from "../../lib/errors";

/**
 * What each role may do, in the scopes keys already use, so one check (`requireScope`,
 * `scopeByMethod`) serves keys and people alike: viewer reads, editor writes, admin manages keys,
 * members and settings. Owner is admin plus deleting the project (checked where that happens).
 */
export const ROLE_SCOPES: Record<Role, KeyScope[]> = {
  viewer: ["read"],
  editor: ["read", "write"],
  admin: ["admin"],
  owner: ["admin"],
};

/** True for a person who acts only through memberships (not an instance admin). */
export function isMemberOnly(principal: Principal): principal is PersonPrincipal {
  return principal.kind === "person" && !principal.instanceAdmin;
}

/**
 * A member acting on one project: the project (by id or slug) and their role in it. A project
 * that does not exist and one they do not belong to answer the same 404.
 */
export async function memberProject(
  db: Db,
  principal: PersonPrincipal,
  idOrSlug: string,
): Promise<{ projectId: string; role: Role }> {
  const [row] = await db
    .select({ projectId: projects.id, role: memberships.role })
    .from(projects)
    .innerJoin(memberships, and(eq(memberships.projectId, projects.id), eq(memberships.userId, principal.userId)))
    .where(or(eq(projects.id, idOrSlug), eq(projects.slug, idOrSlug)))
    .limit(1);
  if (!row) throw new AppError("not_found", `project ${idOrSlug} not found`);
  return row;
}

/** The principal as a member of one project: its id, role and the role's scopes. */
export function asMember(principal: PersonPrincipal, projectId: string, role: Role): PersonPrincipal {
  return { ...principal, projectId, role, scopes: ROLE_SCOPES[role] };
}

/**
 * The principal as it acts on `projectId`: a member-only person takes their role there (or a 404
 * when they have none); keys and instance admins are unchanged.
 */
export async function actingOn(db: Db, principal: Principal, projectId: string): Promise<Principal> {
  if (!isMemberOnly(principal)) return principal;
  const { role } = await memberProject(db, principal, projectId);
  return asMember(principal, projectId, role);
}

/**
 * The filter on a project id column that keeps a member-only person to the projects they belong
 * to; undefined (no filter) for everyone else.
 */
export function memberFilter(db: Db, principal: Principal, column: SQLiteColumn): SQL | undefined {
  if (!isMemberOnly(principal)) return undefined;
  const mine = db
    .select({ id: memberships.projectId })
    .from(memberships)
    .where(eq(memberships.userId, principal.userId));
  return inArray(column, mine);
}
