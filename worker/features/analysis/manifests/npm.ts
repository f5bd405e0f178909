import type { Dependency, DependencyScope } from "../types";
import { ManifestError, readJson, table, text } from "./formats";
import type { ManifestParser } from "./types";

const SECTIONS: readonly [string, DependencyScope][] = [
  ["dependencies", "runtime"],
  ["devDependencies", "dev"],
  ["peerDependencies", "runtime"],
  ["optionalDependencies", "runtime"],
];

/**
 * Whether a package.json publishes a library: not private, and says what it publishes (`files`,
 * `exports`, `module`, `bin`, `types`, `publishConfig`). `main` alone does not count: `npm init`
 * writes `"main": "index.js"` into every new package.json, published or not.
 */
const isPublishedLibrary = (doc: Record<string, unknown>): boolean =>
  doc.private !== true &&
  ["files", "exports", "module", "bin", "types", "typings", "publishConfig"].some((field) => doc[field] !== undefined);

/**
 * package.json: every dependency section, with the range as written; a published library's
 * devDependencies are marked `ofLibrary`.
 */
export const packageJson: ManifestParser = {
  keys: ["json"],
  matches: (_path, name) => name === "package.json",
  parse(file) {
    const doc = readJson(file.content);
    const library = isPublishedLibrary(doc);
    const deps: Dependency[] = [];
    for (const [section, scope] of SECTIONS) {
      for (const [name, range] of Object.entries(table(doc, section))) {
        const dep: Dependency = { ecosystem: "npm", name, version: text(range) ?? null, file: file.path, scope };
        if (library && scope === "dev") dep.ofLibrary = true;
        deps.push(dep);
      }
    }
    return deps;
  },
};

/** package-lock.json v2/v3: the resolved version of each direct dependency of the root package. */
export const packageLock: ManifestParser = {
  keys: ["json"],
  matches: (_path, name) => name === "package-lock.json" || name === "npm-shrinkwrap.json",
  parse(file) {
    const doc = readJson(file.content);
    const packages = table(doc, "packages");
    if (Object.keys(packages).length === 0) {
      throw new ManifestError(
        `lockfileVersion ${text(doc.lockfileVersion) ?? "?"} has no "packages" map (v2 or v3 needed)`,
      );
    }
    const root = table(packages, "");
    const direct = new Set(SECTIONS.flatMap(([section]) => Object.keys(table(root, section))));
    const deps: Dependency[] = [];
    for (const name of direct) {
      const entry = table(packages, `node_modules/${name}`);
      const scope: DependencyScope = entry.dev === true ? "dev" : "runtime";
      deps.push({ ecosystem: "npm", name, version: text(entry.version) ?? null, file: file.path, scope });
    }
    return deps;
  },
};
