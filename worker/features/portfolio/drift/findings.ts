import { sql } from "drizzle-orm";
import { type DriftKind, normaliseKey } from "../../../../shared/portfolio";
import type { Ring, TechStatus } from "../../../../shared/vocabulary";
import type { Db } from "../../../db/client";
import type { DriftDetails } from "../../../db/schema";
import type { DetectedTechnology } from "../../analysis";

/** How long a technology may sit at discovery while the code uses it before it counts as stuck. */
export const STUCK_AFTER_DAYS = 30;
/** Evidence kept per drift item; the technology's own evidence list has the rest. */
const MAX_EVIDENCE = 50;

/** One drift the scan sees now, keyed by kind and portfolio key. */
export interface Finding {
  kind: DriftKind;
  key: string;
  title: string;
  technologyId: string | null;
  details: DriftDetails;
}

type Evidence = DriftDetails["evidence"][number];
interface TechRow {
  id: string;
  title: string;
  status: TechStatus;
  tags: string;
  createdAt: string;
  key: string;
  ring: Ring;
}
interface EvidenceRow {
  technologyId: string;
  repositoryId: string;
  repository: string;
  file: string;
  kind: string;
  dependency: string | null;
  version: string | null;
  analysisId: string;
}
interface AnalysisRow {
  id: string;
  repositoryId: string;
  repository: string;
  technologies: string;
}
interface OtherRow {
  key: string;
  projectId: string;
  project: string;
  technologyId: string;
  ring: Ring;
  status: TechStatus;
}

/** The line an analysis recorded for a piece of evidence, when the analyzer reports lines. */
function lineOf(e: object): number | null {
  return "line" in e && typeof e.line === "number" ? e.line : null;
}

const lineKey = (analysisId: string, file: string, dependency: string | null | undefined, kind: string) =>
  `${analysisId}|${file}|${dependency ?? ""}|${kind}`;

/**
 * Everything drifting in one project now: its radar (technologies with their keys and rings)
 * against its repositories' latest analyses and evidence, and its rings against the other
 * projects'. Read-only; `scanDrift` turns the answer into rows and events.
 */
