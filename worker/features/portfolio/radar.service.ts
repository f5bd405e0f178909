import { sql } from "drizzle-orm";
import type { Domain, Ring } from "../../../shared/vocabulary";
import { versionedAnswers } from "./answer-cache";
import { commonRing, disagrees, groupedKeysSql, type KeyRow } from "./portfolio-keys";
import { type PortfolioScope, type PortfolioViewer, type ProjectLabel, scopeOf } from "./visibility";

/** How recent a key's first appearance must be for its blip to be marked new. */
const NEW_WINDOW_MS = 90 * 24 * 3600 * 1000;

const rings = (r: KeyRow) => ({ adopt: r.adopt, trial: r.trial, assess: r.assess, hold: r.hold });

/** The radar's answer from its grouped rows. */
function radarOf(scope: PortfolioScope, rows: KeyRow[]) {
  const since = Date.now() - NEW_WINDOW_MS;
  return {
    projects: scope === "all" ? null : scope.length,
    blips: rows.map((r) => ({
      key: r.key,
      title: r.title,
      domain: r.domain,
      ring: commonRing(r),
      rings: rings(r),
      projects: r.projects,
      disagreement: disagrees(r),
      movement: Date.parse(r.createdAt) >= since ? ("new" as const) : ("none" as const),
    })),
  };
}

const radars = versionedAnswers<ReturnType<typeof radarOf>>();

/**
 * The portfolio radar: one blip per technology across the visible projects, matched by key and
 * "same as" links, placed at the ring most projects give it, with how many projects use it and
 * whether they disagree. The `limit` most used, most used first. Computed once per portfolio data
 * version, scope and query (see `versionedAnswers`); a repeated read costs one small batch.
 */
export async function portfolioRadar(deps: PortfolioViewer, q: { limit: number; domain?: Domain[] }) {
  const scope = await scopeOf(deps);
  const key = JSON.stringify([scope, q.limit, q.domain ?? null]);
  return radars.answer<[KeyRow]>(
    deps.db,
    key,
    [groupedKeysSql(scope, { domains: q.domain }, "usage", q.limit)],
    ([rows]) => radarOf(scope, rows),
  );
}

export interface MatrixQuery {
  limit: number;
  cursor?: string;
  domain?: Domain[];
  ring?: Ring;
  disagreement?: boolean;
}

/** A matrix cell: the ring one project gives the technology (the matrix shows nothing else of it). */
interface CellRow {
  projectId: string;
  ring: Ring;
}

/** A page row with its cells as SQLite's `json_group_array` of `[projectId, ring]`. */
type PageRow = KeyRow & { cells: string };

/** Cells of a key packed by SQLite, unpacked into the API's shape. */
function unpackCells(packed: string): CellRow[] {
  const tuples: [string, Ring][] = JSON.parse(packed);
  return tuples.map(([projectId, ring]) => ({ projectId, ring }));
}

/** The matrix's answer from its page rows (one more than `limit` when another page follows) and labels. */
function matrixOf(limit: number, rows: PageRow[], visible: ProjectLabel[]) {
  const shown = rows.slice(0, limit).map((r) => ({ ...r, cellList: unpackCells(r.cells) }));
  const used = new Set(shown.flatMap((r) => r.cellList.map((c) => c.projectId)));
  return {
    projects: visible.filter((p) => used.has(p.id)),
    data: shown.map((r) => ({
      key: r.key,
      title: r.title,
      domain: r.domain,
      projects: r.projects,
      disagreement: disagrees(r),
      cells: r.cellList,
    })),
    nextCursor: rows.length > limit ? (shown.at(-1)?.key ?? null) : null,
  };
}

const matrices = versionedAnswers<ReturnType<typeof matrixOf>>(64);

/**
 * The adoption matrix: technologies (rows, by key) × visible projects (columns) with the ring of
 * each cell, filtered by domain, by a ring held somewhere and by disagreement, paged by key
 * (`cursor` is the last key of the previous page). `projects` lists the columns of this page: the
 * visible projects that hold at least one of its technologies.
 *
 * One D1 round trip of two reads (the key's revocation check rides along): the page of keys with
 * each key's cells packed into one JSON column (its own members and its "same as" aliases' members,
 * read from the covering key index of migration 0051), and the project labels. A page is ~20 rows
 * instead of ~1,100 cell rows. Computed once per portfolio data version, scope and query (see
 * `versionedAnswers`): paging readers and dashboards polling the same page pay one small batch.
 * `remember` false for a one-off walk over every page (an export).
 */
export async function portfolioMatrix(deps: PortfolioViewer, q: MatrixQuery, remember = true) {
  const scope = await scopeOf(deps);
  const all = scope === "all";
  const ids = JSON.stringify(all ? [] : scope);
  const page = groupedKeysSql(
    scope,
    { domains: q.domain, ring: q.ring, disagreement: q.disagreement, after: q.cursor },
    "key",
    q.limit + 1,
  );
  const within = all ? sql`` : sql`and m.project_id in (select value from json_each(${ids}))`;
  const rowsWithCells = sql`select page.*, (select json_group_array(json_array(c.project_id, c.ring)) from (
        select m.project_id, m.ring from portfolio_members m
        where m.key = page.key ${within}
        union all
        select m.project_id, m.ring
        from technology_links l join portfolio_members m on m.key = l.alias
        where l.canonical = page.key ${within}
      ) c) as cells
    from (${page}) page order by page.key`;
  const labels = all
    ? sql`select id, slug, name from projects order by name, id`
    : sql`select id, slug, name from projects where id in (select value from json_each(${ids})) order by name, id`;
  const key = JSON.stringify([
    scope,
    q.limit,
    q.cursor ?? null,
    q.domain ?? null,
    q.ring ?? null,
    q.disagreement ?? null,
  ]);
  return matrices.answer<[PageRow, ProjectLabel]>(
    deps.db,
    key,
    [rowsWithCells, labels],
    ([rows, visible]) => matrixOf(q.limit, rows, visible),
    remember,
  );
}
