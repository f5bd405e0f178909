import { and, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { isDomain } from "../../../shared/vocabulary";
import type { Db } from "../../db/client";
import { analyses, repositories, technologies, technologyEvents, technologyEvidence } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { Actor } from "../../lib/context";
import { eventStatements } from "../../lib/events";
import { newId } from "../../lib/ids";
import type { AnalysisResult, SkippedEntry } from "../analysis";

/** D1 binds at most 100 parameters per statement; evidence rows have 11 columns. */
const EVIDENCE_ROWS_PER_INSERT = 9;

export interface SaveAnalysisInput {
  projectId: string;
  repository: { id: string; owner: string; name: string };
  jobId: string;
  source: "snapshot" | "github";
  result: AnalysisResult;
  skipped: SkippedEntry[];
  actor: Actor;
}

export interface SavedAnalysis {
  analysisId: string;
  added: string[];
  /** Technologies already on the radar that this repository evidences for the first time. */
  evidenced: string[];
}

/**
 * Stores an analysis and feeds the radar in one D1 batch, so a failure leaves nothing half-written:
 * technologies not yet on the radar are added at `discovery`; existing ones gain evidence and a
 * history row saying how many repositories use them (once per repository: a re-analysis adds none);
 * this repository's old evidence is replaced.
 * Low-confidence detections (only in examples, fixtures, vendored code or indirect requirements)
 * stay in the stored analysis but do not reach the radar.
 */
export async function saveAnalysis(db: Db, input: SaveAnalysisInput): Promise<SavedAnalysis> {
  const { projectId, repository, result, actor } = input;
  const analysisId = newId("ana");
  const now = new Date().toISOString();
  const detected = result.technologies.filter((t) => t.confidence !== "low");
  const titles = detected.map((t) => t.title.toLowerCase());
  const existing = titles.length
    ? await db
        .select({ id: technologies.id, title: technologies.title })
        .from(technologies)
        .where(and(eq(technologies.projectId, projectId), inArray(sql`lower(${technologies.title})`, titles)))
    : [];
  const byTitle = new Map(existing.map((t) => [t.title.toLowerCase(), t.id]));
  const evidenceSoFar = existing.length
    ? await db
        .select({
          technologyId: technologyEvidence.technologyId,
          n: sql<number>`count(distinct case when ${technologyEvidence.repositoryId} <> ${repository.id} then ${technologyEvidence.repositoryId} end)`,
          here: sql<number>`max(${technologyEvidence.repositoryId} = ${repository.id})`,
        })
        .from(technologyEvidence)
        .where(
          and(
            eq(technologyEvidence.projectId, projectId),
            inArray(
              technologyEvidence.technologyId,
              existing.map((t) => t.id),
            ),
          ),
        )
        .groupBy(technologyEvidence.technologyId)
    : [];
  const usedElsewhere = new Map(evidenceSoFar.map((r) => [r.technologyId, r.n]));
  // A re-analysis that finds what this repository already evidenced adds no history row.
  const seenHere = new Set(evidenceSoFar.filter((r) => r.here === 1).map((r) => r.technologyId));
  const repoName = `${repository.owner}/${repository.name}`;
  const top = result.languages[0]?.language ?? null;

  const statements: BatchItem<"sqlite">[] = [
    db.insert(analyses).values({
      id: analysisId,
      projectId,
      repositoryId: repository.id,
      jobId: input.jobId,
      source: input.source,
      fileCount: result.fileCount,
      totalBytes: result.totalBytes,
      languages: result.languages,
      dependencies: result.dependencies,
      technologies: result.technologies,
      problems: result.problems,
      partial: result.partial ?? null,
      skipped: input.skipped,
      createdAt: now,
    }),
    db
      .delete(technologyEvidence)
      .where(and(eq(technologyEvidence.projectId, projectId), eq(technologyEvidence.repositoryId, repository.id))),
  ];
  const added: string[] = [];
  const evidenced: string[] = [];
  const evidenceRows: (typeof technologyEvidence.$inferInsert)[] = [];
  for (const tech of detected) {
    let technologyId = byTitle.get(tech.title.toLowerCase());
    if (!technologyId) {
      technologyId = newId("tech");
      const values = {
        id: technologyId,
        projectId,
        title: tech.title,
        domain: isDomain(tech.domain) ? tech.domain : "other",
        status: "discovery" as const,
        tags: ["detected"],
        description: `Detected in ${repoName} by repository analysis.`,
        createdAt: now,
        updatedAt: now,
      };
      statements.push(
        db.insert(technologies).values(values),
        db.insert(technologyEvents).values({
          id: newId("tev"),
          projectId,
          technologyId,
          kind: "created",
          toValue: "discovery",
          note: `detected in ${repoName}`,
          actorKeyId: actor.keyId,
          actorUserId: actor.userId ?? null,
          createdAt: now,
        }),
        ...changeLog(db, {
          projectId,
          actor,
          action: "create",
          entity: "technology",
          entityId: technologyId,
          before: null,
          after: values,
        }),
      );
      byTitle.set(tech.title.toLowerCase(), technologyId);
      added.push(tech.title);
    } else if (!seenHere.has(technologyId)) {
      const repos = (usedElsewhere.get(technologyId) ?? 0) + 1;
      statements.push(
        db.insert(technologyEvents).values({
          id: newId("tev"),
          projectId,
          technologyId,
          kind: "evidence",
          toValue: String(repos),
          note: `used in ${repos} ${repos === 1 ? "repository" : "repositories"} (latest: ${repoName})`,
          actorKeyId: actor.keyId,
          actorUserId: actor.userId ?? null,
          createdAt: now,
        }),
      );
      evidenced.push(tech.title);
    }
    for (const e of tech.evidence) {
      evidenceRows.push({
        id: newId("evd"),
        projectId,
        technologyId,
        repositoryId: repository.id,
        analysisId,
        kind: e.kind,
        file: e.file,
        line: e.line ?? null,
        dependency: e.dependency ?? null,
        version: e.version ?? null,
        createdAt: now,
      });
    }
  }
  for (let i = 0; i < evidenceRows.length; i += EVIDENCE_ROWS_PER_INSERT) {
    statements.push(db.insert(technologyEvidence).values(evidenceRows.slice(i, i + EVIDENCE_ROWS_PER_INSERT)));
  }
  statements.push(
    db
      .update(repositories)
      .set({ lastAnalysedAt: now, lastSyncedAt: now, ...(top ? { language: top } : {}) })
      .where(and(eq(repositories.id, repository.id), eq(repositories.projectId, projectId))),
  );
  statements.push(
    ...eventStatements(db, {
      projectId,
      subject: "analysis.completed",
      payload: {
        id: analysisId,
        repositoryId: repository.id,
        repository: repoName,
        jobId: input.jobId,
        files: result.fileCount,
        technologies: detected.map((t) => t.title),
        added,
      },
      correlationId: input.jobId,
    }),
  );
  const [first, ...rest] = statements;
  if (!first) throw new Error("nothing to save");
  await db.batch([first, ...rest]);
  return { analysisId, added, evidenced };
}
