import { tallyLanguages } from "./languages";
import { isManifestPath, type ManifestResult, parseManifest } from "./manifests";
import { matchTechnologies } from "./match";
import type { AnalysisResult, RepoFile, RepoWalk } from "./types";

/** The phases `analyzeFiles` reports, in order. */
export type AnalysisPhase = "scanning" | "parsing" | "matching";

/**
 * Progress callback: `done` of `total` units of the phase are finished. It is awaited, so a caller
 * can check for cancellation there (a thrown error stops the analysis and propagates).
 */
export type ProgressCallback = (phase: AnalysisPhase, done: number, total: number) => void | Promise<void>;

/**
 * Analyses a repository: language statistics in bytes from `walk.entries` (every file the source
 * saw, by size; `files` when absent), declared dependencies from the manifests among `files` (those
 * that could not be read become `problems`) and recognised technologies. `walk.coverage`, from a
 * source that could not count every file, makes the result partial: `fileCount` is then the
 * repository's file count, not the number of files counted.
 */
export async function analyzeFiles(
  files: readonly RepoFile[],
  onProgress?: ProgressCallback,
  walk: RepoWalk = {},
): Promise<AnalysisResult> {
  const report = async (phase: AnalysisPhase, done: number, total: number) => {
    if (onProgress) await onProgress(phase, done, total);
  };

  const entries = walk.entries ?? files;
  await report("scanning", 0, entries.length);
  const { languages, total } = tallyLanguages(entries);
  await report("scanning", entries.length, entries.length);

  const manifests = files.filter((f) => isManifestPath(f.path));
  const parsed: ManifestResult = { dependencies: [], problems: [], signals: [] };
  await report("parsing", 0, manifests.length);
  for (let at = 0; at < manifests.length; at++) {
    const manifest = manifests[at];
    if (manifest === undefined) continue;
    parseManifest(manifest, files, parsed);
    await report("parsing", at + 1, manifests.length);
  }

  await report("matching", 0, 1);
  const technologies = matchTechnologies(parsed.dependencies, files, parsed.signals, entries);
  await report("matching", 1, 1);

  const { coverage } = walk;
  const result: AnalysisResult = {
    languages,
    dependencies: parsed.dependencies,
    technologies,
    problems: parsed.problems,
    fileCount: coverage ? Math.max(coverage.filesTotal, entries.length) : entries.length,
    totalBytes: total,
  };
  if (coverage) result.partial = coverage;
  return result;
}
