import type { Dependency, DependencyScope } from "../types";
import type { ManifestParser } from "./types";

const GEM = /^\s*gem\s*\(?\s*["']([^"']+)["']((?:\s*,\s*["'][^"']*["'])*)(.*)$/;
const GROUP_BLOCK = /^\s*group\s*\(?([^)]*?)\)?\s+do\b/;
const OTHER_BLOCK = /\bdo\s*(\|[^|]*\|)?\s*$|^\s*(if|unless|case|begin|def|while|until)\b/;

function scopeOfGroups(groups: string): DependencyScope | null {
  if (/:development\b|["']development["']|:dev\b/.test(groups)) return "dev";
  if (/:test\b|["']test["']/.test(groups)) return "test";
  return null;
}

/**
 * Gemfile: `gem 'name', '~> 1.2', '>= 1.2.3'` with constraints joined by ", ". Scope comes from an
 * enclosing `group :test do` block or an inline `group:`/`groups:` option.
 */
export const gemfile: ManifestParser = {
  keys: ["gemfile", "rb"],
  matches: (_path, name) => name === "Gemfile" || name === "gems.rb",
  parse(file) {
    const deps: Dependency[] = [];
    const blocks: (DependencyScope | null)[] = [];
    for (const raw of file.content.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "");
      const group = GROUP_BLOCK.exec(line);
      if (group) {
        blocks.push(scopeOfGroups(group[1] ?? "") ?? "runtime");
        continue;
      }
      if (/^\s*end\b/.test(line)) {
        blocks.pop();
        continue;
      }
      const gem = GEM.exec(line);
      if (gem) {
        const [, name = "", constraints = "", options = ""] = gem;
        const versions = [...constraints.matchAll(/["']([^"']*)["']/g)].map((m) => m[1]);
        const enclosing = blocks.findLast((b) => b !== null) ?? "runtime";
        const scope = scopeOfGroups(/groups?:\s*(\[[^\]]*\]|\S+)/.exec(options)?.[1] ?? "") ?? enclosing;
        deps.push({ ecosystem: "rubygems", name, version: versions.join(", ") || null, file: file.path, scope });
      } else if (OTHER_BLOCK.test(line)) {
        blocks.push(null);
      }
    }
    return deps;
  },
};
