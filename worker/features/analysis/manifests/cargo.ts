import type { Dependency, DependencyScope, RepoFile } from "../types";
import { baseName } from "../vendored";
import { isTable, readToml, type Table, table, text } from "./formats";
import type { ManifestParser, ParseContext } from "./types";

const SECTIONS: readonly [string, DependencyScope][] = [
  ["dependencies", "runtime"],
  ["dev-dependencies", "dev"],
  ["build-dependencies", "build"],
];

/**
 * Cargo.toml: [dependencies], [dev-dependencies], [build-dependencies], their `target.*` forms and
 * [workspace.dependencies]. `foo = { workspace = true }` takes its version from the workspace root;
 * `package = "real-name"` renames are reported under the real crate name.
 */
export const cargoToml: ManifestParser = {
  keys: ["toml"],
  matches: (_path, name) => name === "Cargo.toml",
  parse(file, context) {
    const doc = readToml(file.content);
    const inherited = workspaceVersions(file, doc, context);
    const sections: [Table, DependencyScope][] = SECTIONS.map(([key, scope]) => [table(doc, key), scope]);
    for (const target of Object.values(table(doc, "target"))) {
      for (const [key, scope] of SECTIONS) sections.push([table(target, key), scope]);
    }
    sections.push([table(table(doc, "workspace"), "dependencies"), "runtime"]);
    const deps: Dependency[] = [];
    for (const [section, scope] of sections) {
      for (const [key, spec] of Object.entries(section)) {
        const name = (isTable(spec) ? text(spec.package) : undefined) ?? key;
        const version = isTable(spec)
          ? (text(spec.version) ?? (spec.workspace === true ? (inherited.get(key) ?? null) : null))
          : (text(spec) ?? null);
        deps.push({ ecosystem: "cargo", name, version, file: file.path, scope });
      }
    }
    return deps;
  },
};

/** Versions from [workspace.dependencies] of this file or of the nearest Cargo.toml above it. */
function workspaceVersions(file: RepoFile, doc: Table, context: ParseContext): Map<string, string> {
  const versions = new Map<string, string>();
  const collect = (workspaceDeps: Table) => {
    for (const [key, spec] of Object.entries(workspaceDeps)) {
      const version = isTable(spec) ? text(spec.version) : text(spec);
      if (version !== undefined) versions.set(key, version);
    }
  };
  const own = table(table(doc, "workspace"), "dependencies");
  if (Object.keys(own).length > 0) {
    collect(own);
    return versions;
  }
  const candidates = context.files
    .filter((f) => baseName(f.path) === "Cargo.toml" && f.path !== file.path)
    .filter((f) => {
      const dir = f.path.slice(0, -"Cargo.toml".length);
      return file.path.startsWith(dir);
    })
    .sort((a, b) => b.path.length - a.path.length);
  for (const candidate of candidates) {
    try {
      const workspace = table(table(readToml(candidate.content), "workspace"), "dependencies");
      if (Object.keys(workspace).length === 0) continue;
      collect(workspace);
      break;
    } catch {
      // An unreadable root is reported when that file itself is parsed.
    }
  }
  return versions;
}
