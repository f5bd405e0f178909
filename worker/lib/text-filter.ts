import { or, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * Case-insensitive (ASCII, as LIKE) substring match over several columns; every character of the
 * text is literal. `instr` rather than LIKE: D1 refuses LIKE patterns over 50 bytes with an error.
 */
export function textMatch(text: string | Placeholder, ...columns: SQLiteColumn[]): SQL {
  return or(...columns.map((c) => sql`instr(lower(${c}), lower(${text})) > 0`)) as SQL;
}

/** True when a JSON string-array column holds `value`. */
export function jsonArrayHas(column: SQLiteColumn, value: string): SQL {
  return sql`exists (select 1 from json_each(${column}) where value = ${value})`;
}

/**
 * Whether a full-text index with the trigram tokenizer can answer a substring search for `text`:
 * it needs at least three characters (code points), shorter text matches nothing there, and no NUL
 * (FTS5's query parser ends the string there and D1 answers "unterminated string").
 */
export function indexableText(text: string): boolean {
  return [...text].length >= 3 && !text.includes("\u0000");
}

/** `text` as one FTS5 phrase, every character literal: with the trigram tokenizer, a substring match. */
export function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
