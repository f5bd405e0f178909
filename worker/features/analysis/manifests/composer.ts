import type { Dependency, DependencyScope } from "../types";
import { readJson, table, text } from "./formats";
import type { ManifestParser } from "./types";

const SECTIONS: readonly [string, DependencyScope][] = [
  ["require", "runtime"],
  ["require-dev", "dev"],
];

/** composer.json: require and require-dev; platform requirements (php, ext-*) are not packages. */
export const composerJson: ManifestParser = {
  matches: (_path, name) => name === "composer.json",
  parse(file) {
    const doc = readJson(file.content);
    const deps: Dependency[] = [];
    for (const [section, scope] of SECTIONS) {
      for (const [name, constraint] of Object.entries(table(doc, section))) {
        if (!name.includes("/")) continue;
        deps.push({ ecosystem: "composer", name, version: text(constraint) ?? null, file: file.path, scope });
      }
    }
    return deps;
  },
};
