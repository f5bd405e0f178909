import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";

/**
 * An INSERT that only takes effect when `condition` holds at that point of the D1 batch, e.g.
 * `changes() = 1` right after a version-checked UPDATE, so a lost race writes neither its audit
 * row nor its history rows. drizzle's INSERT … SELECT lists every insertable column in table
 * order, so the SELECT does too, with column defaults filled in as a plain insert would.
 */
export function insertWhere<T extends SQLiteTable>(db: Db, table: T, values: T["$inferInsert"], condition: SQL) {
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
  return db.insert(table).select(sql`select ${sql.join(parts, sql`, `)} where ${condition}`);
}

/** `insertWhere` guarded by the previous statement of the batch having changed exactly one row. */
export function insertIfChanged<T extends SQLiteTable>(db: Db, table: T, values: T["$inferInsert"]) {
  return insertWhere(db, table, values, sql`changes() = 1`);
}
