import type { SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";

const dialect = new SQLiteAsyncDialect();

/** Each statement's rows, in order. */
export type Rows<T extends unknown[]> = { [K in keyof T]: T[K][] };

/**
 * Runs several read statements in one D1 round trip and returns each one's rows. drizzle's own
 * batch takes query builders only; these portfolio reads are hand-written SQL (grouping over
 * "same as" links), and each round trip to D1 costs more than the statements themselves.
 */
export async function batchAll<T extends unknown[]>(db: Db, statements: { [K in keyof T]: SQL }): Promise<Rows<T>> {
  const client = db.$client;
  const prepared = statements.map((s: SQL) => {
    const q = dialect.sqlToQuery(s);
    return client.prepare(q.sql).bind(...q.params);
  });
  const results = await client.batch(prepared);
  return results.map((r) => r.results) as Rows<T>;
}
