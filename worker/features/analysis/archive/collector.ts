import { isManifestPath } from "../manifests";
import { isEvidencePath } from "../match";
import type { ArchiveLimits, PartialCoverage, RepoFile, SkippedEntry, SkipReason } from "../types";
import { ArchiveBudget, formatBytes } from "./limits";
import { commonRoot, safeRelativePath } from "./paths";
import { decodeText } from "./text";

/** What the archive readers hand back: text files, the entries they left out, and coverage when partial. */
export interface ArchiveContents {
  files: RepoFile[];
  skipped: SkippedEntry[];
  /** Present when the file or content limit was reached and some files were counted but not read. */
  coverage?: PartialCoverage;
}

/**
 * Gathers entries from an archive reader and applies the rules every format shares: entry and
 * byte budgets, path safety, binary detection, and stripping GitHub's single wrapper directory.
 */
export class EntryCollector {
  readonly budget: ArchiveBudget;
  private readonly files: RepoFile[] = [];
  private readonly skipped: SkippedEntry[] = [];
  private readonly unsafe: SkippedEntry[] = [];
  private readonly dirs: string[] = [];
  private keptBytes = 0;
  private seen = 0;
  private unread = 0;
  private reason: string | null = null;

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
   * Whether to read a regular file of `size` bytes: always for manifests and files the rules look
   * at by name; other files while fewer than `maxEntries` files and `maxTotalBytes` have been read.
   * A refused file is counted, so the result can say how much of the repository was read. A file
   * whose extension only binary formats use (images, fonts, archives, media) is recorded as binary
   * without being read, as decoding it would.
   */
  wants(path: string, size: number): boolean {
    this.seen += 1;
    if (size > this.limits.maxFileBytes || isWanted(path) || isWanted(path.slice(path.indexOf("/") + 1))) return true;
    if (isBinaryName(path)) {
      this.skip(path, "binary");
      return false;
    }
    const { maxEntries, maxTotalBytes } = this.limits;
    if (this.files.length < maxEntries && this.keptBytes + size <= maxTotalBytes) return true;
    this.unread += 1;
    this.reason ??=
      this.files.length >= maxEntries
        ? `more than ${maxEntries.toLocaleString("en-US")} files`
        : `more than ${formatBytes(maxTotalBytes)} of text`;
    return false;
  }

  /** Records a regular file's bytes; binary content is skipped as such. */
  file(path: string, bytes: Uint8Array): void {
    this.keptBytes += bytes.length;
    const content = decodeText(bytes);
    if (content === null) this.skip(path, "binary");
    else this.files.push({ path, content, size: bytes.length });
  }

  /** The collected entries, with a single shared top-level directory removed from every path. */
  finish(): ArchiveContents {
    const leaves = [...this.files.map((f) => f.path), ...this.skipped.map((s) => s.path)];
    const root = commonRoot(leaves, this.dirs);
    const strip = (p: string): string => (root === null ? p : p.slice(root.length + 1));
    const contents: ArchiveContents = {
      files: this.files.map((f) => ({ ...f, path: strip(f.path) })),
      skipped: [...this.unsafe, ...this.skipped.map((s) => ({ ...s, path: strip(s.path) }))],
    };
    if (this.reason !== null) {
      const filesRead = this.seen - this.unread;
      const reason = `${this.reason}: languages from ${filesRead.toLocaleString("en-US")} of ${this.seen.toLocaleString("en-US")} files; every manifest and config file read`;
      contents.coverage = { reason, filesRead, filesTotal: this.seen };
    }
    return contents;
  }
}

/** Manifests and files rules look at by name; archives may wrap them in one top-level folder. */
function isWanted(path: string): boolean {
  return isManifestPath(path) || isEvidencePath(path);
}

/** Extensions of formats that are never text; such files would be skipped as binary once read. */
const BINARY_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif webp ico icns bmp tif tiff psd avif heic woff woff2 ttf otf eot " +
    "mp3 mp4 m4a aac wav ogg oga flac webm mov avi mkv zip gz tgz bz2 xz 7z rar jar war aar " +
    "class dll exe so dylib pdb o a lib pyc wasm pdf keystore jks p12 sqlite"
  ).split(" "),
);

/** True for a path whose extension is in BINARY_EXTENSIONS. */
function isBinaryName(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") + 1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** "./" and "" name the archive root; they are harmless, not traversal. */
function isRootItself(name: string): boolean {
  return /^[./\\]*$/.test(name) && !name.includes("..");
}
