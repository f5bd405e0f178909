import { and, type SQL, sql } from "drizzle-orm";
import { technologies, technologyCounts } from "../../db/schema";
import { ph } from "../../db/templates";
import { type ListShape, listFilters, sortOf } from "./technologies.shape";

/** Matches counted to choose a plan: at this many or more, the index walk is the plan. */
const MATCH_PROBE = 1_000;
/** About how many index entries a walk tests in the time it takes to read one technology by rowid. */
const ENTRIES_PER_READ = 20;

/** A text search's total and page of ids, each by the plan that reads less. */
export interface SearchPlans {
  /** A scalar subquery: how many technologies match. */
  count: SQL;
  /** The page's ids in order, or none (reading nothing) when `known` holds: the page is known already. */
  ids(known: SQL): SQL;
}

/**
 * How a text search finds its rows. With three or more characters the trigram index yields the
 * matches, and then either
 * - walk: go through the project's covering index in the sort order, testing each entry against
 *   the matches; it stops at the page, but reads about (offset + limit) × all / matches entries
 *   (all of the project's when few technologies match), or
 * - drive: read each match's row by rowid, filter and sort them: one table read per match.
 * Driving wins when the matches are few (a search for a name among 100,000 technologies reads a
 * handful of rows instead of walking 100,000 entries). The statement chooses by itself, from the
 * matches counted up to MATCH_PROBE (the index stops there) and the project's size from its count
 * rows; the plan not chosen gets a LIMIT of 0 (or its CASE branch is not taken) and reads nothing.
 */
export function searchPlans(shape: ListShape): SearchPlans {
  const { order } = sortOf(shape);
  const idsFrom = (from: SQL, filter: SQL | undefined, limit: SQL) =>
    sql`select ${technologies.id} from ${from} where ${filter}
      order by ${sql.join(order, sql`, `)} limit ${limit} offset ${ph("offset")}`;
  const walk = and(...listFilters(shape));
  const countWalking = sql`(select count(*) from ${technologies} where ${walk})`;
  const unless = (known: SQL) => sql`(case when ${known} then 0 else ${ph("limit")} end)`;
  if (shape.text !== "fts")
    return { count: countWalking, ids: (known) => idsFrom(sql`${technologies}`, walk, unless(known)) };

  const drive = and(...listFilters(shape, true));
  const notIndexed = sql`${technologies} not indexed`;
  const c = technologyCounts;
  const size = sql`select count(*) as m, (select coalesce(sum(${c.n}), 0) from ${c}
      where ${c.projectId} = ${ph("projectId")} and ${c.tag} = '') as a
    from (select 1 from technologies_fts where technologies_fts match ${ph("text")} limit ${MATCH_PROBE})`;
  const fewFor = (entries: SQL) =>
    sql`(select m < ${MATCH_PROBE} and m * ${ENTRIES_PER_READ} <= ${entries} from (${size}))`;
  // Walking to count reads every entry of the project; walking to a page about (offset + limit) × all / m.
  const countByDriving = fewFor(sql`a`);
  const pageByDriving = fewFor(sql`(${ph("offset")} + ${ph("limit")}) * a / max(m, 1)`);
  return {
    count: sql`case when ${countByDriving} then (select count(*) from ${notIndexed} where ${drive}) else ${countWalking} end`,
    // CASE evaluates in order: a known page costs neither plan's test.
    ids: (known) =>
      sql`select * from (${idsFrom(notIndexed, drive, sql`(case when ${known} or not ${pageByDriving} then 0 else ${ph("limit")} end)`)})
        union all select * from (${idsFrom(sql`${technologies}`, walk, sql`(case when ${known} or ${pageByDriving} then 0 else ${ph("limit")} end)`)})`,
  };
}
