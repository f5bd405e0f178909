import type { ArchiveLimits } from "../types";
import { type ArchiveContents, EntryCollector } from "./collector";
import { resolveLimits } from "./limits";
import { readTarGz, readTarGzStream } from "./tar";
import { readZip } from "./zip";

/** Archive formats `readArchive` accepts: GitHub's tarball and zipball formats. */
export type ArchiveKind = "tar.gz" | "zip";

/**
 * Reads the text files of a repository archive in memory, never touching a filesystem.
 * Symlinks, hardlinks, unsafe paths, binary and oversized files are skipped and reported; a single
 * wrapper directory (`repo-sha/`) is stripped. Throws AnalysisInputError for corrupt archives and
 * for archives past `maxTotalBytes` or `maxEntries`, checked while decompressing.
 */
export async function readArchive(
  bytes: Uint8Array,
  kind: ArchiveKind,
  limits?: Partial<ArchiveLimits>,
): Promise<ArchiveContents> {
  const collector = new EntryCollector(resolveLimits(limits));
  return kind === "zip" ? readZip(bytes, collector) : readTarGz(bytes, collector);
}

/**
 * Reads a streamed .tar.gz (an archive uploaded in parts, read back from R2) with the same rules and
 * limits as `readArchive`, without ever holding the compressed or decompressed archive in memory.
 * `onRead` hears the compressed bytes read so far, for progress.
 */
export function readArchiveStream(
  stream: ReadableStream<Uint8Array>,
  limits?: Partial<ArchiveLimits>,
  onRead?: (bytes: number) => Promise<void> | void,
): Promise<ArchiveContents> {
  return readTarGzStream(stream, new EntryCollector(resolveLimits(limits)), onRead);
}
