import type { Dependency } from "../types";
import { stripComments } from "./comments";
import type { ManifestParser } from "./types";

/** The text between the parenthesis at `open` and its matching close, honouring string literals. */
function balanced(source: string, open: number): string | null {
  let depth = 0;
  let inString = false;
  for (let at = open; at < source.length; at++) {
    const ch = source[at];
    if (inString) {
      if (ch === "\\") at++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return source.slice(open + 1, at);
  }
  return null;
}

/** "https://github.com/vapor/vapor.git" → "github.com/vapor/vapor". */
function packageName(url: string): string {
  return url
    .replace(/^[a-z+]+:\/\//i, "")
    .replace(/^git@([^:]+):/, "$1/")
    .replace(/\.git$/, "")
    .replace(/\/$/, "");
}

/**
 * Package.swift: `.package(url:, from:)`, `exact:`, `branch:`, `revision:`, `.upToNextMajor(from:)`,
 * `.upToNextMinor(from:)` and ranges. The name is the URL without scheme and `.git`; the version is
 * the requirement as written without quotes ("from: 1.2.0", "1.0.0..<2.0.0").
 */
export const packageSwift: ManifestParser = {
  keys: ["swift"],
  matches: (_path, name) => name === "Package.swift",
  parse(file) {
    const source = stripComments(file.content);
    const deps: Dependency[] = [];
    for (const match of source.matchAll(/\.package\s*\(/g)) {
      const args = balanced(source, (match.index ?? 0) + match[0].length - 1);
      if (args === null) continue;
      const url = /\burl\s*:\s*"([^"]+)"/.exec(args)?.[1];
      const path = /\bpath\s*:\s*"([^"]+)"/.exec(args)?.[1];
      if (url === undefined && path === undefined) continue;
      const requirement = url === undefined ? "" : args.slice(args.indexOf(url) + url.length + 1);
      const version = requirement
        .replace(/^\s*,\s*/, "")
        .replace(/"/g, "")
        .replace(/\s+/g, " ")
        .trim();
      const name = url === undefined ? (path ?? "") : packageName(url);
      deps.push({ ecosystem: "swift", name, version: version || null, file: file.path, scope: "runtime" });
    }
    return deps;
  },
};
