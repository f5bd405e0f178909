import { and, count, desc, eq, getTableColumns, gte, lt, type SQL } from "drizzle-orm";
import { apiKeys, auditLog, users } from "../../db/schema";
import type { Principal } from "../../env";
import type { Deps } from "../../lib/context";
import { assertScope } from "../../middleware/auth";
import { actorColumns, actorOf } from "./actor";
import type { AuditListInput } from "./audit.schema";

/** Normalises a date or date-time bound to the stored ISO form so text comparison orders by time. */
const bound = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString();

/**
 * The audit log, newest first. Needs the admin scope; a project key sees its own project's rows,
 * an instance key sees all (or one project's with `projectId`). Each row names its actor: the
 * person (name, e-mail) and the key (name) it acted through; a person-owned key's rows carry both.
 */
export async function listAudit({ db }: Deps, principal: Principal, q: AuditListInput) {
  assertScope(principal, "admin");
  const where: (SQL | undefined)[] = [];
  if (principal.projectId) where.push(eq(auditLog.projectId, principal.projectId));
  if (q.projectId && q.projectId !== principal.projectId) {
    where.push(eq(auditLog.projectId, q.projectId));
  }
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.keyId) where.push(eq(auditLog.keyId, q.keyId));
  if (q.from) where.push(gte(auditLog.createdAt, bound(q.from)));
  if (q.to) where.push(lt(auditLog.createdAt, bound(q.to)));
  const filter = and(...where);
  const [rows, totals] = await db.batch([
    db
      .select({ ...getTableColumns(auditLog), ...actorColumns })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .leftJoin(apiKeys, eq(apiKeys.id, auditLog.keyId))
      .where(filter)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ total: count() }).from(auditLog).where(filter),
  ]);
  const data = rows.map(({ personName, personEmail, keyName, ...row }) => ({
    ...row,
    actor: actorOf(row.userId, row.keyId, { personName, personEmail, keyName }),
  }));
  return { data, page: q.page, limit: q.limit, total: totals[0]?.total ?? 0 };
}
