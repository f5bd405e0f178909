import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiKeys, type KeyScope, memberships, type Role, users } from "../../db/schema";
import { AppError } from "../../lib/errors";

/**
 * A key's owner as D1 says they stand now, read in the same statement as the key itself: the owner
 * (null for a service-account or instance key), whether they are disabled, whether they are an
 * instance admin, and their role in the key's project (null when they are not a member).
 */
export interface OwnerStanding {
  ownerId: string | null;
  disabledAt: string | null;
  instanceAdmin: boolean;
  role: Role | null;
}

const RANK: Record<KeyScope, number> = { read: 1, write: 2, admin: 3 };
const BY_RANK: KeyScope[] = ["read", "write", "admin"];
const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 3 };

/** The most a person with `role` may hold, as a scope: viewer read, editor write, admin and owner admin. */
export function roleCeiling(role: Role): KeyScope {
  return BY_RANK[ROLE_RANK[role] - 1] ?? "read";
}

/** True when every scope in `scopes` is within what `role` may hold. */
export function withinRole(scopes: readonly KeyScope[], role: Role): boolean {
  return scopes.every((s) => RANK[s] <= ROLE_RANK[role]);
}

/**
 * The scopes a key holds right now: its own, each cut down to its owner's current role in the key's
 * project. A service-account or instance key, and a key of an instance admin, keep theirs. A key
 * whose owner is disabled, or no longer a member of the key's project, answers 401 (removing a
 * member or disabling a person also revokes their keys; this refuses them even before that lands).
 */
export function scopesNow(scopes: readonly KeyScope[], owner: OwnerStanding): KeyScope[] {
  const problem = standingProblem(owner);
  if (problem) throw new AppError("unauthorized", problem);
  if (owner.ownerId === null || owner.instanceAdmin || !owner.role) return [...scopes];
  const ceiling = ROLE_RANK[owner.role];
  const capped = scopes.map((s) => BY_RANK[Math.min(RANK[s], ceiling) - 1] ?? "read");
  return [...new Set(capped)];
}

/**
 * Why a key whose owner stands as `owner` no longer works, or null when it does: its owner is
 * disabled, or is neither an instance admin nor a member of the key's project any more. A
 * service-account or instance key (no owner) always stands.
 */
export function standingProblem(owner: OwnerStanding): string | null {
  if (owner.ownerId === null) return null;
  if (owner.disabledAt) return "the person this API key belongs to is disabled";
  if (owner.instanceAdmin || owner.role) return null;
  return "the person this API key belongs to is no longer a member";
}

/** Whether `scopes` reach `needed` (scopes nest: admin covers write, write covers read). */
export function reaches(scopes: readonly KeyScope[], needed: KeyScope): boolean {
  return scopes.some((s) => RANK[s] >= RANK[needed]);
}

/** The standing in a raw row with `owner_id`, `owner_disabled_at`, `owner_instance_admin`, `owner_role`. */
export function standingOf(row: unknown): OwnerStanding {
  const get = (key: string): unknown =>
    typeof row === "object" && row !== null && key in row ? (row as Record<string, unknown>)[key] : null;
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  const role = text(get("owner_role"));
  return {
    ownerId: text(get("owner_id")),
    disabledAt: text(get("owner_disabled_at")),
    instanceAdmin: get("owner_instance_admin") === 1 || get("owner_instance_admin") === true,
    role: isRole(role) ? role : null,
  };
}

function isRole(value: string | null): value is Role {
  return value === "viewer" || value === "editor" || value === "admin" || value === "owner";
}

/** The guard's statement: a key's state and its owner's standing in one row (two primary-key lookups joined). */
export const KEY_STATE_SQL = `select k.revoked_at, k.last_used_at, k.owner_id, u.disabled_at as owner_disabled_at,
  u.instance_admin as owner_instance_admin, m.role as owner_role
  from api_keys k left join users u on u.id = k.owner_id
  left join memberships m on m.user_id = k.owner_id and m.project_id = k.project_id
  where k.id = ?`;

/**
 * The key matching `where` with its owner's standing, through drizzle: the same joins as
 * KEY_STATE_SQL, for reads outside the guard's batch (authentication by hash, a ticket's key by id).
 */
export async function keyWithOwner(db: Db, where: SQL) {
  const [found] = await db
    .select({
      key: apiKeys,
      ownerDisabledAt: users.disabledAt,
      ownerInstanceAdmin: users.instanceAdmin,
      ownerRole: memberships.role,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.ownerId))
    .leftJoin(memberships, and(eq(memberships.userId, apiKeys.ownerId), eq(memberships.projectId, apiKeys.projectId)))
    .where(where)
    .limit(1);
  if (!found) return undefined;
  const owner: OwnerStanding = {
    ownerId: found.key.ownerId,
    disabledAt: found.ownerDisabledAt,
    instanceAdmin: found.ownerInstanceAdmin === true,
    role: found.ownerRole,
  };
  return { key: found.key, owner };
}
