import type { Dependency, DependencyScope } from "../types";
import { isTable, readYamlFast, table, text } from "./formats";
import type { ManifestParser } from "./types";

const SECTIONS: readonly [string, DependencyScope][] = [
  ["dependencies", "runtime"],
  ["dev_dependencies", "dev"],
];

/**
 * pubspec.yaml: dependencies and dev_dependencies. Hosted versions are kept as written; sdk, git and
 * path dependencies have no version.
 */
export const pubspecYaml: ManifestParser = {
  keys: ["yaml"],
  matches: (_path, name) => name === "pubspec.yaml",
  parse(file) {
    const doc = readYamlFast(file.content);
    const deps: Dependency[] = [];
    for (const [section, scope] of SECTIONS) {
      for (const [name, spec] of Object.entries(table(doc, section))) {
        const version = isTable(spec) ? (text(spec.version) ?? null) : (text(spec) ?? null);
        deps.push({ ecosystem: "pub", name, version: version === "any" ? null : version, file: file.path, scope });
      }
    }
    return deps;
  },
};
