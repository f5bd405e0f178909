import { sql } from "drizzle-orm";
import type { Domain, Ring, TechStatus } from "../../../shared/vocabulary";
import { batchAll } from "./batch";
import { commonRing, disagrees, groupedKeys, groupedKeysSql, type KeyRow } from "./portfolio-keys";
import { type PortfolioDeps, type ProjectLabel, scopeOf } from "./visibility";

/** How recent a key's first appearance must be for its blip to be marked new. */
const NEW_WINDOW_MS = 90 * 24 * 3600 * 1000;

const rings = (r: KeyRow) => ({ adopt: r.adopt, trial: r.trial, assess: r.assess, hold: r.hold });

/**
 * The portfolio radar: one blip per technology across the visible projects, matched by key and
 * "same as" links, placed at the ring most projects give it, with how many projects use it and
 * whether they disagree. The `limit` most used, most used first.
 */
export async function portfolioRadar(deps: PortfolioDeps, q: { limit: number; domain?: Domain[] }) {
  const scope = await scopeOf(deps);
  const rows = await groupedKeys(deps.db, scope, { domains: q.domain }, "usage", q.limit);
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

export interface MatrixQuery {
  limit: number;
  cursor?: string;
  domain?: Domain[];
  ring?: Ring;
  disagreement?: boolean;
}

interface CellRow {
  projectId: string;
  technologyId: string;
  ring: Ring;
  status: TechStatus;
}

/**
 * The adoption matrix: technologies (rows, by key) × visible projects (columns) with the ring of
 * each cell, filtered by domain, by a ring held somewhere and by disagreement, paged by key
 * (`cursor` is the last key of the previous page). `projects` lists the columns of this page: the
 * visible projects that hold at least one of its technologies. One D1 round trip: the page of keys,
 * its cells ("same as" aliases folded in) and the project labels go as one batch.
 */
export async function portfolioMatrix(deps: PortfolioDeps, q: MatrixQuery) {
  const ownOnly = await scopeOf(deps);
  const all = ownOnly === "all";
  const ids = JSON.stringify(all ? [] : ownOnly);
  const page = groupedKeysSql(
    ownOnly,
    { domains: q.domain, ring: q.ring, disagreement: q.disagreement, after: q.cursor },
    "key",
    q.limit + 1,
  );
  const within = all ? sql`` : sql`and m.project_id in (select value from json_each(${ids}))`;
  const cells = sql`with page as (${page})
    select coalesce(l.canonical, m.key) as key, m.project_id as projectId, m.technology_id as technologyId, m.ring, m.status
    from portfolio_members m left join technology_links l on l.alias = m.key
    where (m.key in (select key from page)
      or m.key in (select alias from technology_links where canonical in (select key from page))) ${within}`;
  const labels = all
    ? sql`select id, slug, name from projects order by name, id`
    : sql`select id, slug, name from projects where id in (select value from json_each(${ids})) order by name, id`;
  const [rows, cellRows, visible] = await batchAll<[KeyRow, CellRow & { key: string }, ProjectLabel]>(deps.db, [
    page,
    cells,
    labels,
  ]);
  const shown = rows.slice(0, q.limit);
  const byKey = new Map<string, CellRow[]>();
  const used = new Set<string>();
  for (const { key, ...cell } of cellRows) {
    used.add(cell.projectId);
    const list = byKey.get(key);
    if (list) list.push(cell);
    else byKey.set(key, [cell]);
  }
  return {
    projects: visible.filter((p) => used.has(p.id)),
    data: shown.map((r) => ({
      key: r.key,
      title: r.title,
      domain: r.domain,
      projects: r.projects,
      disagreement: disagrees(r),
      cells: byKey.get(r.key) ?? [],
    })),
    nextCursor: rows.length > q.limit ? (shown.at(-1)?.key ?? null) : null,
  };
}
