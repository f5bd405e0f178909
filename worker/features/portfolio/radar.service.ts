import { sql } from "drizzle-orm";
import type { Domain, Ring, TechStatus } from "../../../shared/vocabulary";
import { commonRing, disagrees, groupedKeys, type KeyRow, membersOf } from "./portfolio-keys";
import { type PortfolioDeps, seesAll, visibleProjects } from "./visibility";

/** How recent a key's first appearance must be for its blip to be marked new. */
const NEW_WINDOW_MS = 90 * 24 * 3600 * 1000;

const rings = (r: KeyRow) => ({ adopt: r.adopt, trial: r.trial, assess: r.assess, hold: r.hold });

/**
 * The portfolio radar: one blip per technology across the visible projects, matched by key and
 * "same as" links, placed at the ring most projects give it, with how many projects use it and
 * whether they disagree. The `limit` most used, most used first.
 */
export async function portfolioRadar(deps: PortfolioDeps, q: { limit: number; domain?: Domain[] }) {
  const scope = seesAll(deps.principal) ? "all" : (await visibleProjects(deps)).map((p) => p.id);
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

/**
 * The adoption matrix: technologies (rows, by key) × visible projects (columns) with the ring of
 * each cell, filtered by domain, by a ring held somewhere and by disagreement, paged by key
 * (`cursor` is the last key of the previous page).
 */
export async function portfolioMatrix(deps: PortfolioDeps, q: MatrixQuery) {
  const projects = await visibleProjects(deps);
  const scope = seesAll(deps.principal) ? "all" : projects.map((p) => p.id);
  const rows = await groupedKeys(
    deps.db,
    scope,
    { domains: q.domain, ring: q.ring, disagreement: q.disagreement, after: q.cursor },
    "key",
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const canonicalOf = await membersOf(
    deps.db,
    page.map((r) => r.key),
  );
  const visible =
    scope === "all" ? sql`` : sql`and m.project_id in (select value from json_each(${JSON.stringify(scope)}))`;
  const cells = page.length
    ? await deps.db.all<{ key: string; projectId: string; technologyId: string; ring: Ring; status: TechStatus }>(sql`
        select m.key, m.project_id as projectId, m.technology_id as technologyId, m.ring, m.status
        from portfolio_members m
        where m.key in (select value from json_each(${JSON.stringify([...canonicalOf.keys()])})) ${visible}
        order by m.project_id`)
    : [];
  const byKey = new Map<string, (typeof cells)[number][]>();
  for (const c of cells) {
    const key = canonicalOf.get(c.key) ?? c.key;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return {
    projects,
    data: page.map((r) => ({
      key: r.key,
      title: r.title,
      domain: r.domain,
      projects: r.projects,
      disagreement: disagrees(r),
      cells: (byKey.get(r.key) ?? []).map(({ key: _k, ...cell }) => cell),
    })),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.key ?? null) : null,
  };
}
