import type { Domain } from "../../../shared/vocabulary";

export type { Domain };

/** A text file from a repository, with its path relative to the repository root ("src/a.ts"). */
export interface RepoFile {
  path: string;
  content: string;
  /** Size in bytes of the original (UTF-8) content. */
  size: number;
}

/** Why an entry of an archive or tree was left out of `files`. */
export const SKIP_REASONS = ["symlink", "binary", "too_large", "path_traversal", "not_file"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An entry that was seen but not read, reported so users know what the analysis did not cover. */
export interface SkippedEntry {
  path: string;
  reason: SkipReason;
}

/** Caps applied while reading an archive; exceeding the first two aborts, the third skips a file. */
export interface ArchiveLimits {
  /** Total uncompressed bytes of the whole archive (default 50 MiB). */
  maxTotalBytes: number;
  /** Number of entries of any kind (default 20,000). */
  maxEntries: number;
  /** Bytes of one file; larger files are skipped as `too_large` (default 2 MiB). */
  maxFileBytes: number;
}

/** The package ecosystems `parseManifests` understands. */
export const ECOSYSTEMS = [
  "npm",
  "pypi",
  "go",
  "cargo",
  "maven",
  "gradle",
  "rubygems",
  "composer",
  "nuget",
  "pub",
  "swift",
  "docker",
  "github-actions",
  "terraform",
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** What a dependency is needed for, when the manifest says so. */
export const DEPENDENCY_SCOPES = ["runtime", "dev", "build", "test"] as const;
export type DependencyScope = (typeof DEPENDENCY_SCOPES)[number];

/** One declared dependency as a manifest states it; `version` is the written constraint or null. */
export interface Dependency {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  /** Path of the manifest that declares it. */
  file: string;
  scope?: DependencyScope;
  /** Go only: the requirement is marked `// indirect` in go.mod. */
  indirect?: boolean;
}

/** A manifest that could not be read; the rest of the analysis goes on without it. */
export interface ManifestProblem {
  path: string;
  message: string;
}

/** Files and lines of one language, vendored and generated paths excluded. */
export interface LanguageStat {
  language: string;
  files: number;
  lines: number;
}

/** How a technology was seen: a declared dependency, a container image, a file, an IaC provider. */
export const EVIDENCE_KINDS = ["dependency", "image", "file", "provider"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Where a technology was seen. */
export interface Evidence {
  file: string;
  dependency?: string;
  version?: string | null;
  kind: EvidenceKind;
}

/** A technology the rules recognised, with the evidence that made them say so. */
export interface DetectedTechnology {
  title: string;
  domain: Domain;
  evidence: Evidence[];
}

/** Everything `analyzeFiles` learns about one repository. */
export interface AnalysisResult {
  languages: LanguageStat[];
  dependencies: Dependency[];
  technologies: DetectedTechnology[];
  problems: ManifestProblem[];
  fileCount: number;
  totalLines: number;
}
