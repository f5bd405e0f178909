import { sql } from "drizzle-orm";
import type { Dependency } from "../analysis";
import { type PortfolioDeps, scopeOf } from "./visibility";

interface LatestRow {
  repositoryId: string;
  repository: string;
  projectId: string;
  project: string;
  dependencies: string;
}

/** The numeric parts of a written version or constraint ("^18.3.1" → [18, 3, 1]), or null. */
export function versionParts(version: string | null): number[] | null {
  const match = version ? /\d+(?:\.\d+)*/.exec(version) : null;
  return match ? match[0].split(".").map(Number) : null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Dependency drift across the visible projects, from each repository's latest stored analysis (no
 * registry is asked): per package, the version each repository declares, the major versions in
 * use, the newest version in use, and the repositories behind it; most lagging repositories first.
 */
export async function portfolioDependencies(
  deps: PortfolioDeps,
  q: { ecosystem?: string; q?: string; page: number; limit: number },
) {
  const scope = await scopeOf(deps);
  const visible =
    scope === "all" ? sql`` : sql`and a.project_id in (select value from json_each(${JSON.stringify(scope)}))`;
  const latest = await deps.db.all<LatestRow>(sql`
    select a.repository_id as repositoryId, r.owner || '/' || r.name as repository, a.project_id as projectId,
      p.name as project, a.dependencies
    from analyses a join repositories r on r.id = a.repository_id join projects p on p.id = a.project_id
    where a.created_at = (select max(b.created_at) from analyses b
      where b.project_id = a.project_id and b.repository_id = a.repository_id) ${visible}
    order by p.name, r.owner, r.name`);
  const packages = new Map<
    string,
    { ecosystem: string; name: string; uses: (LatestRow & { version: string | null; file: string })[] }
  >();
  const needle = q.q?.toLowerCase();
  for (const row of latest) {
    for (const d of JSON.parse(row.dependencies) as Dependency[]) {
      if (q.ecosystem && d.ecosystem !== q.ecosystem) continue;
      if (needle && !d.name.toLowerCase().includes(needle)) continue;
      const id = `${d.ecosystem}:${d.name}`;
      const entry = packages.get(id) ?? { ecosystem: d.ecosystem, name: d.name, uses: [] };
      if (!entry.uses.some((u) => u.repositoryId === row.repositoryId && u.version === d.version)) {
        entry.uses.push({ ...row, version: d.version, file: d.file });
      }
      packages.set(id, entry);
    }
  }
  const rows = [...packages.values()].map((p) => {
    const parsed = p.uses.map((u) => ({ u, parts: versionParts(u.version) }));
    const newest = parsed.reduce<number[] | null>(
      (best, x) => (x.parts && (!best || compare(x.parts, best) > 0) ? x.parts : best),
      null,
    );
    const majors = [...new Set(parsed.flatMap((x) => (x.parts?.[0] !== undefined ? [x.parts[0]] : [])))].sort(
      (a, b) => a - b,
    );
    const repositories = parsed.map(({ u, parts }) => ({
      repositoryId: u.repositoryId,
      repository: u.repository,
      projectId: u.projectId,
      project: u.project,
      version: u.version,
      file: u.file,
      behind: Boolean(parts && newest && compare(parts, newest) < 0),
    }));
    const newestUse = parsed.find((x) => x.parts && newest && compare(x.parts, newest) === 0);
    return {
      ecosystem: p.ecosystem,
      name: p.name,
      newest: newestUse?.u.version ?? null,
      majors,
      repositories,
      behind: new Set(repositories.filter((r) => r.behind).map((r) => r.repositoryId)).size,
    };
  });
  rows.sort(
    (a, b) => b.behind - a.behind || b.repositories.length - a.repositories.length || a.name.localeCompare(b.name),
  );
  const start = (q.page - 1) * q.limit;
  return { data: rows.slice(start, start + q.limit), page: q.page, limit: q.limit, total: rows.length };
}
