import type { KeyPlan } from "../shared/vocabulary";
import type { Db } from "./db/client";
import type { KeyScope, Role } from "./db/schema";

/** The caller, as resolved from the bearer key. `projectId` null means an instance-wide key. */
export interface KeyPrincipal {
  kind: "key";
  keyId: string;
  /** The person the key belongs to (its scopes never exceed their role); null for a service-account or instance key. */
  userId: string | null;
  prefix: string;
  projectId: string | null;
  scopes: KeyScope[];
  plan: KeyPlan;
}

/**
 * A person signed in with a session cookie. An instance admin holds `admin` everywhere (like an
 * instance-wide key); anyone else holds no scope until `tenant()` picks a project they belong to,
 * which sets `projectId`, `role` and the role's scopes.
 */
export interface PersonPrincipal {
  kind: "person";
  keyId: null;
  userId: string;
  sessionId: string;
  /** The token this session's writes must carry (`X-CSRF-Token`); never logged. */
  csrfToken: string;
  /** What request logs show in place of a key prefix. */
  prefix: string;
  instanceAdmin: boolean;
  projectId: string | null;
  role: Role | null;
  scopes: KeyScope[];
}

/** Whoever a request acts for: a key (machines) or a person (the dashboard). */
export type Principal = KeyPrincipal | PersonPrincipal;

/**
 * Hono's environment at the Worker's door: the generated bindings plus what every request has.
 * Authenticated and tenant routers add their middlewares' Variables (`AuthEnv`, `TenantEnv`).
 */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Db;
  };
}
