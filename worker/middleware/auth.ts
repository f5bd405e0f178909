import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { parseKey } from "../../shared/key-format";
import { apiKeys, type KeyScope } from "../db/schema";
import type { AppEnv, Principal } from "../env";
import { sha256Hex } from "../lib/crypto";
import { AppError } from "../lib/errors";

const LAST_USED_RESOLUTION_MS = 60_000;

/** What `authenticate()` adds to a request: the caller. */
export interface AuthVariables {
  principal: Principal;
}

/** The environment of routes behind `authenticate()`. */
export interface AuthEnv {
  Bindings: Env;
  Variables: AppEnv["Variables"] & AuthVariables;
}

/**
 * Resolves `Authorization: Bearer <key>` to a principal. Missing, malformed, unknown and revoked
 * keys all answer 401; the stored hash is looked up, never the secret.
 */
export function authenticate() {
  return createMiddleware<AuthEnv>(async function authenticate(c, next) {
    c.set("principal", await principalOf(c.get("db"), c.req.header("authorization"), c.executionCtx));
    await next();
  });
}

/** The principal of a request's `Authorization` header, or a 401; for routes that authenticate on their own. */
export async function principalOf(
  db: AppEnv["Variables"]["db"],
  header: string | undefined,
  ctx: { waitUntil(p: Promise<unknown>): void },
): Promise<Principal> {
  if (!header) throw new AppError("unauthorized", "missing Authorization header: use 'Bearer <api key>'");
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const parsed = match?.[1] ? parseKey(match[1]) : null;
  if (!match?.[1] || !parsed) throw new AppError("unauthorized", "malformed API key");
  return resolveKey(db, match[1], (p) => ctx.waitUntil(p));
}

/** Looks a presented key up by hash and records its use at most once a minute. */
export async function resolveKey(
  db: AppEnv["Variables"]["db"],
  secret: string,
  waitUntil?: (p: Promise<unknown>) => void,
): Promise<Principal> {
  const hash = await sha256Hex(secret);
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.secretHash, hash)).limit(1);
  if (!row) throw new AppError("unauthorized", "unknown API key");
  if (row.revokedAt) throw new AppError("unauthorized", "API key has been revoked");
  const now = Date.now();
  if (!row.lastUsedAt || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    const stamp = new Date(now).toISOString();
    const cutoff = new Date(now - LAST_USED_RESOLUTION_MS).toISOString();
    const touch = db
      .update(apiKeys)
      .set({ lastUsedAt: stamp })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, cutoff))))
      .run();
    if (waitUntil) waitUntil(touch.catch(() => undefined));
    else await touch;
  }
  return { keyId: row.id, prefix: row.prefix, projectId: row.projectId, scopes: row.scopes };
}

const RANK: Record<KeyScope, number> = { read: 1, write: 2, admin: 3 };

/** Scopes nest: admin can do what write can, write what read can. */
export function hasScope(principal: Principal, needed: KeyScope): boolean {
  return principal.scopes.some((s) => RANK[s] >= RANK[needed]);
}

/** Throws 403 unless the principal holds `needed`. */
export function assertScope(principal: Principal, needed: KeyScope): void {
  if (!hasScope(principal, needed)) {
    throw new AppError("forbidden", `this API key lacks the '${needed}' scope`);
  }
}

/** Route-level scope middlewares, so the router-wide default can step aside for them. */
const routeScopes = new WeakSet<MiddlewareHandler>();

/**
 * A route's own scope, in its `createRoute({ middleware })`: replaces the method-based default,
 * e.g. `read` for a POST that only issues a socket ticket, or `admin` for a settings change.
 */
export function requireScope(needed: KeyScope) {
  const handler = createMiddleware<AuthEnv>(async function requireScope(c, next) {
    assertScope(c.get("principal"), needed);
    await next();
  });
  routeScopes.add(handler);
  return handler;
}

/**
 * The default scope of a router's routes: reads need `read`, anything that changes data `write`.
 * A route that declares `requireScope` decides for itself.
 */
export function scopeByMethod() {
  return createMiddleware<AuthEnv>(async function scopeByMethod(c, next) {
    if (!matchedRoutes(c).some((route) => routeScopes.has(route.handler))) {
      const reads = c.req.method === "GET" || c.req.method === "HEAD";
      assertScope(c.get("principal"), reads ? "read" : "write");
    }
    await next();
  });
}
