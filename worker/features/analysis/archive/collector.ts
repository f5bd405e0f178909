import { rememberLast } from "../last-answer";
import { isManifestPath } from "../manifests";
import { isContentRulePath, isEvidencePath, isRulePath } from "../match";
import type { ArchiveLimits, PartialCoverage, RepoEntry, RepoFile, SkippedEntry, SkipReason } from "../types";
import { ArchiveBudget, formatBytes } from "./limits";
import { commonRoot, safeRelativePath } from "./paths";
import { decodeText } from "./text";

/**
 * What the archive readers hand back: the text files they read (manifests, config, files rules look
 * into), every regular file counted by size, the entries they left out, and coverage when partial.
 */
export interface ArchiveContents {
  files: RepoFile[];
  entries: RepoEntry[];
  skipped: SkippedEntry[];
  /** Present when the file or byte limit was reached and some files were not counted. */
  coverage?: PartialCoverage;
}

/**
 * Gathers entries from an archive reader and applies the rules every format shares: entry and
 * byte budgets, path safety, binary detection, and stripping GitHub's single wrapper directory.
 */
export class EntryCollector {
  readonly budget: ArchiveBudget;
  private readonly files: RepoFile[] = [];
  private readonly entries: RepoEntry[] = [];
  private readonly skipped: SkippedEntry[] = [];
  private readonly unsafe: SkippedEntry[] = [];
  private readonly dirs: string[] = [];
  private countedBytes = 0;
  private seen = 0;
  private unread = 0;
  private reason: string | null = null;
  /** The first folder every file path so far lives in (undefined before the first file, null once two differ). */
  private shared: string | null | undefined;

  constructor(readonly limits: ArchiveLimits) {
    this.budget = new ArchiveBudget(limits);
  }

  /** Counts one entry against `maxScanEntries` and returns its safe path, or null if it was skipped as traversal. */
  enter(name: string): string | null {
    this.budget.addEntry();
    const path = safeRelativePath(name);
    if (path === null && !isRootItself(name)) this.unsafe.push({ path: name, reason: "path_traversal" });
    return path;
  }

  /** Records a directory (only used to find the common root). */
  directory(path: string): void {
    this.dirs.push(path);
  }

  /** Records an entry that is not read. */
  skip(path: string, reason: SkipReason): void {
    this.skipped.push({ path, reason });
  }

  /**
   * Whether to read a regular file of `size` bytes: only manifests and files rules look into, and
   * those always. Every file is counted by its size for the language statistics while fewer than
   * `maxEntries` files and `maxTotalBytes` have been counted (manifests and files rules recognise by
   * path always); a file past that is counted in the total only, so the result can say how much of
   * the repository the statistics cover. A file whose extension only binary formats use (images, fonts,
   * archives, media) is recorded as binary.
   */
  wants(path: string, size: number): boolean {
    this.seen += 1;
    const need = this.needOf(path);
    if (need !== NONE) {
      this.entries.push({ path, size });
      this.countedBytes += size;
      return need === READ;
    }
    if (isBinaryName(path)) {
      this.skip(path, "binary");
      return false;
    }
    const { maxEntries, maxTotalBytes } = this.limits;
    if (this.entries.length < maxEntries && this.countedBytes + size <= maxTotalBytes) {
      this.entries.push({ path, size });
      this.countedBytes += size;
      return false;
    }
    this.unread += 1;
    this.reason ??= this.limitReason();
    return false;
  }

  /**
   * Records a regular file the uploader left out to stay within the limits (its entry carries no
   * content): counted in the total only, like a file past `maxEntries` or `maxTotalBytes`, so the
   * result is partial and says how many files the languages come from.
   */
  omitted(): void {
    this.seen += 1;
    this.unread += 1;
    this.reason ??= this.limitReason();
  }

  private limitReason(): string {
    const { maxEntries, maxTotalBytes } = this.limits;
    return this.entries.length >= maxEntries
      ? `more than ${maxEntries.toLocaleString("en-US")} files`
      : `more than ${formatBytes(maxTotalBytes)} of files`;
  }

