import { LANGUAGE_BY_EXTENSION, LANGUAGE_BY_FILENAME } from "./language-table";
import type { LanguageStat, RepoEntry } from "./types";
import { baseName, isGeneratedName, isVendoredPath } from "./vendored";

const BY_FILENAME = new Map(Object.entries(LANGUAGE_BY_FILENAME));
const BY_EXTENSION = new Map(Object.entries(LANGUAGE_BY_EXTENSION));
const DOCKERFILE_HEAD = /^(Dockerfile|Containerfile)\./i;
const DOCKERFILE_TAIL = /\.(dockerfile|containerfile)$/i;

/** "Dockerfile.dev", "Containerfile.x", "api.dockerfile" (any case); the tail pattern only runs on names ending in "e". */
function isDockerfileName(name: string): boolean {
  return (
    DOCKERFILE_HEAD.test(name) || ((name.charCodeAt(name.length - 1) | 0x20) === 0x65 && DOCKERFILE_TAIL.test(name))
  );
}

/** The language of one path by its file name or extension, or null when it has none we know. */
export function languageOf(path: string): string | null {
  if (isVendoredPath(path)) return null;
  const name = baseName(path);
  if (isGeneratedName(name)) return null;
  const byName = BY_FILENAME.get(name);
  if (byName) return byName;
  const dot = name.lastIndexOf(".");
  if (dot < 0) return null;
  if (isDockerfileName(name)) return "Dockerfile";
  if (dot === 0) return null;
  return BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? null;
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
    let stat = stats.get(language);
    if (stat === undefined) {
      stat = { language, files: 0, bytes: 0, share: 0 };
      stats.set(language, stat);
    }
    stat.files += 1;
    stat.bytes += size;
    total += size;
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
