import { eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { parseKey } from "../../shared/key-format";
import { apiKeys, type KeyScope } from "../db/schema";
import type { AppEnv, KeyPrincipal, Principal } from "../env";
import { KEY_STATE_SQL, keyWithOwner, reaches, scopesNow, standingOf } from "../features/people/key-owners";
import { assertSameOriginWrite, sessionToken } from "../features/people/session-cookie";
import { resolveSession } from "../features/people/sessions.service";
import { sha256Hex } from "../lib/crypto";
import { AppError } from "../lib/errors";
import { RequestGuard, requestGuards } from "../lib/request-guard";
import { assertUsable, forgetKey, type KnownKey, keyStateOf, knownKey, rememberKey } from "./known-keys";

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
 *
 * Without an `Authorization` header, a session cookie signs a person in instead (see
 * `resolveSession`); a write made with the cookie must also pass `assertSameOriginWrite` (CSRF).
 * A request with both is a key request: the cookie is ignored.
 *
 * A read (GET, HEAD) with a key this isolate has resolved before takes the key's unchanging
 * attributes (project, scopes) from memory and checks that the key still exists and is not revoked
 * in the same D1 round trip as the route's first read batch (`RequestGuard`); the answer leaves
 * only once that check has passed, and a revoked key's read answers 401 like any other.
 */
export function authenticate() {
  return createMiddleware<AuthEnv>(async function authenticate(c, next) {
    const authorization = c.req.header("authorization");
    const cookie = authorization ? undefined : sessionToken(c);
    if (cookie) {
      const principal = await resolveSession(c.get("db"), cookie, (p) => c.executionCtx.waitUntil(p));
      if (!isRead(c.req.method)) assertSameOriginWrite(c, principal.csrfToken);
      c.set("principal", principal);
      return next();
    }
    const { principal, guard } = await callerOf(doorOf(c), isRead(c.req.method));
    c.set("principal", principal);
    if (!guard) return next();
    await requestGuards.run(guard, next);
    await guard.ensure();
  });
}

/**
 * A cached key's scopes as its owner's role allows them now (from the guard's row): the request keeps
 * going only if every scope it was already checked for is still held, and the cache learns the change.
 */
function settleScopes(principal: KeyPrincipal, hash: string, known: KnownKey, row: unknown): void {
  provisional.delete(principal);
  let scopes: KeyScope[];
  try {
    scopes = scopesNow(known.keyScopes, standingOf(row));
  } catch (err) {
    forgetKey(hash);
    throw err;
  }
  const checked = demands.get(principal) ?? [];
  principal.scopes = scopes;
  if (scopes.join() !== known.principal.scopes.join()) {
    rememberKey(hash, { principal: { ...known.principal, scopes }, keyScopes: known.keyScopes });
  }
  for (const needed of checked) assertScope(principal, needed);
}

function isRead(method: string): boolean {
  return method === "GET" || method === "HEAD";
}

/** A request's caller and, when its key came from this isolate's memory, the check still owed. */
export interface Caller {
  principal: Principal;
  /**
   * Set only for a key resolved before in this isolate: whether it still exists, is unrevoked and
   * what its owner's role allows now is not yet known. Serve the request inside
   * `requestGuards.run(guard, ...)` (writes wait for the check, the first read batch carries it) and
   * `await guard.ensure()` before the answer leaves.
   */
  guard: RequestGuard | null;
}

/**
 * The caller of a request's `Authorization: Bearer <key>` header. With `deferCheck` (a door that
 * holds its answer until `guard.ensure()` has passed), a key this isolate has resolved before is
 * taken from memory and its revocation and owner check is handed back as a guard instead of run
 * here; an unknown key is always looked up now. Throws 401 for a missing, malformed, unknown or
 * revoked key.
 */
export async function callerOf(door: Door, deferCheck: boolean): Promise<Caller> {
  const { db, d1, waitUntil } = door;
  const hash = await sha256Hex(presentedKey(door.authorization));
  const known = deferCheck ? knownKey(hash) : undefined;
  if (!known) return { principal: await resolveHash(db, hash, waitUntil), guard: null };
  const principal: KeyPrincipal = { ...known.principal };
  provisional.add(principal);
  const guard = new RequestGuard(
    () => d1.prepare(KEY_STATE_SQL).bind(known.principal.keyId),
    (row) => {
      assertUsable(db, hash, known.principal.keyId, keyStateOf(row), waitUntil);
      settleScopes(principal, hash, known, row);
    },
  );
  return { principal, guard };
}

/** What `callerOf` needs of a request: its `Authorization` header, the database, and `waitUntil`. */
export interface Door {
  authorization: string | undefined;
  db: AppEnv["Variables"]["db"];
  /** The raw binding, for the guard's statement (it must not wait for the guard it is). */
  d1: D1Database;
  waitUntil(p: Promise<unknown>): void;
}

/** The `Door` of a request at the Worker's door (after the `db` middleware). */
export const doorOf = <E extends AppEnv>(c: Context<E>): Door => ({
  authorization: c.req.header("authorization"),
  db: c.get("db"),
  d1: c.env.DB,
  waitUntil: (p) => c.executionCtx.waitUntil(p),
});

/** The principal of a request's `Authorization` header, or a 401; for routes that authenticate on their own. */
export async function principalOf(
  db: AppEnv["Variables"]["db"],
  header: string | undefined,
  ctx: { waitUntil(p: Promise<unknown>): void },
): Promise<KeyPrincipal> {
  return resolveKey(db, presentedKey(header), (p) => ctx.waitUntil(p));
}

/** The key in a `Bearer` header, or a 401 naming what is wrong with the header. */
function presentedKey(header: string | undefined): string {
  if (!header) throw new AppError("unauthorized", "missing Authorization header: use 'Bearer <api key>'");
  const secret = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!secret || !parseKey(secret)) throw new AppError("unauthorized", "malformed API key");
  return secret;
}

