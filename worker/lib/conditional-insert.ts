import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";

/**
 * An INSERT that only takes effect when the statement just before it in the same D1 batch changed
 * exactly one row (`changes() = 1`). Chained after a version-checked UPDATE, a lost race writes
 * neither its audit row nor its history rows; chained after each other, all follow the first.
 * drizzle's INSERT … SELECT lists every insertable column in table order, so the SELECT does too,
 * with the column defaults filled in as a plain insert would.
 */
export function insertIfChanged<T extends SQLiteTable>(db: Db, table: T, values: T["$inferInsert"]) {
  const given = values as Record<string, unknown>;
  const parts = Object.entries(getTableColumns(table))
    .filter(([, column]) => column.generated === undefined)
    .map(([key, column]) => {
      const value = given[key];
      if (value !== undefined) return sql.param(value, column);
      const fallback = column.default;
      if (fallback === undefined || fallback === null) return sql`null`;
      return is(fallback, SQL) ? fallback : sql.param(fallback, column);
    });
  return db.insert(table).select(sql`select ${sql.join(parts, sql`, `)} where changes() = 1`);
}
