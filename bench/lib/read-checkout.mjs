// Reads a checkout folder the way the archive reader reads an upload: every entry goes through the
// job's own EntryCollector, so the limits, the partial coverage and the skipped entries are the
// same as for a .tar.gz of the folder, without spending the benchmark's time on gzip. A file is
// opened only once the collector wants it (sizes come from stat), as a tar reader skips the bodies
// of entries it does not want. A file nothing reads or recognises is not even stat'ed when it is
// binary by its name (an image, a font) or past the collector's file limit: a tar header gives its
// size for free, here it would be paid for nothing, so an oversized file among those is reported as
// binary or counted as not read rather than reported as too_large. A folder's
// files come before its subfolders, so a file at the root shows at once that there is no wrapper
// folder to look through.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { EntryCollector } from "../../worker/features/analysis/archive/collector.ts";
import { resolveLimits } from "../../worker/features/analysis/archive/limits.ts";

/**
 * The text files and coverage of a folder, as `readArchive` would give them.
 * @param {string} dir
 */
export function readCheckout(dir) {
  const collector = new EntryCollector(resolveLimits());
  /** @param {string} folder @param {string} rel */
  const walk = (folder, rel) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    /** @type {{ name: string; path: string }[]} */
    const dirs = [];
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (collector.enter(path) === null) continue;
      if (entry.isDirectory()) dirs.push({ name: entry.name, path });
      else if (entry.isSymbolicLink()) collector.skip(path, "symlink");
      else if (!entry.isFile()) collector.skip(path, "not_file");
      else {
        const file = `${folder}/${entry.name}`;
        const size = collector.needsSize(path) ? statSync(file).size : 0;
        if (size > collector.limits.maxFileBytes) collector.skip(path, "too_large");
        else if (collector.wants(path, size)) collector.file(path, readFileSync(file));
      }
    }
    for (const { name, path } of dirs) {
      collector.directory(path);
      walk(`${folder}/${name}`, path);
    }
  };
  walk(resolve(dir), "");
  return collector.finish();
}
