import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projects, technologies, technologyListVersions } from "../../db/schema";
import { ph, runTemplates, template, templateCache } from "../../db/templates";
import type { TechnologyListInput, TechnologyRow } from "./technologies.schema";
import { type ListShape, listFilters, sortOf } from "./technologies.shape";

/** A text-search total as counted at one version of the project's technologies. */
interface Counted {
  version: number;
  total: number;
}

/** Totals this isolate has counted, by project and filter; bounded, oldest dropped first. */
const counted = new Map<string, Counted>();
const MAX_COUNTED = 2_000;

/** What a text-search total depends on besides the project's data: the query and its filters. */
function totalKey(projectId: string, q: TechnologyListInput): string {
  const { q: text, tag, domain, status, priorityMin, priorityMax } = q;
  return JSON.stringify([projectId, text, tag, domain, status, priorityMin, priorityMax]);
}

function remember(key: string, value: Counted): void {
  counted.delete(key);
  counted.set(key, value);
  if (counted.size > MAX_COUNTED) {
    const oldest = counted.keys().next().value;
    if (oldest !== undefined) counted.delete(oldest);
  }
}

/** The two queries of a text search, built once per shape: the version and maybe the total, and the page's rows. */
function buildSearch(db: Db, shape: ListShape) {
  const filter = and(...listFilters(shape));
  const { order } = sortOf(shape);
  const version = sql<number>`coalesce(${technologyListVersions.version}, 0)`;
  const matches = db.select({ n: count() }).from(technologies).where(filter);
  const totals = db
    .select({
      version,
      total: sql<number>`case when ${version} = ${ph("knownVersion")} then -1 else (${matches}) end`,
    })
    .from(projects)
    .leftJoin(technologyListVersions, eq(technologyListVersions.projectId, projects.id))
    .where(eq(projects.id, ph("projectId")));
  const ids = db
    .select({ id: technologies.id })
    .from(technologies)
    .where(filter)
    .orderBy(...order)
    .limit(ph("limit"))
    .offset(ph("offset"));
  const rows = db
    .select()
    .from(technologies)
    .where(inArray(technologies.id, ids))
    .orderBy(...order);
  return { totals: template(totals.prepare()), rows: template(rows.prepare()) };
}

const searchQueries = templateCache(
  ({ db, shape }: { db: Db; shape: ListShape }) => buildSearch(db, shape),
  ({ shape }) => JSON.stringify(shape),
);

/**
 * One page of a text search over a project's technologies and its exact total, in one D1 batch.
 * Counting every match is what a large project's search costs most, so the total is counted once
 * per project data version (`technology_list_versions`, moved by triggers on every change a list
 * can see) and filter: the batch reads the version and counts only when it differs from the one
 * the cached total was counted at (SQLite evaluates only the CASE branch it takes). Paging through
 * a result, or many readers running the same search, then pays for the page alone.
 */
export async function searchPage(
  db: Db,
  projectId: string,
  shape: ListShape,
  values: Record<string, unknown>,
  q: TechnologyListInput,
): Promise<{ data: TechnologyRow[]; page: number; limit: number; total: number }> {
  const key = totalKey(projectId, q);
  const known = counted.get(key);
  const { totals, rows } = searchQueries({ db, shape });
  const [[state], data] = await runTemplates(db, [
    { template: totals, values: { ...values, knownVersion: known?.version ?? -1 } },
    { template: rows, values },
  ]);
  const current = Number(state?.version ?? 0);
  let total = Number(state?.total ?? 0);
  if (total < 0 && known) total = known.total;
  else remember(key, { version: current, total });
  return { data, page: q.page, limit: q.limit, total };
}
