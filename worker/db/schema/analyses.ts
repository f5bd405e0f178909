import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type {
  Dependency,
  DetectedTechnology,
  LanguageStat,
  ManifestProblem,
  PartialCoverage,
  SkippedEntry,
} from "../../features/analysis/types";
import { nowIso } from "./columns";
import { repositories } from "./repositories";
import { technologies } from "./technologies";
import { projectRef } from "./tenant";

/**
 * One analysis of one repository: what the code says it uses. Kept as history per repository. The
 * JSON columns hold the analysis engine's own result types (features/analysis/types.ts, imported for
 * its types only), so readers get them typed without casts.
 */
export const analyses = sqliteTable(
  "analyses",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    repositoryId: text("repository_id")
      .notNull()
      .references(() => repositories.id, { onDelete: "cascade" }),
    jobId: text("job_id"),
    source: text("source", { enum: ["snapshot", "github"] }).notNull(),
    fileCount: integer("file_count").notNull(),
    /** Bytes of the files with a language (0 for analyses stored before 0081, which counted lines). */
    totalBytes: integer("total_bytes").notNull(),
    languages: text("languages", { mode: "json" }).$type<LanguageStat[]>().notNull(),
    dependencies: text("dependencies", { mode: "json" }).$type<Dependency[]>().notNull(),
    technologies: text("technologies", { mode: "json" }).$type<DetectedTechnology[]>().notNull(),
    problems: text("problems", { mode: "json" }).$type<ManifestProblem[]>().notNull(),
    skipped: text("skipped", { mode: "json" }).$type<SkippedEntry[]>().notNull(),
    /** Set when not every file was counted (too many files or bytes, a truncated tree); null for a full analysis. */
    partial: text("partial", { mode: "json" }).$type<PartialCoverage>(),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [index("analyses_repo_idx").on(t.projectId, t.repositoryId, t.createdAt)],
);

/** Why a technology is on the radar: where an analysis saw it (latest analysis per repository). */
export const technologyEvidence = sqliteTable(
  "technology_evidence",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    technologyId: text("technology_id")
      .notNull()
      .references(() => technologies.id, { onDelete: "cascade" }),
    repositoryId: text("repository_id")
      .notNull()
      .references(() => repositories.id, { onDelete: "cascade" }),
    analysisId: text("analysis_id")
      .notNull()
      .references(() => analyses.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    file: text("file").notNull(),
    /** The matching line of `file`, when the evidence is one line of it. */
    line: integer("line"),
    dependency: text("dependency"),
    version: text("version"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [
    index("evidence_tech_idx").on(t.projectId, t.technologyId),
    index("evidence_repo_idx").on(t.projectId, t.repositoryId),
  ],
);
