import { and, asc, count, countDistinct, desc, eq, gte, inArray, type SQL } from "drizzle-orm";
import type { ProjectSubject } from "../../../shared/exports";
import { quadrantOf, ringOf } from "../../../shared/vocabulary";
import type { Db } from "../../db/client";
import {
  analyses,
  type ExportFilters,
  projects,
  repositories,
  researchTasks,
  technologies,
  technologyEvents,
  technologyEvidence,
} from "../../db/schema";
import { jsonArrayHas } from "../../lib/text-filter";
import type { Dataset, ExportAnalysisRow, ExportTechnologyRow } from "./export-v1";

const NEW_WINDOW_MS = 90 * 24 * 3600_000;

async function loadTechnologies(db: Db, projectId: string, f: ExportFilters, now: number) {
  const where: SQL[] = [eq(technologies.projectId, projectId)];
  if (f.status?.length) where.push(inArray(technologies.status, f.status));
  if (f.domain?.length) where.push(inArray(technologies.domain, f.domain));
  if (f.tag) where.push(jsonArrayHas(technologies.tags, f.tag));
  const [rows, evidence] = await db.batch([
    db
      .select()
      .from(technologies)
      .where(and(...where))
      .orderBy(asc(technologies.title)),
    db
      .select({
        id: technologyEvidence.technologyId,
        n: count(),
        repos: countDistinct(technologyEvidence.repositoryId),
      })
      .from(technologyEvidence)
      .where(eq(technologyEvidence.projectId, projectId))
      .groupBy(technologyEvidence.technologyId),
  ]);
  const counts = new Map(evidence.map((e) => [e.id, e]));
  return rows.map(
    (t): ExportTechnologyRow => ({
      id: t.id,
      title: t.title,
      vendor: t.vendor,
      domain: t.domain,
      quadrant: quadrantOf(t.domain),
      status: t.status,
      ring: ringOf(t.status),
      priority: t.priority,
      relevanceScore: t.relevanceScore,
      tags: t.tags,
      description: t.description,
      links: t.links,
      evidenceCount: counts.get(t.id)?.n ?? 0,
      repositoryCount: counts.get(t.id)?.repos ?? 0,
      isNew: now - Date.parse(t.createdAt) < NEW_WINDOW_MS,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    }),
  );
}

async function loadTasks(db: Db, projectId: string) {
  const rows = await db
    .select({ task: researchTasks, technologyTitle: technologies.title })
    .from(researchTasks)
    .leftJoin(technologies, eq(technologies.id, researchTasks.technologyId))
    .where(eq(researchTasks.projectId, projectId))
    .orderBy(asc(researchTasks.createdAt), asc(researchTasks.id));
  return rows.map(({ task: t, technologyTitle }) => ({
    id: t.id,
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    assignee: t.assignee,
    dueDate: t.dueDate,
    technologyId: t.technologyId,
    technologyTitle,
    repositoryId: t.repositoryId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  }));
}

/** One analysis, or the latest of every repository when `analysisId` is absent. */
async function loadAnalyses(db: Db, projectId: string, analysisId?: string): Promise<ExportAnalysisRow[]> {
  const rows = await db
    .select({ a: analyses, r: repositories })
    .from(analyses)
    .innerJoin(repositories, eq(repositories.id, analyses.repositoryId))
    .where(and(eq(analyses.projectId, projectId), analysisId ? eq(analyses.id, analysisId) : undefined))
    .orderBy(desc(analyses.createdAt), desc(analyses.id));
  const seen = new Set<string>();
  const latest = rows.filter(({ r }) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  return latest.map(({ a, r }) => ({
    id: a.id,
    createdAt: a.createdAt,
    source: a.source,
    repository: { id: r.id, provider: r.provider, owner: r.owner, name: r.name, url: r.url },
    fileCount: a.fileCount,
    totalBytes: a.totalBytes,
    languages: a.languages,
    dependencies: a.dependencies,
    technologies: a.technologies,
    problems: a.problems,
    skipped: a.skipped,
  }));
}

async function loadChanges(db: Db, projectId: string, since: string) {
  const rows = await db
    .select({ e: technologyEvents, title: technologies.title })
    .from(technologyEvents)
    .innerJoin(technologies, eq(technologies.id, technologyEvents.technologyId))
    .where(and(eq(technologyEvents.projectId, projectId), gte(technologyEvents.createdAt, since)))
    .orderBy(desc(technologyEvents.createdAt), desc(technologyEvents.id))
    .limit(5000);
  return rows.map(({ e, title }) => ({
    technologyId: e.technologyId,
    title,
    kind: e.kind,
    from: e.fromValue,
    to: e.toValue,
    note: e.note,
    at: e.createdAt,
  }));
}

const tally = (values: string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
};

/**
 * Everything an export of `subject` shows, read from one project. An analysis export carries the
 * radar's view of the technologies that analysis found (SARIF needs their rings); a project export
 * carries the latest analysis of every repository and the changes since `filters.since` (default
 * 90 days).
 */
export async function loadDataset(
  db: Db,
  projectId: string,
  subject: ProjectSubject,
  filters: ExportFilters,
  now = Date.now(),
): Promise<Dataset> {
  const project = await db.query.projects.findFirst({
    where: eq(projects.id, projectId),
    columns: { id: true, slug: true, name: true },
  });
  if (!project) throw new Error(`project ${projectId} not found`);
  const wantsTech = subject !== "research-tasks";
  let techs = wantsTech ? await loadTechnologies(db, projectId, filters, now) : [];
  const tasks = subject === "research-tasks" || subject === "project" ? await loadTasks(db, projectId) : [];
  const found =
    subject === "analysis" || subject === "project" ? await loadAnalyses(db, projectId, filters.analysisId) : [];
  if (subject === "analysis") {
    const detected = new Set(found.flatMap((a) => a.technologies.map((t) => t.title.toLowerCase())));
    techs = techs.filter((t) => detected.has(t.title.toLowerCase()));
  }
  const since = filters.since ?? new Date(now - NEW_WINDOW_MS).toISOString();
  const changes =
    subject === "project" || (subject === "technologies" && filters.since)
      ? await loadChanges(db, projectId, since)
      : [];
  return {
    schemaVersion: 1,
    generatedAt: new Date(now).toISOString(),
    subject,
    filters: { ...filters },
    project,
    summary: {
      technologies: techs.length,
      byRing: tally(techs.map((t) => t.ring)),
      byStatus: tally(techs.map((t) => t.status)),
      byDomain: tally(techs.map((t) => t.domain)),
      researchTasks: tasks.length,
      analyses: found.length,
    },
    technologies: techs,
    researchTasks: tasks,
    analyses: found,
    changes,
  };
}
