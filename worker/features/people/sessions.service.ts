import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { sessions, signInLinks, users } from "../../db/schema";
import type { PersonPrincipal } from "../../env";
import { randomToken, sha256Hex } from "../../lib/crypto";
import { AppError } from "../../lib/errors";
import { newId } from "../../lib/ids";

const SESSION_MS = 14 * 24 * 3600_000;
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** A new session: the cookie's token (shown to the browser only) and the CSRF token writes must carry. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Starts a session for a person. Sign-in always makes a new token, and the session the browser
 * came with (`replacing`, its cookie token) ends, so a token planted before sign-in never becomes
 * a signed-in one. Refuses a disabled account.
 */
export async function startSession(db: Db, userId: string, replacing?: string): Promise<NewSession> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId), columns: { disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("unauthorized", "this account is disabled");
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + SESSION_MS);
  const insert = db.insert(sessions).values({
    id: newId("ses"),
    userId,
    tokenHash: await sha256Hex(token),
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  });
  if (replacing)
    await db.batch([db.delete(sessions).where(eq(sessions.tokenHash, await sha256Hex(replacing))), insert]);
  else await insert.run();
  return { token, csrfToken, expiresAt };
}

const SESSION_ENDED = "session expired or signed out: sign in again";

/**
 * Why a session (its expiry and its person's `disabledAt`, as D1 holds them now) no longer signs
 * anyone in, or null when it does: it has expired, or its account is disabled. (A signed-out
 * session has no row: that is `SESSION_ENDED` too.)
 */
export function sessionProblem(
  row: { expiresAt: string; disabledAt: string | null },
  now = new Date().toISOString(),
): string | null {
  if (row.expiresAt <= now) return SESSION_ENDED;
  if (row.disabledAt) return "this account is disabled";
  return null;
}

/**
 * The person behind a session cookie's token, or a 401 when the session is unknown, expired,
 * signed out or its account disabled. Records the person's last visit at most once a minute.
 */
export async function resolveSession(
  db: Db,
  token: string,
  waitUntil: (p: Promise<unknown>) => void,
): Promise<PersonPrincipal> {
  const now = new Date().toISOString();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      instanceAdmin: users.instanceAdmin,
      disabledAt: users.disabledAt,
      lastSeenAt: users.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, await sha256Hex(token)))
    .limit(1);
  if (!row) throw new AppError("unauthorized", SESSION_ENDED);
  const problem = sessionProblem(row, now);
  if (problem) throw new AppError("unauthorized", problem);
  if (!row.lastSeenAt || Date.now() - Date.parse(row.lastSeenAt) > LAST_SEEN_RESOLUTION_MS) {
    const cutoff = new Date(Date.now() - LAST_SEEN_RESOLUTION_MS).toISOString();
    const touch = db
      .update(users)
      .set({ lastSeenAt: now })
      .where(and(eq(users.id, row.userId), or(isNull(users.lastSeenAt), lt(users.lastSeenAt, cutoff))))
      .run();
    waitUntil(touch.catch(() => undefined));
  }
  return {
    kind: "person",
    keyId: null,
    userId: row.userId,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    prefix: row.userId,
    instanceAdmin: row.instanceAdmin,
    projectId: null,
    role: null,
    scopes: row.instanceAdmin ? ["admin"] : [],
  };
}

/** Ends one session (sign-out). */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a person (sign-out everywhere); returns how many ended. */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/**
 * Spends a single-use sign-in link: the person it was made for, or a 401 when the link is
 * unknown, already used or expired. Marking it used and reading it are one statement, so two
 * browsers racing with the same link cannot both sign in.
 */
export async function consumeSignInLink(db: Db, token: string): Promise<string> {
  const now = new Date().toISOString();
  const [spent] = await db
    .update(signInLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(signInLinks.tokenHash, await sha256Hex(token)),
        isNull(signInLinks.usedAt),
        gt(signInLinks.expiresAt, now),
      ),
    )
    .returning({ userId: signInLinks.userId });
  if (!spent) throw new AppError("unauthorized", "this sign-in link is unknown, already used or expired");
  return spent.userId;
}

/** Makes a single-use sign-in link token for a person, valid for `ttlMs`. */
export async function createSignInLink(db: Db, userId: string, ttlMs = 24 * 3600_000): Promise<string> {
  const token = randomToken(32);
  await db
    .insert(signInLinks)
    .values({
      id: newId("sil"),
      userId,
      tokenHash: await sha256Hex(token),
      expiresAt: new Date(Date.now() + ttlMs).toISOString(),
    })
    .run();
  return token;
}
