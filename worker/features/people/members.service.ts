import { and, asc, count, eq, isNull } from "drizzle-orm";
import { apiKeys, memberships, type Role, sessions, users } from "../../db/schema";
import type { Principal } from "../../env";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";

/** The people of one project with their roles, by e-mail address. */
export async function listMembers({ db, projectId }: TenantDeps) {
  const data = await db
    .select({
      userId: memberships.userId,
      email: users.email,
      name: users.name,
      role: memberships.role,
      createdAt: memberships.createdAt,
      lastSeenAt: users.lastSeenAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId))
    .orderBy(asc(users.email));
  return { data };
}

/** Owners, instance admins and instance-wide keys may grant or take away the owner role; project admins may not. */
export function mayManageOwners(principal: Principal): boolean {
  if (principal.kind === "key") return principal.projectId === null;
  return principal.instanceAdmin || principal.role === "owner";
}

async function memberOf({ db, projectId }: TenantDeps, userId: string) {
  const row = await db.query.memberships.findFirst({
    where: and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)),
  });
  if (!row) throw notFound("member", userId);
  return row;
}

/** Refuses a change that touches the owner role without the right to, or that leaves no owner. */
async function assertOwnerRules(deps: TenantDeps, principal: Principal, from: Role, to: Role | null): Promise<void> {
  if ((from === "owner" || to === "owner") && from !== to && !mayManageOwners(principal)) {
    throw new AppError("forbidden", "only an owner can grant or take away the owner role");
  }
  if (from === "owner" && to !== "owner") {
    const [owners] = await deps.db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.projectId, deps.projectId), eq(memberships.role, "owner")));
    if ((owners?.n ?? 0) <= 1) throw new AppError("conflict", "a project keeps at least one owner");
  }
}

/** Changes a member's role; audited as `membership.updated`. */
export async function changeRole(deps: TenantDeps, principal: Principal, userId: string, role: Role) {
  const before = await memberOf(deps, userId);
  await assertOwnerRules(deps, principal, before.role, role);
  const where = and(eq(memberships.projectId, deps.projectId), eq(memberships.userId, userId));
  await deps.db.batch([
    deps.db.update(memberships).set({ role }).where(where),
    ...changeLog(deps.db, {
      projectId: deps.projectId,
      actor: deps.actor,
      action: "update",
      entity: "membership",
      entityId: userId,
      before: { role: before.role },
      after: { role },
    }),
  ]);
  return (await listMembers(deps)).data.find((m) => m.userId === userId) ?? null;
}

/**
 * Removes a member: from the next request on, the project answers them 404, and their keys for this
 * project are revoked (in the same batch). Audited as `membership.deleted`. Answers the holders
 * (session and key ids) whose open sockets on the project must now be closed.
 */
export async function removeMember(deps: TenantDeps, principal: Principal, userId: string): Promise<string[]> {
  const before = await memberOf(deps, userId);
  await assertOwnerRules(deps, principal, before.role, null);
  const ownKeys = and(eq(apiKeys.projectId, deps.projectId), eq(apiKeys.ownerId, userId));
  const [, , keys, ownSessions] = await deps.db.batch([
    deps.db.delete(memberships).where(and(eq(memberships.projectId, deps.projectId), eq(memberships.userId, userId))),
    deps.db
      .update(apiKeys)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(ownKeys, isNull(apiKeys.revokedAt))),
    deps.db.select({ id: apiKeys.id }).from(apiKeys).where(ownKeys),
    deps.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)),
    ...changeLog(deps.db, {
      projectId: deps.projectId,
      actor: deps.actor,
      action: "delete",
      entity: "membership",
      entityId: userId,
      before: { role: before.role },
      after: null,
    }),
  ]);
  return [...keys, ...ownSessions].map((h) => h.id);
}
