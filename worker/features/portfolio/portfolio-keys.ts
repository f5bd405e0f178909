import { type SQL, sql } from "drizzle-orm";
import type { Domain, Ring } from "../../../shared/vocabulary";

/** One technology across the visible projects: its key (after "same as" links) and ring counts. */
export interface KeyRow {
  key: string;
  title: string;
  domain: Domain;
  projects: number;
  adopt: number;
  trial: number;
  assess: number;
  hold: number;
  createdAt: string;
}

/** Narrowing of the grouped keys: by domain, by a ring some project holds it at, by disagreement. */
export interface KeyFilter {
  domains?: Domain[];
  ring?: Ring;
  disagreement?: boolean;
  after?: string;
}

/**
 * The per-key rows the grouping starts from. For every project (an instance key) that is the
 * trigger-kept `portfolio_keys`, a few thousand rows whatever the number of technologies; for a
 * subset of projects the same shape is counted from `portfolio_members` of those projects only.
 */
function source(projectIds: string[] | "all"): SQL {
  if (projectIds === "all") {
    return sql`select key, title, domain, projects, adopt, trial, assess, hold, created_at from portfolio_keys`;
  }
  return sql`select m.key, min(m.title) as title, min(m.domain) as domain, count(distinct m.project_id) as projects,
      sum(m.ring = 'adopt') as adopt, sum(m.ring = 'trial') as trial, sum(m.ring = 'assess') as assess,
      sum(m.ring = 'hold') as hold, min(t.created_at) as created_at
    from portfolio_members m join technologies t on t.id = m.technology_id
    where m.project_id in (select value from json_each(${JSON.stringify(projectIds)}))
    group by m.key`;
}

/** SQL that says a grouped row's projects disagree: one adopts or trials it while another holds it. */
const DISAGREES = sql`(sum(adopt) + sum(trial)) > 0 and sum(hold) > 0`;

/**
 * Technologies of the given projects grouped by portfolio key, "same as" links applied (an alias
 * key counts under its canonical key, titled by the canonical one). `order` is "usage" (most
 * projects first) or "key" (for cursor paging). A statement, to run in a batch or inside a larger query.
 */
export function groupedKeysSql(
  projectIds: string[] | "all",
  filter: KeyFilter,
  order: "usage" | "key",
  limit: number,
): SQL {
  const having: SQL[] = [];
  if (filter.ring) having.push(sql`sum(${sql.raw(filter.ring)}) > 0`);
  if (filter.disagreement === true) having.push(DISAGREES);
  if (filter.disagreement === false) having.push(sql`not (${DISAGREES})`);
  if (filter.after !== undefined) having.push(sql`key > ${filter.after}`);
  const domainFilter = filter.domains?.length
    ? sql`where k.domain in (select value from json_each(${JSON.stringify(filter.domains)}))`
    : sql``;
  // A plain subquery, not a CTE: the statement must start with `select` for GuardedD1 to see a read
  // and let the key's revocation check ride in the same batch instead of a round trip of its own.
  return sql`
    select key,
      coalesce(max(case when member = key then title end), max(title)) as title,
      coalesce(max(case when member = key then domain end), max(domain)) as domain,
      sum(projects) as projects, sum(adopt) as adopt, sum(trial) as trial, sum(assess) as assess,
      sum(hold) as hold, min(created_at) as createdAt
    from (
      select coalesce(l.canonical, k.key) as key, k.key as member, k.title, k.domain, k.projects,
        k.adopt, k.trial, k.assess, k.hold, k.created_at
      from (${source(projectIds)}) k left join technology_links l on l.alias = k.key
      ${domainFilter}
    ) g
    group by key
    ${having.length ? sql`having ${sql.join(having, sql` and `)}` : sql``}
    ${order === "usage" ? sql`order by projects desc, key` : sql`order by key`}
    limit ${limit}`;
}

/** Whether some projects adopt or trial a technology while others hold it. */
export const disagrees = (r: Pick<KeyRow, "adopt" | "trial" | "hold">): boolean => r.adopt + r.trial > 0 && r.hold > 0;

/** The ring most projects put it in (ties go to the inner ring). */
export function commonRing(r: Pick<KeyRow, "adopt" | "trial" | "assess" | "hold">): Ring {
  const order: Ring[] = ["adopt", "trial", "assess", "hold"];
  return order.reduce((best, ring) => (r[ring] > r[best] ? ring : best), "adopt");
}
