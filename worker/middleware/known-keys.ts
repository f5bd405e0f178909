import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../db/client";
import { apiKeys, type KeyScope } from "../db/schema";
import type { KeyPrincipal } from "../env";
import { AppError } from "../lib/errors";

const LAST_USED_RESOLUTION_MS = 60_000;
const KNOWN_MAX = 1_000;

/** A key as this isolate last saw it: its principal (scopes as its owner's role allowed then) and its own scopes. */
export interface KnownKey {
  principal: KeyPrincipal;
  keyScopes: KeyScope[];
}

/**
 * Keys this isolate has resolved, by the hash of their secret: what never changes after a key is
 * issued (id, prefix, project, owner, own scopes, plan) and the scopes its owner's role allowed when
 * last checked. Whether a key still exists, is unrevoked and what its owner may do now is never
 * taken from here; it is read from D1 on every request.
 */
const known = new Map<string, KnownKey>();

/** A key resolved before in this isolate. */
export function knownKey(hash: string): KnownKey | undefined {
  return known.get(hash);
}

/** Remembers a resolved key; the oldest entry makes room once the map is full. */
export function rememberKey(hash: string, entry: KnownKey): void {
  if (known.size >= KNOWN_MAX && !known.has(hash)) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
  known.set(hash, entry);
}

/** Forgets a key, so its next use is resolved from D1 in full. */
export function forgetKey(hash: string): void {
  known.delete(hash);
}

/** A key's changing state as read from D1: null when no such key exists. */
export type KeyState = { revokedAt: string | null; lastUsedAt: string | null } | null;

/** The state in a raw `select revoked_at, last_used_at` row. */
export function keyStateOf(row: unknown): KeyState {
  if (typeof row !== "object" || row === null) return null;
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    revokedAt: "revoked_at" in row ? text(row.revoked_at) : null,
    lastUsedAt: "last_used_at" in row ? text(row.last_used_at) : null,
  };
}

/**
 * Throws the 401 for a key that does not exist or is revoked (and forgets it); otherwise records
 * its use, at most once a minute, through `waitUntil` when given.
 */
export function assertUsable(
  db: Db,
  hash: string,
  keyId: string,
  state: KeyState,
  waitUntil?: (p: Promise<unknown>) => void,
): Promise<void> | undefined {
  if (!state) {
    known.delete(hash);
    throw new AppError("unauthorized", "unknown API key");
  }
  if (state.revokedAt) {
    known.delete(hash);
    throw new AppError("unauthorized", "API key has been revoked");
  }
  const now = Date.now();
  if (state.lastUsedAt && now - Date.parse(state.lastUsedAt) <= LAST_USED_RESOLUTION_MS) return;
  const stamp = new Date(now).toISOString();
  const cutoff = new Date(now - LAST_USED_RESOLUTION_MS).toISOString();
  const touch = db
    .update(apiKeys)
    .set({ lastUsedAt: stamp })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, cutoff))))
    .run();
  if (!waitUntil) return touch.then(() => undefined);
  waitUntil(touch.catch(() => undefined));
}
