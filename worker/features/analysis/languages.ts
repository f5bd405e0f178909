import { LANGUAGE_BY_EXTENSION, LANGUAGE_BY_FILENAME } from "./language-table";
import type { LanguageStat, RepoEntry } from "./types";
import { baseName, isGeneratedFile, isVendoredPath } from "./vendored";

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

/**
 * Files and bytes per language, by extension and a few well-known file names, from the sizes a
 * source already knows (no file is opened), sorted by bytes, then name. Vendored and generated
 * paths and lock files are left out. `total` is the bytes of every file with a language.
 */
export function tallyLanguages(entries: readonly RepoEntry[]): { languages: LanguageStat[]; total: number } {
  const stats = new Map<string, LanguageStat>();
  let total = 0;
  for (const { path, size } of entries) {
    const language = languageOf(path);
    if (language === null) continue;
    const stat = stats.get(language) ?? { language, files: 0, bytes: 0, share: 0 };
    stat.files += 1;
    stat.bytes += size;
    total += size;
    stats.set(language, stat);
  }
  const languages = [...stats.values()].sort(
    (a, b) => b.bytes - a.bytes || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0),
  );
  for (const stat of languages) stat.share = total === 0 ? 0 : Math.round((stat.bytes / total) * 10_000) / 10_000;
  return { languages, total };
}

/** Language statistics alone: see `tallyLanguages`. */
export function detectLanguages(entries: readonly RepoEntry[]): LanguageStat[] {
  return tallyLanguages(entries).languages;
}
