import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { memberships, users } from "../../db/schema";
import { AppError } from "../../lib/errors";

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
