import { and, count, desc, eq, getTableColumns, isNull, type SQL } from "drizzle-orm";
import { generateKey } from "../../../shared/key-format";
import { apiKeys, type KeyScope, memberships, projects, users } from "../../db/schema";
import type { Principal } from "../../env";
import { changeLog } from "../../lib/audit";
import type { Deps } from "../../lib/context";
import { sha256Hex } from "../../lib/crypto";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { assertScope, hasScope } from "../../middleware/auth";
import { roleCeiling, withinRole } from "../people/key-owners";
import type { ApiKeyCreateInput, ApiKeyRow } from "./keys.schema";

const { secretHash: _hidden, ...publicColumns } = getTableColumns(apiKeys);

/**
 * Instance admins see every key; a project admin (key or person) its project's keys; any other
 * member only the keys they own in the project they named.
 */
function visibility(principal: Principal): SQL | undefined {
  if (principal.kind === "person" && principal.projectId && !hasScope(principal, "admin")) {
    return and(eq(apiKeys.projectId, principal.projectId), eq(apiKeys.ownerId, principal.userId));
  }
  assertScope(principal, "admin");
  return principal.projectId ? eq(apiKeys.projectId, principal.projectId) : undefined;
}

export async function listKeys(
  { db }: Deps,
  principal: Principal,
  q: { page: number; limit: number; projectId?: string; includeRevoked: boolean },
) {
  const where: (SQL | undefined)[] = [visibility(principal)];
  if (q.projectId) where.push(eq(apiKeys.projectId, q.projectId));
  if (!q.includeRevoked) where.push(isNull(apiKeys.revokedAt));
  const filter = and(...where);
  const [rows, totals] = await db.batch([
    db
      .select({ ...publicColumns, ownerName: users.name, ownerEmail: users.email })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.ownerId))
      .where(filter)
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ total: count() }).from(apiKeys).where(filter),
  ]);
  const data = rows.map(({ ownerName, ownerEmail, ...key }) => ({
    ...key,
    owner: key.ownerId && ownerEmail !== null ? { id: key.ownerId, name: ownerName ?? "", email: ownerEmail } : null,
  }));
  return { data, page: q.page, limit: q.limit, total: totals[0]?.total ?? 0 };
}

export async function getKey({ db }: Deps, principal: Principal, id: string): Promise<ApiKeyRow> {
  const [row] = await db
    .select(publicColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), visibility(principal)));
  if (!row) throw notFound("API key", id);
  return row;
}

/**
 * Creates a key and returns its secret, the only time it is ever visible. A project admin key can
 * only mint keys for its own project (the default when `projectId` is left out); asking it for an
 * instance-wide key (`projectId: null`) is refused rather than quietly narrowed. The key belongs to
 * `ownerId` (default: the caller's person) and may not ask for more than that person's role; any
 * member may make keys for themselves, only admins service-account keys or keys for others.
 */
export async function createKey(
  deps: Deps,
  principal: Principal,
  input: ApiKeyCreateInput,
): Promise<{ key: ApiKeyRow; secret: string }> {
  const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
  if (!(principal.kind === "person" && ownerId === principal.userId)) assertScope(principal, "admin");
  const { db, actor } = deps;
  let projectId = input.projectId ?? null;
  if (principal.projectId) {
    if (input.projectId === null) throw new AppError("forbidden", "only an instance-wide admin key can do this");
    if (projectId && projectId !== principal.projectId) throw notFound("project", projectId);
    projectId = principal.projectId;
    if (input.plan && input.plan !== "standard") {
      throw new AppError("forbidden", "only an instance-wide admin key can give a key another plan than standard");
    }
  }
  if (projectId) {
    const project = await db.query.projects.findFirst({ where: eq(projects.id, projectId), columns: { id: true } });
    if (!project) throw notFound("project", projectId);
  }
  const scopes = [...new Set(input.scopes)];
  if (ownerId !== null) await assertOwnerMayHold(deps, ownerId, projectId, scopes);
  const { secret, prefix } = generateKey();
  const values = {
    id: newId("key"),
    projectId,
    name: input.name,
    prefix,
    ownerId,
    scopes,
    plan: input.plan ?? "standard",
    secretHash: await sha256Hex(secret),
  };
  const { secretHash: _h, ...visible } = values;
  const [inserted] = await db.batch([
    db.insert(apiKeys).values(values).returning(publicColumns),
    ...changeLog(db, {
      projectId,
      actor,
      action: "create",
      entity: "api_key",
      entityId: values.id,
      subject: false,
      before: null,
      after: visible,
    }),
  ]);
  const key = inserted[0];
  if (!key) throw new Error("insert returned no row");
  return { key, secret };
}

/**
 * Refuses a key its owner could not use: the owner must be an instance admin, or a member of the
 * key's project whose role holds every scope asked for (a person-owned key always has a project
 * unless its owner is an instance admin).
 */
async function assertOwnerMayHold(
  { db }: Deps,
  ownerId: string,
  projectId: string | null,
  scopes: KeyScope[],
): Promise<void> {
  const owner = await db.query.users.findFirst({
    where: eq(users.id, ownerId),
    columns: { instanceAdmin: true, disabledAt: true },
  });
  if (!owner || owner.disabledAt) throw notFound("person", ownerId);
  if (owner.instanceAdmin) return;
  if (!projectId)
    throw new AppError("bad_request", "a key owned by a person who is not an instance admin needs a project");
  const member = await db.query.memberships.findFirst({
    where: and(eq(memberships.projectId, projectId), eq(memberships.userId, ownerId)),
    columns: { role: true },
  });
  if (!member) throw notFound("member", ownerId);
  if (!withinRole(scopes, member.role)) {
    throw new AppError(
      "forbidden",
      `the key's owner is ${member.role} in this project, which holds at most '${roleCeiling(member.role)}'`,
    );
  }
}

/** Revokes a key at once; revoking a revoked key changes nothing and answers the same. */
export async function revokeKey(deps: Deps, principal: Principal, id: string): Promise<ApiKeyRow> {
  const current = await getKey(deps, principal, id);
  if (current.revokedAt) return current;
  const { db, actor } = deps;
  const revokedAt = new Date().toISOString();
  const [updated] = await db.batch([
    db
      .update(apiKeys)
      .set({ revokedAt })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning(publicColumns),
    ...changeLog(
      db,
      {
        projectId: current.projectId,
        actor,
        action: "revoke",
        entity: "api_key",
        entityId: id,
        subject: false,
        before: { revokedAt: null },
        after: { revokedAt },
      },
      "ifChanged",
    ),
  ]);
  return updated[0] ?? (await getKey(deps, principal, id));
}
