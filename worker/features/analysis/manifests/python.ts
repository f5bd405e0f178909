import type { Dependency, DependencyScope, RepoFile } from "../types";
import { isTable, list, logicalLines, readToml, type Table, table, text } from "./formats";
import { parseRequirement } from "./pep508";
import { groupScope, type ManifestParser } from "./types";

function requirementsScope(path: string): DependencyScope {
  const name = path.toLowerCase();
  if (/test/.test(name)) return "test";
  if (/(dev|lint|docs|typing)/.test(name)) return "dev";
  return "runtime";
}

/** requirements*.txt (and requirements/*.txt): one requirement a line; options like `-r` are skipped. */
export const requirementsTxt: ManifestParser = {
  keys: ["txt"],
  matches: (path, name) =>
    /^(.*[-_.])?requirements([-_.].*)?\.txt$/i.test(name) || /(^|\/)requirements\/[^/]+\.txt$/i.test(path),
  parse(file) {
    const scope = requirementsScope(file.path);
    const deps: Dependency[] = [];
    for (const raw of logicalLines(file.content)) {
      const line = raw
        .replace(/(^|\s)#.*$/, "")
        .replace(/\s--?[a-zA-Z].*$/, "")
        .trim();
      if (line === "" || line.startsWith("-") || /^[a-z+]+:\/\//i.test(line) || line.startsWith(".")) continue;
      const req = parseRequirement(line);
      if (req) deps.push({ ecosystem: "pypi", name: req.name, version: req.specifier, file: file.path, scope });
    }
    return deps;
  },
};

function fromPep508(items: unknown, file: RepoFile, scope: Dependency["scope"]): Dependency[] {
  const deps: Dependency[] = [];
  for (const item of list(items)) {
    const req = parseRequirement(text(item) ?? "");
    if (req) deps.push({ ecosystem: "pypi", name: req.name, version: req.specifier, file: file.path, scope });
  }
  return deps;
}

/** Poetry/Pipfile form: `name = "^1.2"` or `name = { version = "^1.2", extras = [...] }`; "*" is any. */
function fromVersionTable(section: Table, file: RepoFile, scope: Dependency["scope"]): Dependency[] {
  const deps: Dependency[] = [];
  for (const [name, spec] of Object.entries(section)) {
    if (name.toLowerCase() === "python") continue;
    const raw = isTable(spec) ? text(spec.version) : text(spec);
    const version = raw === undefined || raw === "*" ? null : raw;
    deps.push({ ecosystem: "pypi", name, version, file: file.path, scope });
  }
  return deps;
}

/** pyproject.toml: PEP 621 `project.*dependencies`, PEP 735 groups, Poetry dependencies and groups. */
export const pyprojectToml: ManifestParser = {
  keys: ["toml"],
  matches: (_path, name) => name === "pyproject.toml",
  parse(file) {
    const doc = readToml(file.content);
    const project = table(doc, "project");
    const deps = fromPep508(project.dependencies, file, "runtime");
    for (const [group, items] of Object.entries(table(project, "optional-dependencies"))) {
      deps.push(...fromPep508(items, file, groupScope(group, "runtime")));
    }
    for (const [group, items] of Object.entries(table(doc, "dependency-groups"))) {
      deps.push(...fromPep508(items, file, groupScope(group, "dev")));
    }
    const poetry = table(table(doc, "tool"), "poetry");
    deps.push(...fromVersionTable(table(poetry, "dependencies"), file, "runtime"));
    deps.push(...fromVersionTable(table(poetry, "dev-dependencies"), file, "dev"));
    for (const [group, body] of Object.entries(table(poetry, "group"))) {
      deps.push(...fromVersionTable(table(body, "dependencies"), file, groupScope(group, "dev")));
    }
    return deps;
  },
};

/** Pipfile: [packages] and [dev-packages]. */
export const pipfile: ManifestParser = {
  keys: ["pipfile"],
  matches: (_path, name) => name === "Pipfile",
  parse(file) {
    const doc = readToml(file.content);
    return [
      ...fromVersionTable(table(doc, "packages"), file, "runtime"),
      ...fromVersionTable(table(doc, "dev-packages"), file, "dev"),
    ];
  },
};
