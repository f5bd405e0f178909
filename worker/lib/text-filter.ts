import { or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/** Case-insensitive substring match over several columns; `%` and `_` in the text are literal. */
export function textMatch(text: string, ...columns: SQLiteColumn[]): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return or(...columns.map((c) => sql`${c} like ${pattern} escape '\\'`)) as SQL;
}

/** True when a JSON string-array column holds `value`. */
export function jsonArrayHas(column: SQLiteColumn, value: string): SQL {
  return sql`exists (select 1 from json_each(${column}) where value = ${value})`;
}
