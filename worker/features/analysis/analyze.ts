import { LanguageTally } from "./languages";
import { isManifestPath, type ManifestResult, parseManifest } from "./manifests";
import { matchTechnologies } from "./match";
import type { AnalysisResult, PartialCoverage, RepoFile } from "./types";
import { countLines } from "./vendored";

/** The phases `analyzeFiles` reports, in order. */
export type AnalysisPhase = "scanning" | "parsing" | "matching";

/**
 * Progress callback: `done` of `total` units of the phase are finished. It is awaited, so a caller
 * can check for cancellation there (a thrown error stops the analysis and propagates).
 */
export type ProgressCallback = (phase: AnalysisPhase, done: number, total: number) => void | Promise<void>;

/** Files scanned between two progress reports. */
const SCAN_BATCH = 250;

/**
 * Analyses a repository's files: language statistics, declared dependencies (with the manifests
 * that could not be read as `problems`) and recognised technologies. `totalLines` covers every file
 * given, vendored ones included. `coverage`, from a source that could not read every file, makes the
 * result partial: `fileCount` is then the repository's file count, not the number of files given.
 */
export async function analyzeFiles(
  files: readonly RepoFile[],
  onProgress?: ProgressCallback,
  coverage?: PartialCoverage,
): Promise<AnalysisResult> {
  const report = async (phase: AnalysisPhase, done: number, total: number) => {
    if (onProgress) await onProgress(phase, done, total);
  };

  const tally = new LanguageTally();
  let totalLines = 0;
  await report("scanning", 0, files.length);
  for (let at = 0; at < files.length; at++) {
    const file = files[at];
    if (file === undefined) continue;
    const lines = countLines(file.content);
    tally.add(file, lines);
    totalLines += lines;
    if ((at + 1) % SCAN_BATCH === 0 || at + 1 === files.length) await report("scanning", at + 1, files.length);
  }

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
  const technologies = matchTechnologies(parsed.dependencies, files, parsed.signals);
  await report("matching", 1, 1);

  const result: AnalysisResult = {
    languages: tally.result(),
    dependencies: parsed.dependencies,
    technologies,
    problems: parsed.problems,
    fileCount: coverage ? Math.max(coverage.filesTotal, files.length) : files.length,
    totalLines,
  };
  if (coverage) result.partial = coverage;
  return result;
}
