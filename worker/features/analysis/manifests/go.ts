import type { Dependency } from "../types";
import type { ManifestParser } from "./types";

const REQUIRE_LINE = /^\s*(?:require\s+)?([^\s()]+)\s+(v[^\s/]+)(.*)$/;

/** go.mod: `require` lines and blocks; `// indirect` requirements are marked as such. */
export const goMod: ManifestParser = {
  keys: ["mod"],
  matches: (_path, name) => name === "go.mod",
  parse(file) {
    const deps: Dependency[] = [];
    let inRequire = false;
    for (const line of file.content.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (inRequire) {
        if (trimmed.startsWith(")")) inRequire = false;
        else add(trimmed);
      } else if (/^require\s*\($/.test(trimmed)) {
        inRequire = true;
      } else if (/^require\s+[^(]/.test(trimmed)) {
        add(trimmed);
      }
    }
    return deps;

    function add(line: string): void {
      const match = REQUIRE_LINE.exec(line);
      if (!match || match[1]?.startsWith("//")) return;
      const [, name = "", version = "", rest = ""] = match;
      const dep: Dependency = { ecosystem: "go", name, version, file: file.path, scope: "runtime" };
      if (/\/\/.*\bindirect\b/.test(rest)) dep.indirect = true;
      deps.push(dep);
    }
  },
};
