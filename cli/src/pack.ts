import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "fflate";
import ignore, { type Ignore } from "ignore";
import { packTar } from "modern-tar";
import { DEFAULT_ARCHIVE_LIMITS } from "../../worker/features/analysis/archive/limits";
import { isVendoredPath } from "../../worker/features/analysis/vendored";
import { CliError, EXIT } from "./errors";

/** The largest archive the direct upload accepts (compressed), as the API documents it; larger ones go in parts. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** The largest archive an upload in parts accepts (compressed). */
export const MAX_PARTS_BYTES = 500 * 1024 * 1024;

/** What `packDirectory` made: the .tar.gz, and what it left out and why. */
export interface Packed {
  archive: Uint8Array<ArrayBuffer>;
  files: number;
  bytes: number;
  skipped: { ignored: number; vendored: number; tooLarge: number; binary: number };
}

/** One .gitignore and the directory it governs. */
interface Rules {
  base: string;
  matcher: Ignore;
}

/**
 * Packs a directory as the analysis reads it: .gitignore files (at every level) are honoured,
 * `.git` and the directories the analysis skips anyway (node_modules, vendor, dist, fixtures, …)
 * are left out, as are files over the per-file limit and binaries (a NUL byte in the first 8 KiB).
 * Fails before uploading when the result passes the server's limits.
 */
export async function packDirectory(root: string, onFile?: (files: number) => void): Promise<Packed> {
  const limits = DEFAULT_ARCHIVE_LIMITS;
  const entries: { header: { name: string; size: number; mode: number }; body: Uint8Array }[] = [];
  const skipped = { ignored: 0, vendored: 0, tooLarge: 0, binary: 0 };
  let bytes = 0;

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
      bytes += size;
      entries.push({ header: { name: rel, size, mode: 0o644 }, body });
      onFile?.(entries.length);
      if (entries.length > limits.maxEntries) {
        throw new CliError(`more than ${limits.maxEntries} files to analyse; add a .gitignore`, EXIT.failed);
      }
      if (bytes > limits.maxTotalBytes) {
        throw new CliError(`more than ${limits.maxTotalBytes / 1024 / 1024} MiB of text to analyse`, EXIT.failed);
      }
    }
  };
  walk(root, []);
  const archive = new Uint8Array(gzipSync(await packTar(entries), { level: 6 }));
  if (archive.length > MAX_PARTS_BYTES) {
    throw new CliError(`the archive is ${(archive.length / 1024 / 1024).toFixed(1)} MiB; the upload limit is 500 MiB`);
  }
  return { archive, files: entries.length, bytes, skipped };
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
