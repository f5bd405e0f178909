import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiKeys, memberships, sessions, users } from "../../db/schema";
import { keyWithOwner, standingProblem } from "./key-owners";
import { sessionProblem } from "./sessions.service";

/**
 * Whether the holder a socket ticket was issued to (see `holderOf`: a key id, or a session id
 * `ses_…`) may still watch `projectId`. A session must still sign its person in (`sessionProblem`)
 * and that person be an instance admin or a member of the project; a key must be unrevoked and its
 * owner, if it has one, still stand in the key's project (`standingProblem`). The same rules as a
 * request's cookie or key, so a ticket dies with either.
 */
export async function holderIsActive(db: Db, holder: string, projectId: string): Promise<boolean> {
  return holder.startsWith("ses_") ? sessionMayWatch(db, holder, projectId) : keyIsActive(db, holder);
}

async function sessionMayWatch(db: Db, sessionId: string, projectId: string): Promise<boolean> {
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      disabledAt: users.disabledAt,
      instanceAdmin: users.instanceAdmin,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.projectId, projectId)))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return row !== undefined && sessionProblem(row) === null && (row.instanceAdmin || row.role !== null);
}

async function keyIsActive(db: Db, keyId: string): Promise<boolean> {
  const found = await keyWithOwner(db, eq(apiKeys.id, keyId));
  if (!found || found.key.revokedAt !== null) return false;
  return standingProblem(found.owner) === null;
}
