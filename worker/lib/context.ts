import type { Context } from "hono";
import type { Db } from "../db/client";
import type { AuditVia } from "../db/schema";
import type { Principal } from "../env";
import type { AuthEnv } from "../middleware/auth";
import type { TenantEnv } from "../middleware/tenant";

/**
 * Who is acting, for audit rows and history: the key or the signed-in person (`userId`; absent or
 * null for keys, jobs and the system) and the request that carried it.
 */
export interface Actor {
  keyId: string | null;
  userId?: string | null;
  requestId: string | null;
  /** The door the request came through; absent means the REST API (and every internal actor). */
  via?: AuditVia;
}

/** What an instance-level service needs. */
export interface Deps {
  db: Db;
  actor: Actor;
}

/** What a tenant service needs: the project is part of the signature, never implied. */
export interface TenantDeps extends Deps {
  projectId: string;
}

/** Builds service dependencies from a request that passed auth. */
export function depsOf(c: Context<AuthEnv>): Deps {
  return { db: c.get("db"), actor: actorOf(c.get("principal"), c.get("requestId")) };
}

/** Builds tenant service dependencies from a request on the tenant sub-app. */
export function tenantDepsOf(c: Context<TenantEnv>): TenantDeps {
  return {
    db: c.get("db"),
    actor: actorOf(c.get("principal"), c.get("requestId")),
    projectId: c.get("projectId"),
  };
}

function actorOf(principal: Principal, requestId: string): Actor {
  return { keyId: principal.keyId, userId: principal.userId, requestId };
}
