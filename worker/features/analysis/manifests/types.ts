import type { Dependency, RepoFile } from "../types";

/** What a parser may look at besides its own file (e.g. a Cargo workspace root). */
export interface ParseContext {
  files: readonly RepoFile[];
}

/** Reads one kind of manifest. `parse` may throw; the caller turns that into a problem. */
export interface ManifestParser {
  /** Whether the parser reads this path; `name` is its last segment. */
  matches(path: string, name: string): boolean;
  parse(file: RepoFile, context: ParseContext): Dependency[];
}

/** Scope for a named group of optional dependencies ("dev", "test", "docs", ...). */
export function groupScope(group: string, fallback: Dependency["scope"]): Dependency["scope"] {
  const g = group.toLowerCase();
  if (/^(test|tests|testing|spec)$/.test(g)) return "test";
  if (/^(dev|develop|development|lint|linting|docs|doc|typing|types|style)$/.test(g)) return "dev";
  return fallback;
}
