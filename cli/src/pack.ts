import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "fflate";
import ignore, { type Ignore } from "ignore";
import { packTar } from "modern-tar";
import { DEFAULT_ARCHIVE_LIMITS, formatBytes, OMITTED_RECORD } from "../../worker/features/analysis/archive/limits";
import { isManifestPath } from "../../worker/features/analysis/manifests";
import { isContentRulePath } from "../../worker/features/analysis/match";
import type { ArchiveLimits } from "../../worker/features/analysis/types";
import { isVendoredPath } from "../../worker/features/analysis/vendored";
import { CliError } from "./errors";

/** The largest archive the direct upload accepts (compressed), as the API documents it; larger ones go in parts. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** The largest archive an upload in parts accepts (compressed). */
export const MAX_PARTS_BYTES = 500 * 1024 * 1024;

/** What `packDirectory` made: the .tar.gz, and what it left out and why. */
export interface Packed {
  archive: Uint8Array<ArrayBuffer>;
  /** Files packed with their content. */
  files: number;
  bytes: number;
  skipped: { ignored: number; vendored: number; tooLarge: number; binary: number };
  /** Why only part of the directory's files went in with their content, or null when all did. */
  partial: string | null;
}

/** One .gitignore and the directory it governs. */
interface Rules {
  base: string;
  matcher: Ignore;
}

interface Entry {
  header: { name: string; size: number; mode: number; pax?: Record<string, string> };
  body: Uint8Array;
}

/** Files the analysis reads: manifests, configuration and the files rules look into. */
function isRead(path: string): boolean {
  return isManifestPath(path) || isContentRulePath(path);
}

/**
 * Packs a directory as the analysis reads it: .gitignore files (at every level) are honoured,
 * `.git` and the directories the analysis skips anyway (node_modules, vendor, dist, fixtures, …)
 * are left out, as are files over the per-file limit and binaries (a NUL byte in the first 8 KiB).
 * A directory past the server's limits (`maxEntries` files or `maxTotalBytes` of text) is not
 * refused: every manifest and config file goes in, then other files while within the limits, and the
 * rest as empty entries after them, each marked with the pax record OMITTED_RECORD (its real size),
 * so the server counts them and reports a partial analysis ("languages from 20,000 of 38,490 files")
 * as it does for any archive past its limits, by file count or by size; `partial` says so before the
 * upload. Fails only when the archive passes the upload limit.
 */
export async function packDirectory(
  root: string,
  onFile?: (files: number) => void,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<Packed> {
  const read: Entry[] = [];
  const others: Entry[] = [];
  const skipped = { ignored: 0, vendored: 0, tooLarge: 0, binary: 0 };

  const walk = (dir: string, rules: Rules[]) => {
    const here = readRules(root, dir);
    const active = here ? [...rules, here] : rules;
    for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, dirent.name);
      const rel = relative(root, full).split(sep).join("/");
      if (dirent.name === ".git") continue;
      const isDir = dirent.isDirectory();
      if (isIgnored(active, full, isDir)) {
        skipped.ignored++;
        continue;
      }
      if (isDir) {
        if (isVendoredPath(`${rel}/x`)) skipped.vendored++;
        else walk(full, active);
        continue;
      }
      if (!dirent.isFile()) continue;
      const size = statSync(full).size;
      if (size > limits.maxFileBytes) {
        skipped.tooLarge++;
        continue;
      }
      const body = new Uint8Array(readFileSync(full));
      if (body.subarray(0, 8192).includes(0)) {
        skipped.binary++;
        continue;
      }
      (isRead(rel) ? read : others).push({ header: { name: rel, size, mode: 0o644 }, body });
      onFile?.(read.length + others.length);
    }
  };
  walk(root, []);

  const entries = [...read];
  let bytes = read.reduce((sum, e) => sum + e.header.size, 0);
  let left = 0;
  let reason: string | null = null;
  for (const entry of others) {
    const fits = entries.length < limits.maxEntries && bytes + entry.header.size <= limits.maxTotalBytes;
    if (fits && left === 0) {
      entries.push(entry);
      bytes += entry.header.size;
      continue;
    }
    reason ??=
      entries.length >= limits.maxEntries
        ? `more than ${limits.maxEntries.toLocaleString("en-US")} files`
        : `more than ${formatBytes(limits.maxTotalBytes)} of text`;
    left++;
  }
  const files = entries.length;
  const placeholders = others.slice(others.length - left, others.length - left + limits.maxScanEntries - files - 1);
  for (const { header } of placeholders) {
    const pax = { [OMITTED_RECORD]: String(header.size) };
    entries.push({ header: { ...header, size: 0, pax }, body: new Uint8Array(0) });
  }
  const partial =
    reason === null
      ? null
      : `${reason}: packed every manifest and config file and ${files.toLocaleString("en-US")} of ${(files + left).toLocaleString("en-US")} files; the others are sent as empty entries, counted but not read`;

  const archive = new Uint8Array(gzipSync(await packTar(entries), { level: 6 }));
  if (archive.length > MAX_PARTS_BYTES) {
    throw new CliError(`the archive is ${(archive.length / 1024 / 1024).toFixed(1)} MiB; the upload limit is 500 MiB`);
  }
  return { archive, files, bytes, skipped, partial };
}

function readRules(root: string, dir: string): Rules | null {
  let text: string;
  try {
    text = readFileSync(join(dir, ".gitignore"), "utf8");
  } catch {
    return null;
  }
  return { base: dir === root ? root : dir, matcher: ignore().add(text) };
}

function isIgnored(rules: Rules[], full: string, isDir: boolean): boolean {
  for (const { base, matcher } of rules) {
    const rel = relative(base, full).split(sep).join("/");
    if (rel && matcher.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
