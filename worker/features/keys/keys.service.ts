import { and, count, desc, eq, getTableColumns, isNull, type SQL } from "drizzle-orm";
import { generateKey } from "../../../shared/key-format";
import { apiKeys, projects } from "../../db/schema";
import type { Principal } from "../../env";
import { changeLog } from "../../lib/audit";
import type { Deps } from "../../lib/context";
import { sha256Hex } from "../../lib/crypto";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { assertScope } from "../../middleware/auth";
import type { ApiKeyCreateInput, ApiKeyRow } from "./keys.schema";

const { secretHash: _hidden, ...publicColumns } = getTableColumns(apiKeys);

/** Instance admins see every key; a project admin key sees its own project's keys only. */
function visibility(principal: Principal): SQL | undefined {
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
      .select(publicColumns)
      .from(apiKeys)
      .where(filter)
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ total: count() }).from(apiKeys).where(filter),
  ]);
  return { data: rows, page: q.page, limit: q.limit, total: totals[0]?.total ?? 0 };
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
 * instance-wide key (`projectId: null`) is refused rather than quietly narrowed.
 */
export async function createKey(
  deps: Deps,
  principal: Principal,
  input: ApiKeyCreateInput,
): Promise<{ key: ApiKeyRow; secret: string }> {
  assertScope(principal, "admin");
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
  const { secret, prefix } = generateKey();
  const scopes = [...new Set(input.scopes)];
  const values = {
    id: newId("key"),
    projectId,
    name: input.name,
    prefix,
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
