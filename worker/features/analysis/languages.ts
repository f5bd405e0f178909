import { LANGUAGE_BY_EXTENSION, LANGUAGE_BY_FILENAME } from "./language-table";
import type { LanguageStat, RepoFile } from "./types";
import { baseName, countLines, isGeneratedFile, isVendoredPath } from "./vendored";

/** The language of one path by its file name or extension, or null when it has none we know. */
export function languageOf(path: string): string | null {
  if (isVendoredPath(path) || isGeneratedFile(path)) return null;
  const name = baseName(path);
  const byName = LANGUAGE_BY_FILENAME[name];
  if (byName) return byName;
  if (/^(Dockerfile|Containerfile)\.|\.(dockerfile|containerfile)$/i.test(name)) return "Dockerfile";
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return null;
  return LANGUAGE_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** Accumulates language statistics file by file, so callers can report progress between files. */
export class LanguageTally {
  private readonly stats = new Map<string, LanguageStat>();

  /**
   * Counts one file (ignored when it has no language or is vendored/generated); `lines`, when the
   * caller has already counted the file's lines, saves counting them again.
   */
  add(file: RepoFile, lines?: number): void {
    const language = languageOf(file.path);
    if (language === null) return;
    const stat = this.stats.get(language) ?? { language, files: 0, lines: 0 };
    stat.files += 1;
    stat.lines += lines ?? countLines(file.content);
    this.stats.set(language, stat);
  }

  /** The statistics so far, sorted by lines, then by language name. */
  result(): LanguageStat[] {
    return [...this.stats.values()].sort(
      (a, b) => b.lines - a.lines || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0),
    );
  }
}

/**
 * Files and lines per language, by extension and a few well-known file names, sorted by lines
 * (then name). Vendored and generated paths and lock files are left out.
 */
export function detectLanguages(files: readonly RepoFile[]): LanguageStat[] {
  const tally = new LanguageTally();
  for (const file of files) tally.add(file);
  return tally.result();
}
