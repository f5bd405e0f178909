// Reads a checkout folder the way the archive reader reads an upload: every entry goes through the
// job's own EntryCollector, so the limits, the partial coverage and the skipped entries are the
// same as for a .tar.gz of the folder, without spending the benchmark's time on gzip.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (collector.enter(path) === null) continue;
      if (entry.isDirectory()) {
        collector.directory(path);
        walk(join(folder, entry.name), path);
      } else if (entry.isSymbolicLink()) collector.skip(path, "symlink");
      else if (!entry.isFile()) collector.skip(path, "not_file");
      else {
        const bytes = readFileSync(join(folder, entry.name));
        if (bytes.length > collector.limits.maxFileBytes) collector.skip(path, "too_large");
        else if (collector.wants(path, bytes.length)) collector.file(path, new Uint8Array(bytes));
      }
    }
  };
  walk(dir, "");
  return collector.finish();
}
