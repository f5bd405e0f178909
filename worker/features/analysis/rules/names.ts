import { normalizePythonName } from "../manifests/pep508";
import type { Ecosystem } from "../types";

/** A compiled list of names: exact ones in a set, "x*"/"x/" as prefixes, other globs as RegExps. */
export interface NameMatcher {
  exact: Set<string>;
  prefixes: string[];
  patterns: RegExp[];
}

/** Compares names as the ecosystem does: PyPI by PEP 503 form, NuGet and images case-insensitively. */
export function normalizeName(ecosystem: Ecosystem | "signal", name: string): string {
  if (ecosystem === "pypi") return normalizePythonName(name);
  if (ecosystem === "nuget" || ecosystem === "signal") return name.toLowerCase();
  if (ecosystem === "docker") return normalizeImage(name);
  return name;
}

/** "docker.io/library/postgres" → "postgres", "ghcr.io/org/app" → "org/app". */
export function normalizeImage(name: string): string {
  const parts = name.toLowerCase().split("/");
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) parts.shift();
  if (parts[0] === "library" && parts.length > 1) parts.shift();
  return parts.join("/");
}

/**
 * The literal text every match of a RegExp `source` starts with: its characters after an optional
 * "^" up to the first special one, less the last when a quantifier follows it ("colou?r" gives
 * "colo", "^Aspire\.Hosting\..*$" gives "Aspire.Hosting."). Flags and alternation are the caller's
 * to rule out.
 */
export function leadingLiteral(source: string): string {
  let literal = "";
  for (let at = source.startsWith("^") ? 1 : 0; at < source.length; at++) {
    const char = source[at] ?? "";
    if (char === "\\") {
      const next = source[at + 1] ?? "";
      if (/[A-Za-z0-9]/.test(next) || next === "") break;
      literal += next;
      at++;
    } else if ("?*{".includes(char)) {
      literal = literal.slice(0, -1);
      break;
    } else if ("[()+.^$".includes(char)) break;
    else literal += char;
  }
  return literal;
}

const escapeRegExp = (text: string) => text.replace(/[.+^${}()|[\]\\?]/g, "\\$&");

/**
 * Compiles names of one ecosystem. "*" at the end (or a trailing "/") makes a prefix
 * ("@sentry/*", "spring-boot-starter-*"); "*" elsewhere is a wildcard ("*-rails", "Aspire.*.Redis").
 */
export function nameMatcher(ecosystem: Ecosystem | "signal", names: readonly string[] = []): NameMatcher {
  const matcher: NameMatcher = { exact: new Set(), prefixes: [], patterns: [] };
  for (const raw of names) {
    const name = ecosystem === "docker" ? raw.toLowerCase() : raw;
    const star = name.indexOf("*");
    if (star === name.length - 1) matcher.prefixes.push(normalizeName(ecosystem, name.slice(0, -1)));
    else if (star < 0 && name.endsWith("/")) matcher.prefixes.push(name);
    else if (star >= 0) {
      const flags = ecosystem === "nuget" || ecosystem === "signal" ? "i" : "";
      matcher.patterns.push(new RegExp(`^${name.split("*").map(escapeRegExp).join(".*")}$`, flags));
    } else matcher.exact.add(normalizeName(ecosystem, name));
  }
  return matcher;
}

/** Whether a normalised name matches. */
export function matchesName(matcher: NameMatcher | undefined, name: string): boolean {
  if (matcher === undefined) return false;
  return (
    matcher.exact.has(name) ||
    matcher.prefixes.some((p) => name.startsWith(p)) ||
    matcher.patterns.some((p) => p.test(name))
  );
}
