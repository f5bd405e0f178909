import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { technologies, technologyCounts } from "../../db/schema";
import { ph, runTemplates, template, templateCache } from "../../db/templates";
import type { TenantDeps } from "../../lib/context";
import { searchPage } from "./search-total";
import type { TechnologyListInput, TechnologyRow } from "./technologies.schema";
import {
  facetFilters,
  type ListShape,
  listFilters,
  shapeOf,
  sortOf,
  taggedInOrder,
  taggedWith,
} from "./technologies.shape";

type Page = { data: TechnologyRow[]; page: number; limit: number; total: number };

/** The index that holds a project's technologies in `updatedAt, id` order with the facet columns. */
const UPDATED_INDEX = "technologies_project_updated_idx";

/**
 * Index entries an ordered scan may be expected to read before the planner's own choice (collect
 * every match, then sort) is cheaper: a scan costs about (offset + limit) / share-of-matches entries.
 */
const ORDERED_SCAN_BUDGET = 10_000;

/**
 * The two queries of a list without text (see `listTechnologies`), built once per shape: the
 * counts, and the page's rows.
 */
function buildList(db: Db, s: ListShape) {
  const { key, desc, order } = sortOf(s);
  const where = listFilters(s);
  const counts = countMatches(db, s);
  const idsFrom = (from: SQL, filter: SQL | undefined, limit: SQL) =>
    sql`select ${technologies.id} from ${from} where ${filter}
      order by ${sql.join(order, sql`, `)} limit ${limit} offset ${ph("offset")}`;
  let ids = idsFrom(sql`${technologies}`, and(...where, ...(s.tag ? [taggedWith()] : [])), sql`${ph("limit")}`);
  if (key === "updatedAt" && s.tag) ids = taggedInOrder(s, desc);
  else if (key === "updatedAt") {
    // Both plans, behind the same test on the counts: the one that fails it has a LIMIT of 0,
    // which SQLite checks before it reads a single row.
    const cheap = sql`(${ph("offset")} + ${ph("limit")}) * "all" <= ${ORDERED_SCAN_BUDGET} * total`;
    const limitIf = (test: SQL) => sql`(select case when ${test} then ${ph("limit")} else 0 end from (${counts}))`;
    const inOrder = idsFrom(
      sql`${technologies} indexed by ${sql.identifier(UPDATED_INDEX)}`,
      and(...where),
      limitIf(cheap),
    );
    const collected = idsFrom(sql`${technologies}`, and(...where), limitIf(sql`not (${cheap})`));
    ids = sql`select * from (${inOrder}) union all select * from (${collected})`;
  }
  const rows = db
    .select()
    .from(technologies)
    .where(inArray(technologies.id, sql`(${ids})`))
    .orderBy(...order);
  return { counts: template(counts.prepare()), rows: template(rows.prepare()) };
}

const listQueries = templateCache(
  ({ db, shape }: { db: Db; shape: ListShape }) => buildList(db, shape),
  ({ shape }) => JSON.stringify(shape),
);

/**
 * One page of a project's technologies with filters and sorting, in one D1 batch. The answer is
 * the same whichever way it is found; what differs is the work:
 * - a text query of three or more characters is answered by the trigram index (same substring
 *   semantics as the LIKE scan it replaces), a shorter one by that scan; its total is counted once
 *   per project data version (see `searchPage`);
 * - without text, the total is a sum over the count rows the triggers keep; a page sorted by
 *   `updatedAt` is read in index order when that reads fewer entries than collecting every match,
 *   and a tag's page in that order always from the tag's own entries.
 * Each query's SQL is built once per isolate and shape (`ListShape`); the values are bound per request.
 */
export async function listTechnologies(deps: TenantDeps, q: TechnologyListInput): Promise<Page> {
  const { db, projectId } = deps;
  const { shape, values } = shapeOf(projectId, q);
  if (shape.text) return searchPage(db, projectId, shape, values, q);
  const { counts, rows } = listQueries({ db, shape });
  const [[count], data] = await runTemplates(db, [
    { template: counts, values },
    { template: rows, values },
  ]);
  return { data, page: q.page, limit: q.limit, total: Number(count?.total ?? 0) };
}

/**
 * How many technologies match the list's tag and facet filters (`total`), and how many the project
 * has in all (`all`), summed from the count rows: at most a few hundred rows, however many match.
 */
function countMatches(db: Db, s: ListShape) {
  const c = technologyCounts;
  const matching = and(eq(c.tag, ph("tag")), ...facetFilters(c, s)) ?? sql`1`;
  return db
    .select({
      total: sql<number>`coalesce(sum(case when ${matching} then ${c.n} end), 0)`.as("total"),
      all: sql<number>`coalesce(sum(case when ${c.tag} = '' then ${c.n} end), 0)`.as("all"),
    })
    .from(c)
    .where(and(eq(c.projectId, ph("projectId")), inArray(c.tag, ["", ph("tag")])));
}
