import { AnalysisInputError } from "../errors";
import type { ArchiveLimits } from "../types";

const MIB = 1024 * 1024;

/**
 * Limits used when the caller passes none: 20,000 files and 50 MiB of content read in full (past
 * that, a partial analysis), 2 MiB per file, and at most 200,000 entries or 512 MiB decompressed.
 */
export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxTotalBytes: 50 * MIB,
  maxEntries: 20_000,
  maxFileBytes: 2 * MIB,
  maxScanEntries: 200_000,
  maxScanBytes: 512 * MIB,
});

/**
 * The pax record an uploader puts on a file it left out to stay within these limits (an empty
 * entry whose record holds the file's real size in bytes): the reader counts the file but does not
 * take it for an empty one, and the analysis is partial, as for a file past its own limits.
 */
export const OMITTED_RECORD = "COMMANDCENTER.omitted";

/** Fills unset limits with the defaults. */
export function resolveLimits(limits?: Partial<ArchiveLimits>): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
}

/** "50 MiB", "2 KiB", "900 bytes": for limit messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Counts uncompressed bytes and entries as they are produced and throws the moment either passes
 * its scan limit, so an archive bomb is stopped after at most one decompressed chunk over the limit.
 */
export class ArchiveBudget {
  private bytes = 0;
  private entries = 0;

  constructor(private readonly limits: ArchiveLimits) {}

  /** Records `n` more uncompressed bytes. */
  addBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > this.limits.maxScanBytes) throw tooManyBytes(this.limits);
  }

  /** Records one more entry of any kind. */
  addEntry(): void {
    this.entries += 1;
    if (this.entries > this.limits.maxScanEntries) throw tooManyEntries(this.limits);
  }
}

/** The error for an archive that decompresses past `maxScanBytes`. */
export function tooManyBytes(limits: ArchiveLimits): AnalysisInputError {
  return new AnalysisInputError(
    `archive exceeds the limit of ${formatBytes(limits.maxScanBytes)} uncompressed (maxScanBytes)`,
  );
}

/** The error for an archive with more than `maxScanEntries` entries. */
export function tooManyEntries(limits: ArchiveLimits): AnalysisInputError {
  return new AnalysisInputError(`archive has more than ${limits.maxScanEntries} entries (maxScanEntries)`);
}