  /**
   * Whether `wants` needs the size of `path`: false for a file nothing reads or recognises that is
   * either binary by its name (recorded as such, size unused) or past the `maxEntries` files counted,
   * so a reader that pays for a size (a stat) can pass 0 instead.
   */
  needsSize(path: string): boolean {
    if (this.entries.length < this.limits.maxEntries && !isBinaryName(path)) return true;
    return needOfPath(path) !== NONE || needOfPath(this.unwrapped(path)) !== NONE;
  }

  /**
   * What a file is needed for. Archives may wrap every path in one top-level folder that `finish`
   * strips, so while every file so far shares its first folder the path is also asked without it.
   */
  private needOf(path: string): number {
    if (this.shared === null) return needOfPath(path);
    const slash = path.indexOf("/");
    const first = slash < 0 ? null : path.slice(0, slash);
    if (this.shared === undefined) this.shared = first;
    else if (this.shared !== first) this.shared = null;
    const need = needOfPath(path);
    return this.shared === null || need === READ ? need : Math.max(need, needOfPath(path.slice(slash + 1)));
  }

  private unwrapped(path: string): string {
    return this.shared ? path.slice(path.indexOf("/") + 1) : path;
  }

  /** Records the bytes of a file `wants` asked for; binary content is skipped as such. */
  file(path: string, bytes: Uint8Array): void {
    const content = decodeText(bytes);
    if (content === null) this.skip(path, "binary");
    else this.files.push({ path, content, size: bytes.length });
  }

  /** The collected entries, with a single shared top-level directory removed from every path. */
  finish(): ArchiveContents {
    const leaves = [...this.entries.map((e) => e.path), ...this.skipped.map((s) => s.path)];
    const root = commonRoot(leaves, this.dirs);
    const cut = root === null ? 0 : root.length + 1;
    const contents: ArchiveContents = {
      files: cut ? this.files.map((f) => ({ ...f, path: f.path.slice(cut) })) : this.files,
      entries: cut ? this.entries.map((e) => ({ path: e.path.slice(cut), size: e.size })) : this.entries,
      skipped: [...this.unsafe, ...this.skipped.map((s) => ({ ...s, path: s.path.slice(cut) }))],
    };
    if (this.reason !== null) {
      const filesRead = this.seen - this.unread;
      const reason = `${this.reason}: languages from ${filesRead.toLocaleString("en-US")} of ${this.seen.toLocaleString("en-US")} files; every manifest and config file read`;
      contents.coverage = { reason, filesRead, filesTotal: this.seen };
    }
    return contents;
  }
}

const NONE = 0;
const LIST = 1;
const READ = 2;

/**
 * What a file is needed for: READ for manifests and files rules look into, LIST for files rules
 * recognise by path (always counted, never opened), NONE otherwise. Archives may wrap every path in
 * one top-level folder, so callers ask for the path with and without its first segment.
 */
function needOfPath(path: string): number {
  if (isManifestPath(path)) return READ;
  if (!isRulePath(path)) return NONE;
  if (isContentRulePath(path)) return READ;
  return isEvidencePath(path) ? LIST : NONE;
}

/** Extensions of formats that are never text; such files have no language and are reported as binary. */
const BINARY_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif webp ico icns bmp tif tiff psd avif heic woff woff2 ttf otf eot " +
    "mp3 mp4 m4a aac wav ogg oga flac webm mov avi mkv zip gz tgz bz2 xz 7z rar jar war aar " +
    "class dll exe so dylib pdb o a lib pyc wasm pdf keystore jks p12 sqlite"
  ).split(" "),
);

/**
 * True for a path whose extension is in BINARY_EXTENSIONS (`needsSize` and `wants` ask about the
 * same path in turn).
 */
const isBinaryName = rememberLast((path: string) => {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") + 1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
});

/** "./" and "" name the archive root; they are harmless, not traversal. */
function isRootItself(name: string): boolean {
  return /^[./\\]*$/.test(name) && !name.includes("..");
}
