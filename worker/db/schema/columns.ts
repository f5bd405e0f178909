import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";

/** ISO-8601 UTC timestamp with milliseconds, as SQLite writes it; sorts lexically in time order. */
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Timestamps and the optimistic-concurrency version shared by every mutable tenant row. */
export const rowMeta = () => ({
  version: integer("version").notNull().default(1),
  createdAt: text("created_at").notNull().default(nowIso),
  updatedAt: text("updated_at").notNull().default(nowIso),
});

/** A JSON array of strings kept in a TEXT column. */
export const stringList = (name: string) => text(name, { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`);
