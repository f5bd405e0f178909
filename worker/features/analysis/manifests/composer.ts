import type { Dependency, DependencyScope } from "../types";
import { readJson, table, text } from "./formats";
import { lineAt, type ManifestParser } from "./types";

const SECTIONS: readonly [string, DependencyScope][] = [
  ["require", "runtime"],
  ["require-dev", "dev"],
];

/**
 * composer.json: require and require-dev. Platform requirements are not packages: `php` is left
 * out, and each `ext-*` becomes a signal naming the extension without its `pdo_` prefix
 * (`ext-pdo_sqlite` says the code talks to SQLite).
 */
export const composerJson: ManifestParser = {
  keys: ["json"],
  matches: (_path, name) => name === "composer.json",
  parse(file, context) {
    const doc = readJson(file.content);
    const deps: Dependency[] = [];
    for (const [section, scope] of SECTIONS) {
      for (const [name, constraint] of Object.entries(table(doc, section))) {
        if (name.startsWith("ext-")) {
          const at = file.content.indexOf(`"${name}"`);
          const extension = name.slice(4).toLowerCase().replace(/^pdo_/, "");
          context.signals.push({ kind: "extension", name: extension, file: file.path, line: lineAt(file.content, at) });
        }
        if (!name.includes("/")) continue;
        deps.push({ ecosystem: "composer", name, version: text(constraint) ?? null, file: file.path, scope });
      }
    }
    return deps;
  },
};
