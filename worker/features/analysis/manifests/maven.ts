import type { Dependency, DependencyScope } from "../types";
import { isTable, list, ManifestError, readXml, type Table, table, text } from "./formats";
import type { ManifestParser } from "./types";

function scopeOf(mavenScope: string | undefined): DependencyScope {
  if (mavenScope === "test") return "test";
  if (mavenScope === "provided" || mavenScope === "system") return "build";
  return "runtime";
}

/** Resolves `${name}` from <properties> and project coordinates, repeatedly (nested), leaving unknowns raw. */
function resolver(project: Table): (value: string | undefined) => string | null {
  const props = new Map<string, string>();
  for (const [key, value] of Object.entries(table(project, "properties"))) {
    const v = text(value);
    if (v !== undefined) props.set(key, v);
  }
  const parent = table(project, "parent");
  for (const key of ["version", "groupId", "artifactId"]) {
    const own = text(project[key]) ?? text(parent[key]);
    if (own !== undefined) props.set(`project.${key}`, own);
    const inherited = text(parent[key]);
    if (inherited !== undefined) props.set(`project.parent.${key}`, inherited);
  }
  return (value) => {
    if (value === undefined || value === "") return null;
    let out = value;
    for (let round = 0; round < 10 && out.includes("${"); round++) {
      out = out.replace(/\$\{([^}]+)\}/g, (whole, key: string) => props.get(key) ?? whole);
    }
    return out;
  };
}

/**
 * pom.xml: dependencies, dependencyManagement and build plugins, with ${property} versions resolved, of
 * the project and of each `<profile>` (a dev profile's H2, a prod profile's PostgreSQL driver).
 */
export const pomXml: ManifestParser = {
  keys: ["xml"],
  matches: (_path, name) => name === "pom.xml",
  parse(file) {
    const doc = readXml(file.content);
    if (!("project" in doc)) throw new ManifestError("invalid pom.xml: no <project> root element");
    const project = table(doc, "project");
    const resolve = resolver(project);
    const deps: Dependency[] = [];
    const add = (node: unknown, scope: (d: Table) => DependencyScope, defaultGroup: string | null) => {
      for (const item of list(node)) {
        if (!isTable(item)) continue;
        const group = resolve(text(item.groupId)) ?? defaultGroup;
        const artifact = resolve(text(item.artifactId));
        if (group === null || artifact === null) continue;
        const version = resolve(text(item.version));
        deps.push({ ecosystem: "maven", name: `${group}:${artifact}`, version, file: file.path, scope: scope(item) });
      }
    };
    const declared = (d: Table) => scopeOf(text(d.scope));
    const addSection = (section: Table) => {
      add(table(section, "dependencies").dependency, declared, null);
      add(table(table(section, "dependencyManagement"), "dependencies").dependency, declared, null);
      const build = table(section, "build");
      add(table(build, "plugins").plugin, () => "build", "org.apache.maven.plugins");
      add(table(table(build, "pluginManagement"), "plugins").plugin, () => "build", "org.apache.maven.plugins");
    };
    addSection(project);
    for (const profile of list(table(project, "profiles").profile)) if (isTable(profile)) addSection(profile);
    return deps;
  },
};
