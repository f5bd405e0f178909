import { better, confidenceOf } from "./confidence";
import type { Signal } from "./manifests";
import { isTerraformProvider } from "./manifests/terraform";
import { TECHNOLOGY_RULES } from "./rules";
import { NameIndex } from "./rules/name-index";
import { leadingLiteral, type NameMatcher, nameMatcher, normalizeImage, normalizeName } from "./rules/names";
import { PathIndex } from "./rules/path-index";
import type { TechnologyRule } from "./rules/types";
import type { Dependency, DetectedTechnology, Ecosystem, Evidence, RepoEntry, RepoFile } from "./types";
import { isVendoredPath } from "./vendored";

export { normalizeImage } from "./rules/names";

/** Titles compare as `localeCompare(b, "en", { sensitivity: "base" })` would, without a collator per call. */
const TITLE_ORDER = new Intl.Collator("en", { sensitivity: "base" });

/** Evidence kept per technology; the rest only repeats what the first ones show. */
export const MAX_EVIDENCE = 20;

interface CompiledRule {
  rule: TechnologyRule;
  dependencies: Map<Ecosystem, NameMatcher>;
  images: NameMatcher;
  providers: Set<string>;
  resources: NameMatcher;
  signals: NameMatcher;
}

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
    resources: nameMatcher("signal", rule.resources),
    signals: nameMatcher("signal", rule.signals),
  };
}

interface ContentMatcher {
  rule: CompiledRule;
  patterns: readonly { pattern: RegExp; literal: string }[];
}

/**
 * Text every match of `pattern` contains, so a file without it is passed over with one `includes`:
 * its `leadingLiteral`. "" (no shortcut) for case-insensitive patterns and patterns with an
 * alternation anywhere.
 */
export function requiredLiteral(pattern: RegExp): string {
  if (pattern.flags.includes("i") || pattern.source.includes("|")) return "";
  return leadingLiteral(pattern.source);
}

interface CompiledTable {
  dependencies: Map<Ecosystem, NameIndex<CompiledRule>>;
  images: NameIndex<CompiledRule>;
  providers: Map<string, CompiledRule[]>;
  resources: NameIndex<CompiledRule>;
  signals: NameIndex<CompiledRule>;
  paths: PathIndex<CompiledRule>;
  contents: PathIndex<ContentMatcher>;
  /** Every path and content glob together: one test tells most paths that no rule cares about them. */
  any: PathIndex<true>;
}

let table: CompiledTable | undefined;

function compiledTable(): CompiledTable {
  if (table) return table;
  const compiled: CompiledTable = {
    dependencies: new Map(),
    images: new NameIndex(),
    providers: new Map(),
    resources: new NameIndex(),
    signals: new NameIndex(),
    paths: new PathIndex(),
    contents: new PathIndex(),
    any: new PathIndex(),
  };
  for (const rule of TECHNOLOGY_RULES.map(compile)) {
    for (const [ecosystem, matcher] of rule.dependencies) {
      const index = compiled.dependencies.get(ecosystem) ?? new NameIndex<CompiledRule>();
      index.add(matcher, rule);
      compiled.dependencies.set(ecosystem, index);
    }
    compiled.images.add(rule.images, rule);
    for (const provider of rule.providers)
      compiled.providers.set(provider, [...(compiled.providers.get(provider) ?? []), rule]);
    compiled.resources.add(rule.resources, rule);
    compiled.signals.add(rule.signals, rule);
    for (const glob of rule.rule.files ?? []) {
      compiled.paths.add(glob, rule);
      compiled.any.add(glob, true);
    }
    for (const { glob, patterns } of rule.rule.contents ?? []) {
      const withLiterals = patterns.map((pattern) => ({ pattern, literal: requiredLiteral(pattern) }));
      compiled.contents.add(glob, { rule, patterns: withLiterals });
      compiled.any.add(glob, true);
    }
  }
  table = compiled;
  return table;
}

/** Whether some rule recognises `path` by path or looks into it: false for most paths, tested once. */
export function isRulePath(path: string): boolean {
  return compiledTable().any.matches(path);
}

/** Paths some rule recognises by path alone: sources list them (always, even past limits) but never open them. */
export function isEvidencePath(path: string): boolean {
  return compiledTable().paths.matches(path);
}

/** Paths some rule looks into: sources must read these (as they read manifests). */
export function isContentRulePath(path: string): boolean {
  return compiledTable().contents.matches(path);
}

/** WebJars repackage npm and Bower packages for the JVM: `org.webjars.npm:react` is React. */
function webjar(dep: Dependency): string | null {
  if (dep.ecosystem !== "maven" && dep.ecosystem !== "gradle") return null;
  const [group = "", artifact = ""] = dep.name.split(":");
  return group === "org.webjars" || group.startsWith("org.webjars.") ? artifact : null;
}

