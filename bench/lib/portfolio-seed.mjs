// @ts-check
// A synthetic portfolio for bench:portfolio, written as SQL for `wrangler d1 execute --file`:
// projects that share technologies from one pool (popular ones in most projects, a long tail in
// few), repositories with a stored analysis each (npm dependencies at spread versions), and open
// drift items. Technologies go in through the same triggers as the API's writes, so the portfolio
// keys (migration 0050) are built exactly as in production.
import { prng } from "../../scripts/lib/prng.mjs";
import { DRIFT_KINDS } from "../../shared/portfolio.ts";
import { DOMAINS, TECH_STATUSES } from "../../shared/vocabulary.ts";

/** Rows per INSERT statement: D1 refuses statements over 100 KB. */
const CHUNK = 100;
/** @type {[string, ...string[]]} */
const WORDS = [
  "stream",
  "cache",
  "edge",
  "vector",
  "graph",
  "queue",
  "proxy",
  "engine",
  "router",
  "store",
  "mesh",
  "agent",
];
/** @type {[string, ...string[]]} */
const SUFFIXES = ["", ".js", "DB", " Cloud", "-kit", " UI", "ify", "ly"];

/** @param {string | null} v */
const sqlText = (v) => (v === null ? "NULL" : `'${String(v).replaceAll("'", "''")}'`);

/**
 * @param {string} table
 * @param {string} columns
 * @param {string[]} rows
 * @param {number} [chunk]
 */
function inserts(table, columns, rows, chunk = CHUNK) {
  const out = [];
  for (let i = 0; i < rows.length; i += chunk) {
    out.push(`INSERT INTO ${table} (${columns}) VALUES\n${rows.slice(i, i + chunk).join(",\n")};`);
  }
  return out;
}

/**
 * The pool of technology names, each with its domain; `size` names, all distinct once normalised.
 * @param {number} size
 */
export function technologyPool(size) {
  const rand = prng(17);
  /** @type {{ title: string, domain: string }[]} */
  const pool = [];
  for (let i = 0; i < size; i++) {
    const w = WORDS[i % WORDS.length] ?? "x";
    const s = SUFFIXES[Math.floor(i / WORDS.length) % SUFFIXES.length] ?? "";
    const title = `${w.charAt(0).toUpperCase()}${w.slice(1)}${s} ${Math.floor(i / (WORDS.length * SUFFIXES.length))}`;
    pool.push({ title, domain: DOMAINS[Math.floor(rand() * DOMAINS.length)] ?? "other" });
  }
  return pool;
}

/**
 * SQL for `projects` projects with `perProject` technologies and `repos` repositories each.
 * @param {{ projects: number, perProject: number, repos: number, pool: number, driftPerProject: number }} size
 * @returns {{ sql: string, projectIds: string[] }}
 */
export function portfolioSql(size) {
  const pool = technologyPool(size.pool);
  const statements = [];
  const projects = [];
  const techs = [];
  const repos = [];
  const analyses = [];
  const drift = [];
  const projectIds = [];
  const now = Date.parse("2026-11-01T00:00:00.000Z");
  for (let p = 0; p < size.projects; p++) {
    const rand = prng(9000 + p);
    const id = `prj_pf${String(p).padStart(4, "0")}`;
    projectIds.push(id);
    projects.push(
      `(${sqlText(id)}, ${sqlText(`pf-${p}`)}, ${sqlText(`Portfolio ${String(p).padStart(3, "0")}`)}, 'bench')`,
    );
    const chosen = new Set();
    while (chosen.size < Math.min(size.perProject, pool.length)) {
      // Skewed towards the start of the pool: a few technologies in most projects, a long tail in few.
      chosen.add(Math.floor(pool.length * rand() ** 2));
    }
    let n = 0;
    for (const i of chosen) {
      const t = pool[i];
      if (!t) continue;
      const status = TECH_STATUSES[Math.floor(rand() * TECH_STATUSES.length)] ?? "discovery";
      const stamp = new Date(now - Math.floor(rand() * 200) * 86_400_000).toISOString();
      techs.push(
        `(${sqlText(`tech_pf${p}_${n++}`)}, ${sqlText(id)}, ${sqlText(t.title)}, ${sqlText(t.domain)}, ${sqlText(status)}, ${sqlText(stamp)}, ${sqlText(stamp)})`,
      );
    }
    for (let r = 0; r < size.repos; r++) {
      const repoId = `repo_pf${p}_${r}`;
      repos.push(`(${sqlText(repoId)}, ${sqlText(id)}, 'upload', 'bench', ${sqlText(`repo-${p}-${r}`)})`);
      const deps = Array.from({ length: 40 }, (_, d) => ({
        ecosystem: "npm",
        name: `pkg-${Math.floor(200 * rand() ** 2)}`,
        version: `^${1 + Math.floor(rand() * 4)}.${Math.floor(rand() * 10)}.${d % 5}`,
        file: "package.json",
      }));
      analyses.push(
        `(${sqlText(`ana_pf${p}_${r}`)}, ${sqlText(id)}, ${sqlText(repoId)}, 'snapshot', 1, 1, '[]', ${sqlText(JSON.stringify(deps))}, '[]', '[]', '[]', ${sqlText(new Date(now).toISOString())})`,
      );
    }
    for (let d = 0; d < size.driftPerProject; d++) {
      const kind = DRIFT_KINDS[d % DRIFT_KINDS.length] ?? "hold_in_use";
      const details = {
        evidence: [
          {
            repositoryId: `repo_pf${p}_0`,
            repository: `bench/repo-${p}-0`,
            file: "package.json",
            line: null,
            kind: "dependency",
            dependency: `pkg-${d}`,
            version: "^1.0.0",
          },
        ],
      };
      drift.push(
        `(${sqlText(`drf_pf${String(p).padStart(4, "0")}${String(d).padStart(4, "0")}`)}, ${sqlText(id)}, ${sqlText(kind)}, ${sqlText(`pkg${d}`)}, ${sqlText(`Pkg ${d}`)}, ${sqlText(JSON.stringify(details))}, ${sqlText(new Date(now + p * 1000 + d).toISOString())})`,
      );
    }
  }
  statements.push(...inserts("projects", "id, slug, name, owner", projects));
  statements.push(...inserts("technologies", "id, project_id, title, domain, status, created_at, updated_at", techs));
  statements.push(...inserts("repositories", "id, project_id, provider, owner, name", repos));
  statements.push(
    ...inserts(
      "analyses",
      "id, project_id, repository_id, source, file_count, total_bytes, languages, dependencies, technologies, problems, skipped, created_at",
      analyses,
      20,
    ),
  );
  statements.push(...inserts("drift_items", "id, project_id, kind, key, title, details, first_seen_at", drift));
  return { sql: `${statements.join("\n")}\n`, projectIds };
}
