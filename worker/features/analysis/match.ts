import { normalizePythonName } from "./manifests/pep508";
import { isTerraformProvider } from "./manifests/terraform";
import { TECHNOLOGY_RULES } from "./rules";
import { globToRegExp } from "./rules/glob";
import { PathIndex } from "./rules/path-index";
import type { TechnologyRule } from "./rules/types";
import type { Dependency, DetectedTechnology, Ecosystem, Evidence, RepoFile } from "./types";
import { isVendoredPath } from "./vendored";

/** Evidence kept per technology; the rest only repeats what the first ones show. */
export const MAX_EVIDENCE = 20;

interface NameMatcher {
  exact: Set<string>;
  prefixes: string[];
}

interface CompiledRule {
  rule: TechnologyRule;
  dependencies: Map<Ecosystem, NameMatcher>;
  images: NameMatcher;
  providers: Set<string>;
  contents: { glob: RegExp; patterns: readonly RegExp[] }[];
}

/** Compares names as the ecosystem does: PyPI by PEP 503 form, NuGet case-insensitively. */
function normalizeName(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === "pypi") return normalizePythonName(name);
  if (ecosystem === "nuget") return name.toLowerCase();
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

function nameMatcher(ecosystem: Ecosystem, names: readonly string[] = []): NameMatcher {
  const matcher: NameMatcher = { exact: new Set(), prefixes: [] };
  for (const name of names) {
    if (name.endsWith("*")) matcher.prefixes.push(normalizeName(ecosystem, name.slice(0, -1)));
    else if (name.endsWith("/")) matcher.prefixes.push(ecosystem === "docker" ? name.toLowerCase() : name);
    else matcher.exact.add(normalizeName(ecosystem, name));
  }
  return matcher;
}

const matchesName = (matcher: NameMatcher | undefined, name: string): boolean =>
  matcher !== undefined && (matcher.exact.has(name) || matcher.prefixes.some((p) => name.startsWith(p)));

function compile(rule: TechnologyRule): CompiledRule {
  const dependencies = new Map<Ecosystem, NameMatcher>();
  for (const [ecosystem, names] of Object.entries(rule.dependencies ?? {}) as [Ecosystem, readonly string[]][]) {
    dependencies.set(ecosystem, nameMatcher(ecosystem, names));
  }
  // JVM coordinates are the same whichever build tool declares them.
  const maven = rule.dependencies?.maven ?? [];
  dependencies.set("gradle", nameMatcher("gradle", [...maven, ...(rule.dependencies?.gradle ?? [])]));
  return {
    rule,
    dependencies,
    images: nameMatcher("docker", rule.images),
    providers: new Set((rule.providers ?? []).map((p) => p.toLowerCase())),
    contents: (rule.contents ?? []).map((c) => ({ glob: globToRegExp(c.glob), patterns: c.patterns })),
  };
}

interface CompiledTable {
  rules: CompiledRule[];
  paths: PathIndex<CompiledRule>;
  withContents: CompiledRule[];
}

let table: CompiledTable | undefined;

function compiledTable(): CompiledTable {
  if (table) return table;
  const rules = TECHNOLOGY_RULES.map(compile);
  const paths = new PathIndex<CompiledRule>();
  for (const rule of rules) for (const glob of rule.rule.files ?? []) paths.add(glob, rule);
  table = { rules, paths, withContents: rules.filter((r) => r.contents.length > 0) };
  return table;
}

/** Paths some rule looks at by name: a remote source should fetch these even when it must be frugal. */
export function isEvidencePath(path: string): boolean {
  const { paths, withContents } = compiledTable();
  return paths.lookup(path).length > 0 || withContents.some((r) => r.contents.some((m) => m.glob.test(path)));
}

function dependencyEvidence(dep: Dependency): Evidence {
  const kind = dep.ecosystem === "docker" ? "image" : isTerraformProvider(dep) ? "provider" : "dependency";
  return { file: dep.file, dependency: dep.name, version: dep.version, kind };
}

function ruleMatchesDependency(rule: CompiledRule, dep: Dependency): boolean {
  if (dep.ecosystem === "docker") return matchesName(rule.images, normalizeImage(dep.name));
  if (isTerraformProvider(dep) && rule.providers.has(dep.name.toLowerCase())) return true;
  return matchesName(rule.dependencies.get(dep.ecosystem), normalizeName(dep.ecosystem, dep.name));
}

/**
 * Recognises technologies from dependencies (by ecosystem), container images, Terraform providers
 * and file paths or contents, using the rules table. Each technology appears once, with at most
 * MAX_EVIDENCE de-duplicated pieces of evidence; the list is sorted by title.
 */
export function matchTechnologies(deps: readonly Dependency[], files: readonly RepoFile[]): DetectedTechnology[] {
  const { rules, paths, withContents } = compiledTable();
  const found = new Map<string, { technology: DetectedTechnology; seen: Set<string> }>();
  const add = (rule: TechnologyRule, evidence: Evidence) => {
    let entry = found.get(rule.title);
    if (!entry) {
      entry = { technology: { title: rule.title, domain: rule.domain, evidence: [] }, seen: new Set() };
      found.set(rule.title, entry);
    }
    const key = JSON.stringify([evidence.kind, evidence.file, evidence.dependency, evidence.version]);
    if (entry.seen.has(key) || entry.technology.evidence.length >= MAX_EVIDENCE) return;
    entry.seen.add(key);
    entry.technology.evidence.push(evidence);
  };
  for (const dep of deps) {
    for (const rule of rules) if (ruleMatchesDependency(rule, dep)) add(rule.rule, dependencyEvidence(dep));
  }
  for (const file of files) {
    if (isVendoredPath(file.path)) continue;
    const matched = new Set(paths.lookup(file.path));
    for (const rule of withContents) {
      const hit = rule.contents.some((m) => m.glob.test(file.path) && m.patterns.every((p) => p.test(file.content)));
      if (hit) matched.add(rule);
    }
    for (const rule of rules) if (matched.has(rule)) add(rule.rule, { file: file.path, kind: "file" });
  }
  return [...found.values()]
    .map((entry) => entry.technology)
    .sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
}
