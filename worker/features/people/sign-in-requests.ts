import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { signInRequests } from "../../db/schema";
import { randomToken, sha256Hex } from "../../lib/crypto";
import { AppError } from "../../lib/errors";

const REQUEST_MS = 10 * 60_000;

/** What a provider sign-in needs to remember between the redirect out and the callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The PKCE S256 challenge of `codeVerifier`, sent with the authorization request. */
  codeChallenge: string;
}

const base64url = (bytes: ArrayBuffer): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

/**
 * Starts a provider sign-in: fresh state, nonce and PKCE verifier (32 random bytes each), kept in
 * D1 under the state's hash for ten minutes. Expired requests are swept on the way.
 */
export async function beginSignIn(db: Db, provider: string): Promise<PendingSignIn> {
  const state = randomToken(32);
  const nonce = randomToken(32);
  const codeVerifier = randomToken(32);
  const now = new Date();
  await db.batch([
    db.delete(signInRequests).where(lt(signInRequests.expiresAt, now.toISOString())),
    db.insert(signInRequests).values({
      id: await sha256Hex(state),
      provider,
      nonce,
      codeVerifier,
      expiresAt: new Date(now.getTime() + REQUEST_MS).toISOString(),
    }),
  ]);
  const codeChallenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier)));
  return { state, nonce, codeVerifier, codeChallenge };
}

/**
 * Spends the sign-in request a callback's `state` names, for this provider: its nonce and PKCE
 * verifier, or a 401 when the state is unknown, already spent, expired or was made for another
 * provider. Reading and deleting are one statement, so a replayed callback finds nothing.
 */
export async function finishSignIn(
  db: Db,
  provider: string,
  state: string,
): Promise<{ nonce: string; codeVerifier: string }> {
  const [row] = await db
    .delete(signInRequests)
    .where(
      and(
        eq(signInRequests.id, await sha256Hex(state)),
        eq(signInRequests.provider, provider),
        gt(signInRequests.expiresAt, new Date().toISOString()),
      ),
    )
    .returning({ nonce: signInRequests.nonce, codeVerifier: signInRequests.codeVerifier });
  if (!row) throw new AppError("unauthorized", "sign-in refused: unknown, expired or already used state");
  return row;
}
