import { z } from "@hono/zod-openapi";
import { asc, count, desc, inArray, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";

/** `page` (1-based) and `limit` (1-100) query parameters shared by every list. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).openapi({ description: "1-based page number" }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: "Rows per page (max 100)" }),
};

/** A list answer: one page of rows plus the total across all pages. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
  });
}

/** Turns `sort=-updatedAt` into a column key and direction, refusing anything not whitelisted. */
export function sortQuery<const K extends string>(keys: readonly [K, ...K[]], fallback: `${"" | "-"}${K}`) {
  const values = keys.flatMap((k) => [k, `-${k}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .openapi({ description: `Sort column, \`-\` prefix for descending: ${keys.join(", ")}` });
}

/** Splits a sort value into its column key and whether it is descending. */
export function parseSort<K extends string>(value: string): { key: K; desc: boolean } {
  return value.startsWith("-") ? { key: value.slice(1) as K, desc: true } : { key: value as K, desc: false };
}

/**
 * One page of rows and the total count, read in a single D1 batch.
 *
 * With `rowKey` (the table's primary key), the page is found first as keys only and the rows are
 * read afterwards, so an index covering the filter and the sort answers the search without
 * reading every matching row: `... WHERE id IN (SELECT id ... ORDER BY ... LIMIT ... OFFSET ...)`.
 * The rows and their order are the same either way, as long as `order` ends with the key.
 */
export async function paginate<T extends SQLiteTable>(
  db: Db,
  table: T,
  filter: SQL | undefined,
  order: SQL[],
  page: { page: number; limit: number },
  options: { rowKey?: SQLiteColumn } = {},
) {
  const offset = (page.page - 1) * page.limit;
  const source = table as SQLiteTable;
  const { rowKey } = options;
  const pageQuery = rowKey
    ? db
        .select()
        .from(source)
        .where(
          inArray(
            rowKey,
            db
              .select({ key: rowKey })
              .from(source)
              .where(filter)
              .orderBy(...order)
              .limit(page.limit)
              .offset(offset),
          ),
        )
        .orderBy(...order)
    : db
        .select()
        .from(source)
        .where(filter)
        .orderBy(...order)
        .limit(page.limit)
        .offset(offset);
  const [rows, totals] = await db.batch([
    pageQuery,
    db
      .select({ total: count() })
      .from(table as SQLiteTable)
      .where(filter),
  ]);
  return { data: rows as T["$inferSelect"][], page: page.page, limit: page.limit, total: totals[0]?.total ?? 0 };
}

/** `ORDER BY` for a parsed sort value, with the id as a stable tie-breaker. */
export function orderOf(column: SQLiteColumn, descending: boolean, id: SQLiteColumn): SQL[] {
  return descending ? [desc(column), desc(id)] : [asc(column), asc(id)];
}
