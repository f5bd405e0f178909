import type { Dependency } from "../types";
import { isTable, list, readJson, table, text } from "./formats";
import type { ManifestParser } from "./types";

/** The package of a module specifier: "highlight.js/lib/core" is "highlight.js", "@scope/pkg/x" is "@scope/pkg". */
function packageOf(specifier: string): string | null {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
  return /^(@[\w.-]+\/)?[\w.-]+$/.test(name) ? name.toLowerCase() : null;
}

function browserDependency(specifier: string, version: string | null, file: string): Dependency | null {
  const name = packageOf(specifier);
  return name === null ? null : { ecosystem: "npm", name, version, file, scope: "runtime" };
}

/** Distinct dependencies by package name (an import map pins many files of one package). */
function distinct(deps: readonly (Dependency | null)[]): Dependency[] {
  const seen = new Map<string, Dependency>();
  for (const dep of deps) if (dep && !seen.has(dep.name)) seen.set(dep.name, dep);
  return [...seen.values()];
}

const PHP_ENTRY = /^\s*'([^']+)'\s*=>\s*\[([^\]]*)\]/gm;
const RUBY_PIN = /^\s*pin\s+["']([^"']+)["'](.*)$/gm;

/**
 * Front-end packages installed without package.json, read as npm packages: Symfony's AssetMapper
 * `importmap.php` (entries with a `version`; local `path` entries are the app's own files), Rails'
 * `config/importmap.rb` (`pin "name"` lines with a `to:` URL or a vendored copy), LibMan's
 * `libman.json` (`libraries[].library` as "name@version", cdnjs, unpkg or jsDelivr names) and
 * `bower.json`.
 */
export const browserPackages: ManifestParser = {
  keys: ["php", "json", "rb"],
  matches: (path, name) =>
    name === "importmap.php" ||
    name === "libman.json" ||
    name === "bower.json" ||
    /(^|\/)config\/importmap\.rb$/.test(path),
  parse(file) {
    const content = file.content;
    if (file.path.endsWith("importmap.php")) {
      return distinct(
        [...content.matchAll(PHP_ENTRY)].map((m) => {
          const version = /'version'\s*=>\s*'([^']*)'/.exec(m[2] ?? "")?.[1];
          if (version === undefined) return null;
          return browserDependency(m[1] ?? "", version, file.path);
        }),
      );
    }
    if (file.path.endsWith("importmap.rb")) {
      return distinct(
        [...content.matchAll(RUBY_PIN)].map((m) => {
          const version = /@(\d[\w.-]*)/.exec(m[2] ?? "")?.[1] ?? null;
          return browserDependency(m[1] ?? "", version, file.path);
        }),
      );
    }
    const doc = readJson(content);
    if (file.path.endsWith("bower.json")) {
      const sections = [table(doc, "dependencies"), table(doc, "devDependencies")];
      return distinct(
        sections.flatMap((deps) =>
          Object.entries(deps).map(([n, v]) => browserDependency(n, text(v) ?? null, file.path)),
        ),
      );
    }
    return distinct(
      list(doc.libraries).map((lib) => {
        const spec = isTable(lib) ? text(lib.library) : undefined;
        if (!spec) return null;
        const at = spec.lastIndexOf("@");
        return at > 0
          ? browserDependency(spec.slice(0, at), spec.slice(at + 1), file.path)
          : browserDependency(spec, null, file.path);
      }),
    );
  },
};
