import { drizzle } from "drizzle-orm/d1";
import { GuardedD1 } from "./guarded-d1";
import * as schema from "./schema";

const build = (d1: D1Database) => drizzle(typeof d1 === "object" && d1 !== null ? new GuardedD1(d1) : d1, { schema });
const clients = new WeakMap<D1Database, ReturnType<typeof build>>();

/**
 * A drizzle client over the D1 binding (through `GuardedD1`, which lets a request's guard ride
 * along with its first read), with the schema attached for relational queries. One per binding
 * object: the client keeps no per-request state, and building it walks the whole schema.
 * (Without a binding, as in Node-side tests of routes that never query, a fresh client each time.)
 */
export function createDb(d1: D1Database) {
  if (typeof d1 !== "object" || d1 === null) return build(d1);
  let db = clients.get(d1);
  if (!db) {
    db = build(d1);
    clients.set(d1, db);
  }
  return db;
}

export type Db = ReturnType<typeof createDb>;