export async function projectFindings(db: Db, projectId: string, now: Date): Promise<Finding[]> {
  const [techs, evidence, latest, evidencedBefore, links] = await Promise.all([
    db.all<TechRow>(sql`select t.id, t.title, t.status, t.tags, t.created_at as createdAt, m.key, m.ring
      from technologies t join portfolio_members m on m.technology_id = t.id where t.project_id = ${projectId}`),
    db.all<EvidenceRow>(sql`select e.technology_id as technologyId, e.repository_id as repositoryId,
        r.owner || '/' || r.name as repository, e.file, e.kind, e.dependency, e.version, e.analysis_id as analysisId
      from technology_evidence e join repositories r on r.id = e.repository_id where e.project_id = ${projectId}
      order by r.owner, r.name, e.file`),
    db.all<AnalysisRow>(sql`select a.id, a.repository_id as repositoryId, r.owner || '/' || r.name as repository, a.technologies
      from analyses a join repositories r on r.id = a.repository_id
      where a.project_id = ${projectId} and a.created_at = (select max(b.created_at) from analyses b
        where b.project_id = a.project_id and b.repository_id = a.repository_id)`),
    db.all<{ id: string }>(sql`select distinct technology_id as id from technology_events
      where project_id = ${projectId} and kind = 'evidence'`),
    db.all<{ alias: string; canonical: string }>(sql`select alias, canonical from technology_links`),
  ]);
  const canonical = new Map(links.map((l) => [l.alias, l.canonical]));
  const keyOf = (key: string) => canonical.get(key) ?? key;
  const lines = new Map<string, number>();
  const detected = new Map<string, { title: string; evidence: Evidence[] }>();
  for (const a of latest) {
    for (const tech of JSON.parse(a.technologies) as DetectedTechnology[]) {
      const key = keyOf(normaliseKey(tech.title));
      const entry = detected.get(key) ?? { title: tech.title, evidence: [] };
      for (const e of tech.evidence) {
        const line = lineOf(e);
        if (line !== null) lines.set(lineKey(a.id, e.file, e.dependency, e.kind), line);
        entry.evidence.push({
          repositoryId: a.repositoryId,
          repository: a.repository,
          file: e.file,
          line,
          kind: e.kind,
          dependency: e.dependency ?? null,
          version: e.version ?? null,
        });
      }
      detected.set(key, entry);
    }
  }
  const evidenceOf = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = evidenceOf.get(e.technologyId) ?? [];
    list.push({
      repositoryId: e.repositoryId,
      repository: e.repository,
      file: e.file,
      line: lines.get(lineKey(e.analysisId, e.file, e.dependency, e.kind)) ?? null,
      kind: e.kind,
      dependency: e.dependency,
      version: e.version,
    });
    evidenceOf.set(e.technologyId, list);
  }
  const wasEvidenced = new Set(evidencedBefore.map((r) => r.id));
  const stuckBefore = now.getTime() - STUCK_AFTER_DAYS * 24 * 3600 * 1000;
  const onRadar = new Set(techs.map((t) => keyOf(t.key)));
  const findings: Finding[] = [];
  const add = (kind: DriftKind, t: TechRow, details: Partial<DriftDetails> = {}) =>
    findings.push({
      kind,
      key: keyOf(t.key),
      title: t.title,
      technologyId: t.id,
      details: {
        evidence: (evidenceOf.get(t.id) ?? []).slice(0, MAX_EVIDENCE),
        ring: t.ring,
        status: t.status,
        ...details,
      },
    });

  for (const t of techs) {
    const used = evidenceOf.has(t.id);
    if (used && t.ring === "hold") add("hold_in_use", t);
    if (used && t.status === "discovery" && Date.parse(t.createdAt) < stuckBefore) add("stuck_in_discovery", t);
    const detectedOnce = wasEvidenced.has(t.id) || (JSON.parse(t.tags) as string[]).includes("detected");
    if (!used && t.status === "integrated" && latest.length > 0 && detectedOnce) add("integrated_unused", t);
  }
  for (const [key, d] of detected) {
    if (!onRadar.has(key)) {
      findings.push({
        kind: "untracked_in_use",
        key,
        title: d.title,
        technologyId: null,
        details: { evidence: d.evidence.slice(0, MAX_EVIDENCE) },
      });
    }
  }
  findings.push(...(await ringConflicts(db, projectId, techs, canonical, evidenceOf)));
  return findings;
}

const opposite = (ring: Ring): Ring[] => (ring === "hold" ? ["adopt", "trial"] : ring === "assess" ? [] : ["hold"]);

/** This project's technologies that other projects put on the opposite side of the radar (adopt/trial vs hold). */
async function ringConflicts(
  db: Db,
  projectId: string,
  techs: TechRow[],
  canonical: Map<string, string>,
  evidenceOf: Map<string, Evidence[]>,
): Promise<Finding[]> {
  const decided = techs.filter((t) => t.ring !== "assess");
  if (!decided.length) return [];
  const keyOf = (key: string) => canonical.get(key) ?? key;
  const wanted = new Set(decided.map((t) => keyOf(t.key)));
  const keys = [...wanted];
  for (const [alias, c] of canonical) if (wanted.has(c)) keys.push(alias);
  const others = await db.all<OtherRow>(sql`select m.key, m.project_id as projectId, p.name as project,
      m.technology_id as technologyId, m.ring, m.status
    from portfolio_members m join projects p on p.id = m.project_id
    where m.key in (select value from json_each(${JSON.stringify(keys)})) and m.project_id <> ${projectId}
      and m.ring <> 'assess'
    order by p.name, m.project_id`);
  const byKey = new Map<string, OtherRow[]>();
  for (const o of others) {
    const list = byKey.get(keyOf(o.key)) ?? [];
    list.push(o);
    byKey.set(keyOf(o.key), list);
  }
  return decided.flatMap((t) => {
    const against = opposite(t.ring);
    const conflicts = (byKey.get(keyOf(t.key)) ?? []).filter((o) => against.includes(o.ring));
    if (!conflicts.length) return [];
    return [
      {
        kind: "ring_conflict" as const,
        key: keyOf(t.key),
        title: t.title,
        technologyId: t.id,
        details: {
          evidence: (evidenceOf.get(t.id) ?? []).slice(0, MAX_EVIDENCE),
          ring: t.ring,
          status: t.status,
          conflicts,
        },
      },
    ];
  });
}
