import type { Dependency, RepoFile } from "../types";

/**
 * A technology name seen in configuration rather than declared as a package: a Terraform resource
 * type, a pre-commit hook, a driver in `.env.example`, a Procfile command, a CI or platform service,
 * a PHP extension a composer.json requires (`ext-pdo_pgsql` is the signal "pgsql").
 * Signals feed the rules only; they are not listed as dependencies.
 */
export const SIGNAL_KINDS = ["resource", "hook", "env", "command", "service", "extension"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One configuration signal: its kind, the lower-cased name the rules match, and where it was seen. */
export interface Signal {
  kind: SignalKind;
  name: string;
  file: string;
  /** 1-based line, when the reader knows it. */
  line?: number;
}

/** What a parser may look at besides its own file (e.g. a Cargo workspace root), and where signals go. */
export interface ParseContext {
  files: readonly RepoFile[];
  signals: Signal[];
}

/** Reads one kind of manifest. `parse` may throw; the caller turns that into a problem. */
export interface ManifestParser {
  /**
   * What every name `matches` accepts ends with, lower-cased: the text after its last dot, or the
   * whole name when it has none ("csproj", "gemfile"). A reader with keys is asked only about such
   * names, so most paths meet a few readers; a reader without keys is asked about every path.
   */
  keys?: readonly string[];
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

/** The 1-based line of `content` at character `index`. */
export function lineAt(content: string, index: number): number {
  let line = 1;
  for (let at = content.indexOf("\n"); at >= 0 && at < index; at = content.indexOf("\n", at + 1)) line++;
  return line;
}
