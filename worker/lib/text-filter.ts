import { or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * Case-insensitive (ASCII, as LIKE) substring match over several columns; every character of the
 * text is literal. `instr` rather than LIKE: D1 refuses LIKE patterns over 50 bytes with an error.
 */
export function textMatch(text: string, ...columns: SQLiteColumn[]): SQL {
  return or(...columns.map((c) => sql`instr(lower(${c}), lower(${text})) > 0`)) as SQL;
}

/** True when a JSON string-array column holds `value`. */
export function jsonArrayHas(column: SQLiteColumn, value: string): SQL {
  return sql`exists (select 1 from json_each(${column}) where value = ${value})`;
}
