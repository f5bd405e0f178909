import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { memberships, users } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { newId } from "../../lib/ids";

/** A signed-in person as the dashboard sees them: who, their CSRF token, and their projects. */
export async function sessionInfo(db: Db, userId: string, csrfToken: string) {
  const [user, mine] = await db.batch([
    db.query.users.findFirst({
      where: eq(users.id, userId),
      columns: { id: true, email: true, name: true, avatarUrl: true, instanceAdmin: true },
    }),
    db
      .select({ projectId: memberships.projectId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.projectId)),
  ]);
  if (!user) throw new AppError("unauthorized", "session expired or signed out: sign in again");
  return { user, csrfToken, memberships: mine };
}

/**
 * The person with this (already verified) e-mail address, created on first sign-in with no
 * memberships: an identity provider vouches for who someone is, never for what they may see.
 * `profile` (the provider's name and https picture) is used only when the account is created.
 * A disabled account answers 401.
 */
export async function personByEmail(
  db: Db,
  email: string,
  profile: { name?: string; avatarUrl?: string } = {},
): Promise<string> {
  const name = profile.name?.trim().slice(0, 200) || (email.split("@")[0] ?? email);
  const avatarUrl = profile.avatarUrl?.startsWith("https://") ? profile.avatarUrl.slice(0, 500) : null;
  await db
    .insert(users)
    .values({ id: newId("usr"), email, name, avatarUrl })
    .onConflictDoNothing({ target: users.email })
    .run();
  const user = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true, disabledAt: true },
  });
  if (!user || user.disabledAt) throw new AppError("unauthorized", "this account is disabled");
  return user.id;
}
