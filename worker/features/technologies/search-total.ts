import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projects, technologies, technologyListVersions } from "../../db/schema";
import { ph, runTemplates, template, templateCache } from "../../db/templates";
import { searchPlans } from "./search-plans";
import type { TechnologyListInput, TechnologyRow } from "./technologies.schema";
import { type ListShape, sortOf } from "./technologies.shape";

/** Something this isolate worked out at one version of a project's technologies. */
interface Known<T> {
  version: number;
  value: T;
}

/** Answers worked out per project data version, by key; bounded, least recently used dropped first. */
class VersionedCache<T> {
  private readonly entries = new Map<string, Known<T>>();
  constructor(private readonly max: number) {}

  get(key: string): Known<T> | undefined {
    return this.entries.get(key);
  }

  set(key: string, known: Known<T>): void {
    this.entries.delete(key);
    this.entries.set(key, known);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/** Text-search totals, by project and filter. */
const totals = new VersionedCache<number>(2_000);
/** The ids of a text-search page, in order, by project, filter, sort and page. */
const pages = new VersionedCache<string[]>(2_000);

/** What a text-search total depends on besides the project's data: the query and its filters. */
function totalKey(projectId: string, q: TechnologyListInput): string {
  const { q: text, tag, domain, status, priorityMin, priorityMax } = q;
  return JSON.stringify([projectId, text, tag, domain, status, priorityMin, priorityMax]);
}

/** The project's list version now, 0 before its first technology. */
const versionNow = (): SQL<number> =>
  sql`coalesce((select ${technologyListVersions.version} from ${technologyListVersions}
    where ${technologyListVersions.projectId} = ${ph("projectId")}), 0)`;

/** The two queries of a text search, built once per shape: the version and maybe the total, and the page's rows. */
function buildSearch(db: Db, shape: ListShape) {
  const { order } = sortOf(shape);
  const plans = searchPlans(shape);
  const version = sql<number>`coalesce(${technologyListVersions.version}, 0)`;
  const state = db
    .select({
      version,
      total: sql<number>`case when ${version} = ${ph("knownVersion")} then -1 else ${plans.count} end`,
    })
    .from(projects)
    .leftJoin(technologyListVersions, eq(technologyListVersions.projectId, projects.id))
    .where(eq(projects.id, ph("projectId")));
  // Either the page's ids known at this version, or the search itself; the branch not taken reads
  // nothing (a false constant condition, a LIMIT of 0: SQLite checks both before reading a row).
  const known = sql`select value from json_each(${ph("pageIds")}) where ${versionNow()} = ${ph("pageVersion")}`;
  const found = plans.ids(sql`${versionNow()} = ${ph("pageVersion")}`);
  const rows = db
    .select()
    .from(technologies)
    .where(
      and(
        inArray(technologies.id, sql`(${known} union all select * from (${found}))`),
        // Unary +: a check on each row read by id, never a reason to walk the project's index instead.
        sql`+${technologies.projectId} = ${ph("projectId")}`,
      ),
    )
    .orderBy(...order);
  return { state: template(state.prepare()), rows: template(rows.prepare()) };
}

const searchQueries = templateCache(
  ({ db, shape }: { db: Db; shape: ListShape }) => buildSearch(db, shape),
  ({ shape }) => JSON.stringify(shape),
);

/**
 * One page of a text search over a project's technologies and its exact total, in one D1 batch.
 * Matching text costs in proportion to the matches (the trigram index yields every one of them
 * before any is ordered), so a large project's search is the most expensive list there is. What it
 * works out is therefore kept per project data version (`technology_list_versions`, moved by
 * triggers on every change to a column a list filters, searches or sorts by): the total per filter,
 * and each page's ids per filter, sort and page. The batch reads the version and, only where it
 * differs from the one an answer was kept at, counts or searches again (SQLite evaluates only the
 * branch it takes); the rows themselves are always read fresh. Paging back and forth through a
 * result, or many readers running the same search, then pays for reading a page by id.
 */
export async function searchPage(
  db: Db,
  projectId: string,
  shape: ListShape,
  values: Record<string, unknown>,
  q: TechnologyListInput,
): Promise<{ data: TechnologyRow[]; page: number; limit: number; total: number }> {
  const key = totalKey(projectId, q);
  const pageKey = JSON.stringify([key, q.sort, q.page, q.limit]);
  const knownTotal = totals.get(key);
  const knownPage = pages.get(pageKey);
  const { state, rows } = searchQueries({ db, shape });
  const [[now], data] = await runTemplates(db, [
    { template: state, values: { ...values, knownVersion: knownTotal?.version ?? -1 } },
    {
      template: rows,
      values: { ...values, pageVersion: knownPage?.version ?? -1, pageIds: JSON.stringify(knownPage?.value ?? []) },
    },
  ]);
  const version = Number(now?.version ?? 0);
  let total = Number(now?.total ?? 0);
  if (total < 0 && knownTotal) total = knownTotal.value;
  else totals.set(key, { version, value: total });
  if (knownPage?.version !== version) pages.set(pageKey, { version, value: data.map((row) => row.id) });
  return { data, page: q.page, limit: q.limit, total };
}
