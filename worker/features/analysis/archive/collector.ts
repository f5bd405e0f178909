import type { ArchiveLimits, RepoFile, SkippedEntry, SkipReason } from "../types";
import { ArchiveBudget } from "./limits";
import { commonRoot, safeRelativePath } from "./paths";
import { decodeText } from "./text";

/** What the archive readers hand back: text files and the entries they left out. */
export interface ArchiveContents {
  files: RepoFile[];
  skipped: SkippedEntry[];
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

  constructor(readonly limits: ArchiveLimits) {
    this.budget = new ArchiveBudget(limits);
  }

  /** Counts one entry against `maxEntries` and returns its safe path, or null if it was skipped as traversal. */
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

  /** Records a regular file's bytes; binary content is skipped as such. */
  file(path: string, bytes: Uint8Array): void {
    const content = decodeText(bytes);
    if (content === null) this.skip(path, "binary");
    else this.files.push({ path, content, size: bytes.length });
  }

  /** The collected entries, with a single shared top-level directory removed from every path. */
  finish(): ArchiveContents {
    const leaves = [...this.files.map((f) => f.path), ...this.skipped.map((s) => s.path)];
    const root = commonRoot(leaves, this.dirs);
    const strip = (p: string): string => (root === null ? p : p.slice(root.length + 1));
    return {
      files: this.files.map((f) => ({ ...f, path: strip(f.path) })),
      skipped: [...this.unsafe, ...this.skipped.map((s) => ({ ...s, path: strip(s.path) }))],
    };
  }
}

/** "./" and "" name the archive root; they are harmless, not traversal. */
function isRootItself(name: string): boolean {
  return /^[./\\]*$/.test(name) && !name.includes("..");
}
