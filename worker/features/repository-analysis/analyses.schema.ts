import { z } from "@hono/zod-openapi";
import { DOMAINS } from "../../../shared/vocabulary";
import { analyses, technologyEvidence } from "../../db/schema";
import { pageOf } from "../../lib/pagination";
import { createSelectSchema } from "../../lib/zod";
import {
  CONFIDENCES,
  DEPENDENCY_SCOPES,
  type Dependency,
  type DetectedTechnology,
  ECOSYSTEMS,
  EVIDENCE_KINDS,
  type LanguageStat,
  type ManifestProblem,
  type PartialCoverage,
  SKIP_REASONS,
  type SkippedEntry,
} from "../analysis/types";

const LanguageStatSchema = z
  .object({
    language: z.string(),
    files: z.number().int(),
    bytes: z.number().int().openapi({ description: "Bytes of the files in this language, from their sizes" }),
    share: z.number().min(0).max(1).openapi({ description: "Fraction of the bytes of every file with a language" }),
  })
  .openapi("LanguageStat", {
    description: "Files and bytes of one language, measured from file sizes as GitHub Linguist does",
  }) satisfies z.ZodType<LanguageStat>;

const DependencySchema = z
  .object({
    ecosystem: z.enum(ECOSYSTEMS),
    name: z.string(),
    version: z.string().nullable().openapi({ description: "The constraint as the manifest writes it" }),
    file: z.string().openapi({ description: "Path of the manifest that declares it" }),
    scope: z.enum(DEPENDENCY_SCOPES).optional(),
    indirect: z.boolean().optional().openapi({ description: "Go only: marked `// indirect` in go.mod" }),
  })
  .openapi("Dependency") satisfies z.ZodType<Dependency>;

const DetectedTechnologySchema = z
  .object({
    title: z.string(),
    domain: z.enum(DOMAINS),
    evidence: z.array(
      z.object({
        file: z.string(),
        dependency: z.string().optional(),
        version: z.string().nullable().optional(),
        kind: z.enum(EVIDENCE_KINDS),
        line: z.number().int().optional().openapi({ description: "1-based line of the file that matched" }),
        confidence: z.enum(CONFIDENCES).optional(),
      }),
    ),
    confidence: z.enum(CONFIDENCES).optional().openapi({
      description:
        "high: the project's own runtime dependency; medium: dev/test/build dependency, file or config line; low: only in examples, fixtures, vendored code or Go indirect requirements (not added to the radar)",
    }),
  })
  .openapi("DetectedTechnology") satisfies z.ZodType<DetectedTechnology>;

const ManifestProblemSchema = z
  .object({ path: z.string(), message: z.string() })
  .openapi("ManifestProblem") satisfies z.ZodType<ManifestProblem>;

const PartialCoverageSchema = z
  .object({ reason: z.string(), filesRead: z.number().int(), filesTotal: z.number().int() })
  .openapi("PartialCoverage") satisfies z.ZodType<PartialCoverage>;

const SkippedEntrySchema = z
  .object({ path: z.string(), reason: z.enum(SKIP_REASONS) })
  .openapi("SkippedEntry") satisfies z.ZodType<SkippedEntry>;

export const Analysis = createSelectSchema(analyses, {
  languages: z.array(LanguageStatSchema),
  dependencies: z.array(DependencySchema),
  technologies: z.array(DetectedTechnologySchema),
  problems: z.array(ManifestProblemSchema),
  skipped: z.array(SkippedEntrySchema),
  totalBytes: z.number().int().openapi({ description: "Bytes of the files with a language" }),
  partial: PartialCoverageSchema.nullable().openapi({
    description: "Set when not every file was counted; every manifest and config file was still read",
  }),
}).openapi("Analysis");

export const AnalysisPage = pageOf(Analysis).openapi("AnalysisPage");

export const Evidence = createSelectSchema(technologyEvidence)
  .extend({ repository: z.string().openapi({ description: "The repository's owner/name", example: "koel/koel" }) })
  .openapi("Evidence");

export const AnalyseRequest = z
  .object({
    ref: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({ description: "Branch, tag or commit; default branch if omitted" }),
  })
  .strict()
  .openapi("AnalyseRequest");