/** Looks a presented key up by hash and records its use at most once a minute. */
export async function resolveKey(
  db: AppEnv["Variables"]["db"],
  secret: string,
  waitUntil?: (p: Promise<unknown>) => void,
): Promise<KeyPrincipal> {
  return resolveHash(db, await sha256Hex(secret), waitUntil);
}

/**
 * Looks a key up by hash together with its owner's standing (one statement: the key, its owner and
 * the owner's membership of the key's project), so its scopes are cut to the owner's role now.
 */
async function resolveHash(
  db: AppEnv["Variables"]["db"],
  hash: string,
  waitUntil?: (p: Promise<unknown>) => void,
): Promise<KeyPrincipal> {
  const found = await keyWithOwner(db, eq(apiKeys.secretHash, hash));
  const row = found?.key;
  const state = row ? { revokedAt: row.revokedAt, lastUsedAt: row.lastUsedAt } : null;
  await assertUsable(db, hash, row?.id ?? "", state, waitUntil);
  if (!found || !row) throw new AppError("unauthorized", "unknown API key");
  const scopes = scopesNow(row.scopes, found.owner);
  const principal: KeyPrincipal = {
    kind: "key",
    keyId: row.id,
    userId: row.ownerId,
    prefix: row.prefix,
    projectId: row.projectId,
    scopes,
    plan: row.plan,
  };
  rememberKey(hash, { principal, keyScopes: row.scopes });
  return principal;
}
/**
 * Principals of cached keys whose owner's role is not yet read back (see `authenticate`), and the
 * scopes each was checked for meanwhile: those are checked again once the role is known.
 */
const provisional = new WeakSet<Principal>();
const demands = new WeakMap<Principal, KeyScope[]>();

/** Scopes nest: admin can do what write can, write what read can. */
export function hasScope(principal: Principal, needed: KeyScope): boolean {
  const held = reaches(principal.scopes, needed);
  if (held && provisional.has(principal)) demands.set(principal, [...(demands.get(principal) ?? []), needed]);
  return held;
}

/** Throws 403 unless the principal holds `needed`. */
export function assertScope(principal: Principal, needed: KeyScope): void {
  if (!hasScope(principal, needed)) {
    const who = principal.kind === "key" ? "this API key lacks" : `your role (${principal.role ?? "none"}) lacks`;
    throw new AppError("forbidden", `${who} the '${needed}' scope`);
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
