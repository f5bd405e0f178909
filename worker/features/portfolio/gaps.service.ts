import { type SQL, sql } from "drizzle-orm";
import { type PortfolioDeps, scopeOf } from "./visibility";

/** How many technologies each gap list shows at most. */
const GAP_LIMIT = 200;

interface GapTech {
  technologyId: string;
  title: string;
  projectId: string;
  project: string;
  status: string;
  repositories: number;
  updatedAt: string;
}
interface TaskRow {
  key: string;
  taskId: string;
  title: string;
  status: string;
  technologyId: string;
  projectId: string;
  project: string;
}

/**
 * Research gaps and duplicate effort across the visible projects: technologies the code uses
 * with no research task and no knowledge document (ADRs are documents) about them; evaluations
 * with no move, task or document change for `inactiveDays`; and open research tasks about the
 * same technology in different projects, so their owners can join forces.
 */
export async function portfolioGaps(deps: PortfolioDeps, q: { inactiveDays: number }) {
  const scope = await scopeOf(deps);
  const ids = scope === "all" ? null : scope;
  const within = (column: SQL): SQL =>
    ids ? sql`and ${column} in (select value from json_each(${JSON.stringify(ids)}))` : sql``;
  const cutoff = new Date(Date.now() - q.inactiveDays * 24 * 3600 * 1000).toISOString();
  const [unresearched, stale, tasks] = await Promise.all([
    deps.db.all<GapTech>(sql`
      select t.id as technologyId, t.title, t.project_id as projectId, p.name as project, t.status,
        (select count(distinct e.repository_id) from technology_evidence e
          where e.project_id = t.project_id and e.technology_id = t.id) as repositories, t.updated_at as updatedAt
      from technologies t join projects p on p.id = t.project_id
      where exists (select 1 from technology_evidence e where e.project_id = t.project_id and e.technology_id = t.id)
        and not exists (select 1 from research_tasks r where r.technology_id = t.id)
        and not exists (select 1 from knowledge_entries k, json_each(k.technology_ids) j
          where k.project_id = t.project_id and j.value = t.id)
        ${within(sql`t.project_id`)}
      order by repositories desc, t.title limit ${GAP_LIMIT}`),
    deps.db.all<GapTech>(sql`
      select t.id as technologyId, t.title, t.project_id as projectId, p.name as project, t.status,
        0 as repositories, t.updated_at as updatedAt
      from technologies t join projects p on p.id = t.project_id
      where t.status = 'evaluation' and t.updated_at < ${cutoff}
        and not exists (select 1 from research_tasks r where r.technology_id = t.id and r.updated_at >= ${cutoff})
        and not exists (select 1 from technology_events v where v.project_id = t.project_id
          and v.technology_id = t.id and v.created_at >= ${cutoff})
        ${within(sql`t.project_id`)}
      order by t.updated_at limit ${GAP_LIMIT}`),
    deps.db.all<TaskRow>(sql`
      select coalesce(l.canonical, m.key) as key, r.id as taskId, r.title, r.status, r.technology_id as technologyId,
        r.project_id as projectId, p.name as project
      from research_tasks r join portfolio_members m on m.technology_id = r.technology_id
        join projects p on p.id = r.project_id left join technology_links l on l.alias = m.key
      where r.status <> 'done' ${within(sql`r.project_id`)}
      order by key, p.name`),
  ]);
  const byKey = new Map<string, TaskRow[]>();
  for (const t of tasks) {
    const list = byKey.get(t.key) ?? [];
    list.push(t);
    byKey.set(t.key, list);
  }
  const duplicates = [...byKey.entries()]
    .filter(([, list]) => new Set(list.map((t) => t.projectId)).size > 1)
    .map(([key, list]) => ({ key, title: list[0]?.title ?? key, tasks: list.map(({ key: _k, ...t }) => t) }));
  return { inactiveDays: q.inactiveDays, unresearched, staleEvaluations: stale, duplicates };
}
