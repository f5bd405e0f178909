import type { Db } from "./db/client";
import type { KeyScope } from "./db/schema";

/** The caller, as resolved from the bearer key. `projectId` null means an instance-wide key. */
export interface Principal {
  keyId: string;
  prefix: string;
  projectId: string | null;
  scopes: KeyScope[];
}

/** Hono's environment for this Worker: the generated bindings plus per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Db;
    principal: Principal;
    /** The project a tenant route acts on; set by the tenant middleware, never defaulted. */
    projectId: string;
  };
}