/** The rules a dependency (or image, or Terraform provider) matches. */
function rulesForDependency(compiled: CompiledTable, dep: Dependency): Set<CompiledRule> {
  const found = new Set<CompiledRule>();
  if (dep.ecosystem === "docker") {
    compiled.images.find(normalizeImage(dep.name), found);
    return found;
  }
  if (isTerraformProvider(dep))
    for (const rule of compiled.providers.get(dep.name.toLowerCase()) ?? []) found.add(rule);
  compiled.dependencies.get(dep.ecosystem)?.find(normalizeName(dep.ecosystem, dep.name), found);
  const packaged = webjar(dep);
  if (packaged !== null) compiled.dependencies.get("npm")?.find(packaged, found);
  return found;
}

/** Finds the line of a file that names something, for evidence people can click through to. */
class LineFinder {
  private readonly byPath: Map<string, RepoFile>;
  /** Offsets of each file's line breaks, found once per file that evidence points into. */
  private readonly breaks = new Map<string, number[]>();
  constructor(files: readonly RepoFile[]) {
    this.byPath = new Map(files.map((f) => [f.path, f]));
  }
  lineOf(path: string, needle: string): number | undefined {
    const content = this.byPath.get(path)?.content;
    const at = content?.indexOf(needle) ?? -1;
    if (content === undefined || at < 0) return undefined;
    let breaks = this.breaks.get(path);
    if (breaks === undefined) {
      breaks = [];
      for (let i = content.indexOf("\n"); i >= 0; i = content.indexOf("\n", i + 1)) breaks.push(i);
      this.breaks.set(path, breaks);
    }
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}

/**
 * Recognises technologies from dependencies (by ecosystem), container images, Terraform providers
 * and resources, configuration signals, file paths (of `paths`, every file the source saw; `files`
 * when absent) and the contents of `files` (the files read), using the rules table. Each technology
 * appears once, with at most MAX_EVIDENCE de-duplicated pieces of evidence (file and, where known,
 * line) and the best confidence of all its evidence; the list is sorted by title.
 */
export function matchTechnologies(
  deps: readonly Dependency[],
  files: readonly RepoFile[],
  signals: readonly Signal[] = [],
  paths: readonly RepoEntry[] = files,
): DetectedTechnology[] {
  const compiled = compiledTable();
  const { paths: byPath, contents } = compiled;
  const lines = new LineFinder(files);
  const found = new Map<string, { technology: DetectedTechnology; seen: Set<string> }>();
  const add = (rule: TechnologyRule, evidence: Evidence) => {
    let entry = found.get(rule.title);
    if (!entry) {
      entry = { technology: { title: rule.title, domain: rule.domain, evidence: [] }, seen: new Set() };
      found.set(rule.title, entry);
    }
    const { technology } = entry;
    if (evidence.confidence) technology.confidence = better(technology.confidence, evidence.confidence);
    const key = `${evidence.kind}\0${evidence.file}\0${evidence.dependency ?? null}\0${evidence.version ?? null}`;
    if (entry.seen.has(key) || technology.evidence.length >= MAX_EVIDENCE) return;
    entry.seen.add(key);
    technology.evidence.push(evidence);
  };
  for (const dep of deps) {
    const matching = rulesForDependency(compiled, dep);
    if (matching.size === 0) continue;
    const kind = dep.ecosystem === "docker" ? "image" : isTerraformProvider(dep) ? "provider" : "dependency";
    const evidence: Evidence = { file: dep.file, dependency: dep.name, version: dep.version, kind };
    const line = lines.lineOf(dep.file, dep.name);
    if (line !== undefined) evidence.line = line;
    evidence.confidence = confidenceOf(dep.file, dep);
    for (const rule of matching) {
      // A published library's dev-only dependency on anything but a tool serves its tests or examples.
      const aside = dep.ofLibrary === true && rule.rule.domain !== "tools";
      add(rule.rule, aside ? { ...evidence, confidence: "low" } : evidence);
    }
  }
  for (const signal of signals) {
    const name = signal.name.toLowerCase();
    const isResource = signal.kind === "resource";
    const evidence: Evidence = { file: signal.file, dependency: signal.name, kind: isResource ? "resource" : "config" };
    if (signal.line !== undefined) evidence.line = signal.line;
    evidence.confidence = confidenceOf(signal.file, undefined, true);
    const matching = new Set<CompiledRule>();
    (isResource ? compiled.resources : compiled.signals).find(name, matching);
    for (const rule of matching) add(rule.rule, evidence);
  }
  const matched = new Map<string, Set<CompiledRule>>();
  for (const { path } of paths) {
    if (!byPath.matches(path) || isVendoredPath(path)) continue;
    matched.set(path, new Set(byPath.lookup(path)));
  }
  for (const file of files) {
    if (!contents.matches(file.path) || isVendoredPath(file.path)) continue;
    const seen = matched.get(file.path) ?? new Set<CompiledRule>();
    for (const { rule, patterns } of contents.lookup(file.path)) {
      if (seen.has(rule)) continue;
      if (patterns.every(({ pattern, literal }) => file.content.includes(literal) && pattern.test(file.content)))
        seen.add(rule);
    }
    matched.set(file.path, seen);
  }
  for (const [path, rules] of matched) {
    for (const rule of rules) add(rule.rule, { file: path, kind: "file", confidence: confidenceOf(path) });
  }
  return [...found.values()].map((entry) => entry.technology).sort((a, b) => TITLE_ORDER.compare(a.title, b.title));
}
