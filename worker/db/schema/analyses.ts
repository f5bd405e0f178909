import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { nowIso } from "./columns";
import { repositories } from "./repositories";
import { technologies } from "./technologies";
import { projectRef } from "./tenant";

/** One analysis of one repository: what the code says it uses. Kept as history per repository. */
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
    totalLines: integer("total_lines").notNull(),
    languages: text("languages", { mode: "json" }).$type<unknown[]>().notNull(),
    dependencies: text("dependencies", { mode: "json" }).$type<unknown[]>().notNull(),
    technologies: text("technologies", { mode: "json" }).$type<unknown[]>().notNull(),
    problems: text("problems", { mode: "json" }).$type<unknown[]>().notNull(),
    skipped: text("skipped", { mode: "json" }).$type<unknown[]>().notNull(),
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
    dependency: text("dependency"),
    version: text("version"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [
    index("evidence_tech_idx").on(t.projectId, t.technologyId),
    index("evidence_repo_idx").on(t.projectId, t.repositoryId),
  ],
);
