import { and, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { technologies, technologyCounts, technologyTags } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { orderOf, parseSort } from "../../lib/pagination";
import { ftsPhrase, indexableText, textMatch } from "../../lib/text-filter";
import { searchPage } from "./search-total";
import type { TECH_SORT_KEYS, TechnologyListInput, TechnologyRow } from "./technologies.schema";

type SortKey = (typeof TECH_SORT_KEYS)[number];
type Page = { data: TechnologyRow[]; page: number; limit: number; total: number };

/** The index that holds a project's technologies in `updatedAt, id` order with the facet columns. */
const UPDATED_INDEX = "technologies_project_updated_idx";

/**
 * Index entries an ordered scan may be expected to read before the planner's own choice (collect
 * every match, then sort) is cheaper: a scan costs about (offset + limit) / share-of-matches entries.
 */
const ORDERED_SCAN_BUDGET = 10_000;

/** Status, domain and priority conditions on any table that has those columns. */
function facetFilters(
  cols: { status: SQLiteColumn; domain: SQLiteColumn; priority: SQLiteColumn },
  q: TechnologyListInput,
): SQL[] {
  const where: SQL[] = [];
  if (q.domain) where.push(inArray(cols.domain, q.domain));
  if (q.status) where.push(inArray(cols.status, q.status));
  if (q.priorityMin !== undefined) where.push(gte(cols.priority, q.priorityMin));
  if (q.priorityMax !== undefined) where.push(lte(cols.priority, q.priorityMax));
  return where;
}

/** Technologies of the project that carry `tag`, as a set read from the tag index. */
const taggedWith = (projectId: string, tag: string) =>
  inArray(
    technologies.id,
    sql`(select ${technologyTags.technologyId} from ${technologyTags} where ${and(
      eq(technologyTags.projectId, projectId),
      eq(technologyTags.tag, tag),
    )})`,
  );

/** Whether this technology carries `tag`: one probe of the tag index per row, for ordered scans. */
const carries = (tag: string) =>
  sql`exists (select 1 from ${technologyTags} where ${technologyTags.projectId} = ${technologies.projectId}
    and ${technologyTags.tag} = ${tag} and ${technologyTags.technologyId} = ${technologies.id})`;

/**
 * One page of a project's technologies with filters and sorting, in one D1 batch. The answer is
 * the same whichever way it is found; what differs is the work:
 * - a text query of three or more characters is answered by the trigram index (same substring
 *   semantics as the LIKE scan it replaces), a shorter one by that scan; its total is counted once
 *   per project data version (see `searchPage`);
 * - without text, the total is a sum over the count rows the triggers keep, and a page sorted by
 *   `updatedAt` is read in index order when that reads fewer entries than collecting every match.
 */
export async function listTechnologies(deps: TenantDeps, q: TechnologyListInput): Promise<Page> {
  const { db, projectId } = deps;
  const { key, desc: descending } = parseSort<SortKey>(q.sort);
  const order = orderOf(technologies[key], descending, technologies.id);
  const where: SQL[] = [eq(technologies.projectId, projectId), ...facetFilters(technologies, q)];
  if (q.q) {
    if (q.tag) where.push(taggedWith(projectId, q.tag));
    // The unary + keeps SQLite from driving the query by the text matches (a table read per match):
    // it walks a covering index for the other filters and tests each entry against the matches.
    where.push(
      indexableText(q.q)
        ? sql`+${technologies}.rowid in (select rowid from technologies_fts where technologies_fts match ${ftsPhrase(q.q)})`
        : textMatch(q.q, technologies.title, technologies.vendor, technologies.description),
    );
    return searchPage(db, projectId, and(...where), order, q);
  }

  const offset = (q.page - 1) * q.limit;
  const counts = countMatches(deps, q);
  const idsFrom = (from: SQL, filter: SQL | undefined, limit: SQL | number) =>
    sql`select ${technologies.id} from ${from} where ${filter}
      order by ${sql.join(order, sql`, `)} limit ${limit} offset ${offset}`;
  const rowsOf = (ids: SQL) =>
    db
      .select()
      .from(technologies)
      .where(inArray(technologies.id, sql`(${ids})`))
      .orderBy(...order);
  const tagged = q.tag ? [taggedWith(projectId, q.tag)] : [];
  let ids = idsFrom(sql`${technologies}`, and(...where, ...tagged), q.limit);
  if (key === "updatedAt") {
    // Both plans, behind the same test on the counts: the one that fails it has a LIMIT of 0,
    // which SQLite checks before it reads a single row.
    const cheap = sql`(${offset} + ${q.limit}) * "all" <= ${ORDERED_SCAN_BUDGET} * total`;
    const limitIf = (test: SQL) => sql`(select case when ${test} then ${q.limit} else 0 end from (${counts}))`;
    const inOrder = idsFrom(
      sql`${technologies} indexed by ${sql.identifier(UPDATED_INDEX)}`,
      and(...where, ...(q.tag ? [carries(q.tag)] : [])),
      limitIf(cheap),
    );
    const collected = idsFrom(sql`${technologies}`, and(...where, ...tagged), limitIf(sql`not (${cheap})`));
    ids = sql`select * from (${inOrder}) union all select * from (${collected})`;
  }
  const [[count], rows] = await db.batch([counts, rowsOf(ids)]);
  return { data: rows, page: q.page, limit: q.limit, total: Number(count?.total ?? 0) };
}

/**
 * How many technologies match the list's tag and facet filters (`total`), and how many the project
 * has in all (`all`), summed from the count rows: at most a few hundred rows, however many match.
 */
function countMatches({ db, projectId }: TenantDeps, q: TechnologyListInput) {
  const c = technologyCounts;
  const tag = q.tag ?? "";
  const matching = and(eq(c.tag, tag), ...facetFilters(c, q)) ?? sql`1`;
  return db
    .select({
      total: sql<number>`coalesce(sum(case when ${matching} then ${c.n} end), 0)`.as("total"),
      all: sql<number>`coalesce(sum(case when ${c.tag} = '' then ${c.n} end), 0)`.as("all"),
    })
    .from(c)
    .where(and(eq(c.projectId, projectId), inArray(c.tag, ["", tag])));
}
