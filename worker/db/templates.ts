import { fillPlaceholders, type Placeholder, type Query, sql } from "drizzle-orm";
import type { Db } from "./client";

/** What a built drizzle query offers once prepared: its SQL with placeholders, and its row mapping. */
interface Prepared<T> {
  getQuery(): Query;
  mapResult(response: unknown, isFromBatch?: boolean): unknown;
  /** Only its result type is used: it ties `T` to the query. */
  all(): Promise<T>;
}

/** A query built once, to be run many times with different values for its placeholders. */
export interface Template<T> {
  sql: string;
  params: unknown[];
  map(result: unknown): T;
}

/** A query with the values for its placeholders, ready for `runTemplates`. */
export interface Bound<T> {
  template: Template<T>;
  values: Record<string, unknown>;
}

/** Named placeholders for a template's values: `ph("projectId")` becomes a `?` bound at run time. */
export const ph = (name: string): Placeholder => sql.placeholder(name);

/** Turns a query built with placeholders into a template (its SQL is rendered here, once). */
export function template<T>(prepared: Prepared<T>): Template<T> {
  const { sql: text, params } = prepared.getQuery();
  return { sql: text, params, map: (result) => prepared.mapResult(result, true) as T };
}

/**
 * Templates built once per isolate and shape: drizzle renders a query's SQL anew on every call,
 * which for a list with subqueries costs more CPU than the rest of the request's own work. The shape
 * key must name everything that changes the SQL text (which filters are present, list lengths, sort),
 * never the values, which are bound as parameters.
 */
export function templateCache<S, T>(build: (shape: S) => T, keyOf: (shape: S) => string, max = 500) {
  const built = new Map<string, T>();
  return (shape: S): T => {
    const key = keyOf(shape);
    let hit = built.get(key);
    if (!hit) {
      if (built.size >= max) built.clear();
      hit = build(shape);
      built.set(key, hit);
    }
    return hit;
  };
}

/**
 * Runs bound templates in one D1 batch (through the client's binding, so a request's guard rides
 * along as with `db.batch`) and maps each result as drizzle would.
 */
export async function runTemplates<A, B>(db: Db, queries: [Bound<A>, Bound<B>]): Promise<[A, B]> {
  const d1 = db.$client;
  const statements = queries.map(({ template: t, values }) =>
    d1.prepare(t.sql).bind(...fillPlaceholders(t.params, values)),
  );
  const [a, b] = await d1.batch(statements);
  return [queries[0].template.map(a), queries[1].template.map(b)];
}
