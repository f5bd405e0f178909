import { z } from "@hono/zod-openapi";
import { PROJECT_SUBJECTS } from "../../../shared/exports";
import { DOMAINS, RINGS, TECH_STATUSES } from "../../../shared/vocabulary";
import { TASK_STATUSES } from "../../db/schema";

const Count = z.number().int().min(0);
const Timestamp = z.string().describe("ISO-8601 UTC timestamp");

export const ExportTechnology = z.object({
  id: z.string(),
  title: z.string(),
  vendor: z.string().nullable(),
  domain: z.enum(DOMAINS),
  quadrant: z.string(),
  status: z.enum(TECH_STATUSES),
  ring: z.enum(RINGS),
  priority: z.number().int().min(1).max(5),
  relevanceScore: z.number().int().min(0).max(100),
  tags: z.array(z.string()),
  description: z.string(),
  links: z.array(z.object({ title: z.string(), url: z.string() })),
  evidenceCount: Count,
  repositoryCount: Count,
  isNew: z.boolean().describe("Added to the radar in the last 90 days"),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ExportResearchTask = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(TASK_STATUSES),
  priority: z.number().int(),
  assignee: z.string().nullable(),
  dueDate: z.string().nullable(),
  technologyId: z.string().nullable(),
  technologyTitle: z.string().nullable(),
  repositoryId: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ExportAnalysis = z.object({
  id: z.string(),
  createdAt: Timestamp,
  source: z.string(),
  repository: z.object({
    id: z.string(),
    provider: z.string(),
    owner: z.string(),
    name: z.string(),
    url: z.string().nullable(),
  }),
  fileCount: Count,
  totalBytes: Count.describe("Bytes of the files with a language"),
  languages: z.array(
    z.object({
      language: z.string(),
      files: Count,
      bytes: Count.describe("Bytes of the files in this language, from their sizes"),
      share: z.number().min(0).max(1).describe("Fraction of the bytes of every file with a language"),
    }),
  ),
  dependencies: z.array(
    z.object({
      ecosystem: z.string(),
      name: z.string(),
      version: z.string().nullable(),
      file: z.string(),
      scope: z.string().optional(),
      indirect: z.boolean().optional(),
    }),
  ),
  technologies: z.array(
    z.object({
      title: z.string(),
      domain: z.enum(DOMAINS),
      evidence: z.array(
        z.object({
          file: z.string(),
          kind: z.string(),
          dependency: z.string().optional(),
          version: z.string().nullable().optional(),
          line: z.number().int().min(1).optional(),
        }),
      ),
    }),
  ),
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
});

export const ExportChange = z.object({
  technologyId: z.string(),
  title: z.string(),
  kind: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string().nullable(),
  at: Timestamp,
});

/**
 * The JSON export, version 1. Every export carries all keys; lists the subject does not cover are
 * empty. Published as JSON Schema at `/api/v1/schemas/export-v1.json` and read back by imports.
 */
export const ExportV1 = z
  .object({
    schemaVersion: z.literal(1),
    generatedAt: Timestamp,
    subject: z.enum(PROJECT_SUBJECTS),
    filters: z.record(z.string(), z.unknown()),
    project: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    summary: z.object({
      technologies: Count,
      byRing: z.record(z.string(), Count),
      byStatus: z.record(z.string(), Count),
      byDomain: z.record(z.string(), Count),
      researchTasks: Count,
      analyses: Count,
    }),
    technologies: z.array(ExportTechnology),
    researchTasks: z.array(ExportResearchTask),
    analyses: z.array(ExportAnalysis),
    changes: z.array(ExportChange),
  })
  .strict();

export type Dataset = z.infer<typeof ExportV1>;
export type ExportTechnologyRow = z.infer<typeof ExportTechnology>;
export type ExportAnalysisRow = z.infer<typeof ExportAnalysis>;

/** The JSON Schema (draft 2020-12) of {@link ExportV1}, as served to clients. */
export function exportV1JsonSchema(origin: string) {
  return {
    ...z.toJSONSchema(ExportV1, { target: "draft-2020-12", io: "output" }),
    $id: `${origin}/api/v1/schemas/export-v1.json`,
    title: "CommandCenter export, schema version 1",
  };
}
