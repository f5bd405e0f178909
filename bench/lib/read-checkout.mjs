// Reads a checkout folder the way the archive reader reads an upload: every entry goes through the
// job's own EntryCollector, so the limits, the partial coverage and the skipped entries are the
// same as for a .tar.gz of the folder, without spending the benchmark's time on gzip. A file is
// opened only once the collector wants it (sizes come from stat), as a tar reader skips the bodies
// of entries it does not want. A file nothing reads or recognises is not even stat'ed when it is
// binary by its name (an image, a font) or past the collector's file limit: a tar header gives its
// size for free, here it would be paid for nothing, so an oversized file among those is reported as
// binary or counted as not read rather than reported as too_large. A folder's
// files come before its subfolders, so a file at the root shows at once that there is no wrapper
// folder to look through. The walk lists and stats up to a thousand entries before the collector
// sees them (in the same order as one at a time): the system calls and the collector's work each
// run in a stretch, which costs about a tenth less CPU than alternating them per file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { EntryCollector } from "../../worker/features/analysis/archive/collector.ts";
import { resolveLimits } from "../../worker/features/analysis/archive/limits.ts";

/** Entries listed before the collector is given them. */
const BATCH = 1024;

/**
 * One listed entry: a folder about to be walked, a symlink, something else that is no regular file,
 * or a regular file with its size when the listing stat'ed it (-1 when it did not).
 * @typedef {{ kind: "folder" | "symlink" | "other"; path: string } | { kind: "file"; path: string; file: string; size: number }} Listed
 */

/**
 * The text files and coverage of a folder, as `readArchive` would give them.
 * @param {string} dir
 */
export function readCheckout(dir) {
  const collector = new EntryCollector(resolveLimits());
  /** @type {Listed[]} */
  let listed = [];
  const flush = () => {
    for (const entry of listed) give(collector, entry);
    listed = [];
  };
  /** @param {string} folder @param {string} rel */
  const walk = (folder, rel) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    /** @type {{ name: string; path: string }[]} */
    const dirs = [];
    for (const entry of entries) {
      const path = collector.enter(rel ? `${rel}/${entry.name}` : entry.name);
      if (path === null) continue;
      if (entry.isDirectory()) dirs.push({ name: entry.name, path });
      else if (entry.isSymbolicLink()) listed.push({ kind: "symlink", path });
      else if (!entry.isFile()) listed.push({ kind: "other", path });
      else {
        // The collector may not have seen the files listed before this one yet, so it may ask for
        // a size it will not need in the end; never the other way round (see `give`).
        const file = `${folder}/${entry.name}`;
        listed.push({ kind: "file", path, file, size: collector.needsSize(path) ? statSync(file).size : -1 });
      }
    }
    for (const { name, path } of dirs) {
      listed.push({ kind: "folder", path });
      if (listed.length >= BATCH) flush();
      walk(`${folder}/${name}`, path);
    }
  };
  walk(resolve(dir), "");
  flush();
  return collector.finish();
}

/** Hands one listed entry to the collector, as the walk would have one at a time. @param {EntryCollector} collector @param {Listed} entry */
function give(collector, entry) {
  const { path } = entry;
  if (entry.kind === "file") {
    const size = collector.needsSize(path) ? (entry.size >= 0 ? entry.size : statSync(entry.file).size) : 0;
    if (size > collector.limits.maxFileBytes) collector.skip(path, "too_large");
    else if (collector.wants(path, size)) collector.file(path, readFileSync(entry.file));
  } else if (entry.kind === "folder") collector.directory(path);
  else collector.skip(path, entry.kind === "symlink" ? "symlink" : "not_file");
}
