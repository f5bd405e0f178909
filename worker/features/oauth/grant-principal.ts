import type { ValidatedAccessToken } from "@cloudflare/workers-oauth-provider";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type KeyScope, memberships, type Role, users } from "../../db/schema";
import type { PersonPrincipal } from "../../env";
import { AppError } from "../../lib/errors";
import { ROLE_SCOPES } from "../people/roles";
import { type GrantProps, OAUTH_SCOPES, type OAuthScope } from "./provider";

const RANK: Record<KeyScope, number> = { read: 1, write: 2, admin: 3 };

/** The scopes of `asked` that `role` allows: never more than the role (viewer reads, editor writes). */
export function scopesWithin(asked: readonly OAuthScope[], role: Role): OAuthScope[] {
  const ceiling = Math.max(...ROLE_SCOPES[role].map((s) => RANK[s]));
  return asked.filter((s) => RANK[s] <= ceiling);
}

/**
 * The person an OAuth access token acts for, as they stand NOW: their current role in the grant's
 * one project (an instance admin counts as owner), narrowed to the scopes the grant allows, so a
 * role change applies from the next call and a grant never exceeds the role. A person removed from
 * the project, disabled or deleted gets a 401, which sends the client back to authorization.
 */
export async function grantPrincipal(db: Db, token: ValidatedAccessToken<GrantProps>): Promise<PersonPrincipal> {
  const { userId, projectId } = token.props;
  const [row] = await db
    .select({ instanceAdmin: users.instanceAdmin, disabledAt: users.disabledAt, role: memberships.role })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.projectId, projectId)))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.disabledAt)
    throw new AppError("unauthorized", "the person who granted this access can no longer sign in");
  const role: Role | null = row.role ?? (row.instanceAdmin ? "owner" : null);
  if (!role)
    throw new AppError("unauthorized", "the person who granted this access is no longer a member of its project");
  const scopes = scopesWithin(
    OAUTH_SCOPES.filter((s) => token.scope.includes(s)),
    role,
  );
  return {
    kind: "person",
    keyId: null,
    userId,
    sessionId: `oauth:${token.clientId}`,
    csrfToken: "",
    prefix: `oauth:${token.clientId.slice(0, 8)}`,
    instanceAdmin: false,
    projectId,
    role,
    scopes,
  };
}
