import { and, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { technologies, technologyTags } from "../../db/schema";
import { ph } from "../../db/templates";
import { orderOf, parseSort } from "../../lib/pagination";
import { ftsPhrase, indexableText, textMatch } from "../../lib/text-filter";
import type { TECH_SORT_KEYS, TechnologyListInput } from "./technologies.schema";

type SortKey = (typeof TECH_SORT_KEYS)[number];

/**
 * What decides a list's SQL text: the sort, which filters are present and how many values each
 * list filter holds. The values themselves are placeholders (`ListValues`), so one built query
 * serves every request of the same shape.
 */
export interface ListShape {
  sort: string;
  domains: number;
  statuses: number;
  min: boolean;
  max: boolean;
  tag: boolean;
  /** How a text query is matched: the trigram index, a scan (under three characters), or none. */
  text: "fts" | "scan" | null;
}

/** A list request as its shape and the values of its placeholders. */
export function shapeOf(
  projectId: string,
  q: TechnologyListInput,
): { shape: ListShape; values: Record<string, unknown> } {
  const values: Record<string, unknown> = {
    projectId,
    tag: q.tag ?? "",
    min: q.priorityMin,
    max: q.priorityMax,
    limit: q.limit,
    offset: (q.page - 1) * q.limit,
    text: q.q && indexableText(q.q) ? ftsPhrase(q.q) : q.q,
  };
  for (const [i, d] of (q.domain ?? []).entries()) values[`d${i}`] = d;
  for (const [i, s] of (q.status ?? []).entries()) values[`s${i}`] = s;
  const shape: ListShape = {
    sort: q.sort,
    domains: q.domain?.length ?? 0,
    statuses: q.status?.length ?? 0,
    min: q.priorityMin !== undefined,
    max: q.priorityMax !== undefined,
    tag: q.tag !== undefined,
    text: q.q ? (indexableText(q.q) ? "fts" : "scan") : null,
  };
  return { shape, values };
}

/** Status, domain and priority conditions on any table that has those columns. */
export function facetFilters(
  cols: { status: SQLiteColumn; domain: SQLiteColumn; priority: SQLiteColumn },
  s: ListShape,
) {
  const where: SQL[] = [];
  const each = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ph(`${prefix}${i}`));
  if (s.domains) where.push(inArray(cols.domain, each("d", s.domains)));
  if (s.statuses) where.push(inArray(cols.status, each("s", s.statuses)));
  if (s.min) where.push(gte(cols.priority, ph("min")));
  if (s.max) where.push(lte(cols.priority, ph("max")));
  return where;
}

/** Technologies of the project that carry the tag, as a set read from the tag index. */
export const taggedWith = () =>
  inArray(
    technologies.id,
    sql`(select ${technologyTags.technologyId} from ${technologyTags} where ${and(
      eq(technologyTags.projectId, ph("projectId")),
      eq(technologyTags.tag, ph("tag")),
    )})`,
  );

/** The index that holds a project's tag entries in `updatedAt, technologyId` order with the facet columns. */
const TAG_UPDATED_INDEX = "technology_tags_updated_idx";

/**
 * The ids of one page of a tag's technologies in update order, read from the tag's own entries
 * (which carry the facet columns and update time): it reads at most the tag's entries, and stops
 * at the page, so it is never more work than collecting the tag's matches and sorting them.
 */
export function taggedInOrder(s: ListShape, descending: boolean): SQL {
  const g = technologyTags;
  const where = and(eq(g.projectId, ph("projectId")), eq(g.tag, ph("tag")), ...facetFilters(g, s));
  const order = orderOf(g.updatedAt, descending, g.technologyId);
  return sql`select ${g.technologyId} from ${g} indexed by ${sql.identifier(TAG_UPDATED_INDEX)} where ${where}
    order by ${sql.join(order, sql`, `)} limit ${ph("limit")} offset ${ph("offset")}`;
}

/**
 * The filters every shape shares: the project, the facets, the tag (as a set) and the text. By
 * default a text match is a test of each entry of a walk over a covering index for the other
 * filters (the unary + keeps SQLite from driving the query by the matches); `byMatches` lets the
 * matches drive instead, one table read per match, for a query `from technologies not indexed`.
 */
export function listFilters(s: ListShape, byMatches = false): SQL[] {
  const where: SQL[] = [eq(technologies.projectId, ph("projectId")), ...facetFilters(technologies, s)];
  if (s.text && s.tag) where.push(taggedWith());
  const rowid = byMatches ? sql`${technologies}.rowid` : sql`+${technologies}.rowid`;
  if (s.text === "fts")
    where.push(sql`${rowid} in (select rowid from technologies_fts where technologies_fts match ${ph("text")})`);
  if (s.text === "scan")
    where.push(textMatch(ph("text"), technologies.title, technologies.vendor, technologies.description));
  return where;
}

/** The sort column's key, its direction and the ORDER BY terms of a shape (ending with the id, so pages are stable). */
export function sortOf(s: ListShape): { key: SortKey; desc: boolean; order: SQL[] } {
  const { key, desc } = parseSort<SortKey>(s.sort);
  return { key, desc, order: orderOf(technologies[key], desc, technologies.id) };
}
