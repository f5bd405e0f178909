import type { Domain } from "../../../shared/vocabulary";

export type { Domain };

/** A file a source saw, by path relative to the repository root ("src/a.ts") and size in bytes. */
export interface RepoEntry {
  path: string;
  size: number;
}

/** A text file from a repository that was read: a manifest, a config file or a file a rule looks into. */
export interface RepoFile extends RepoEntry {
  content: string;
}

/**
 * What a source saw beyond the files it read: every regular file with its size (language statistics
 * come from these, never from content), and coverage when it could not count every file.
 */
export interface RepoWalk {
  entries?: readonly RepoEntry[];
  coverage?: PartialCoverage;
}

/** Why an entry of an archive or tree was left out of `files`. */
export const SKIP_REASONS = ["symlink", "binary", "too_large", "path_traversal", "not_file"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An entry that was seen but not read, reported so users know what the analysis did not cover. */
export interface SkippedEntry {
  path: string;
  reason: SkipReason;
}

/**
 * Caps applied while reading an archive. Only manifests, config files and files a rule looks into
 * are opened; every other file is counted by the size its header gives. Past `maxEntries` files or
 * `maxTotalBytes` of them the analysis goes on as a partial one: manifests and config files are
 * still read, further files are counted in `fileCount` but not in the language statistics. Past `maxScanEntries` entries or `maxScanBytes` decompressed the archive is
 * refused (what a decompression bomb hits). Files over `maxFileBytes` are skipped as `too_large`.
 */
export interface ArchiveLimits {
  /** Bytes of files counted in the language statistics (default 50 MiB). */
  maxTotalBytes: number;
  /** Files counted in the language statistics (default 20,000). */
  maxEntries: number;
  /** Bytes of one file; larger files are skipped as `too_large` (default 2 MiB). */
  maxFileBytes: number;
  /** Entries of any kind the archive may have at all (default 200,000). */
  maxScanEntries: number;
  /** Bytes the archive may decompress to at all (default 512 MiB). */
  maxScanBytes: number;
}

/**
 * Set when not every file could be counted (too many files, too many bytes, a truncated GitHub
 * tree): why, and how many of the repository's files the language statistics cover (`filesRead`).
 * Every manifest and config file is read regardless.
 */
export interface PartialCoverage {
  reason: string;
  filesRead: number;
  filesTotal: number;
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
  /**
   * npm only: a devDependency of a published library (a package.json that is not `private` and says
   * what it publishes: `files`, `exports`, `module`, `bin`, `types` or `publishConfig`). What a library needs only for
   * development is for its tests and examples, unless it is a tool.
   */
  ofLibrary?: boolean;
}

/** A manifest that could not be read; the rest of the analysis goes on without it. */
export interface ManifestProblem {
  path: string;
  message: string;
}

/**
 * Files and bytes of one language, vendored and generated paths excluded, measured from file sizes
 * as GitHub Linguist does; `share` is the fraction (0-1, four decimals) of the bytes of every file
 * with a language.
 */
export interface LanguageStat {
  language: string;
  files: number;
  bytes: number;
  share: number;
}

/** How a technology was seen: a declared dependency, a container image, a file, an IaC provider, an IaC resource type, or a name in configuration (hooks, drivers, commands, services). */
export const EVIDENCE_KINDS = ["dependency", "image", "file", "provider", "resource", "config"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Where a technology was seen. */
export interface Evidence {
  file: string;
  dependency?: string;
  version?: string | null;
  kind: EvidenceKind;
  /** 1-based line of the file that matched, when known. */
  line?: number;
  confidence?: Confidence;
}

/**
 * How sure a detection is. `high`: a runtime dependency, image or provider of the project itself;
 * `medium`: a dev/test/build dependency or a file or config line that names it; `low`: seen only in
 * examples, fixtures, templates, vendored code or Go `// indirect` requirements. Low-confidence
 * detections are reported but do not put a technology on the radar.
 */
export const CONFIDENCES = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A technology the rules recognised, with the evidence that made them say so. */
export interface DetectedTechnology {
  title: string;
  domain: Domain;
  evidence: Evidence[];
  /** The best confidence of its evidence; absent in analyses stored before confidence existed. */
  confidence?: Confidence;
}

/** Everything `analyzeFiles` learns about one repository. */
export interface AnalysisResult {
  languages: LanguageStat[];
  dependencies: Dependency[];
  technologies: DetectedTechnology[];
  problems: ManifestProblem[];
  /** Files in the repository; when `partial`, this includes the files that were not counted. */
  fileCount: number;
  /** Bytes of the files with a language (the sum of `languages[].bytes`). */
  totalBytes: number;
  /** Present when not every file was read (the analysis still covers every manifest). */
  partial?: PartialCoverage;
}
