import type { KeyPlan } from "../shared/vocabulary";
import type { Db } from "./db/client";
import type { KeyScope } from "./db/schema";

/** The caller, as resolved from the bearer key. `projectId` null means an instance-wide key. */
export interface Principal {
  keyId: string;
  prefix: string;
  projectId: string | null;
  scopes: KeyScope[];
  plan: KeyPlan;
}

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
