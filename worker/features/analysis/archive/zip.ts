import { Inflate, inflateSync } from "fflate";
import { AnalysisInputError } from "../errors";
import type { ArchiveContents, EntryCollector } from "./collector";
import { tooManyBytes } from "./limits";
import { entryData, readZipDirectory, type ZipEntry } from "./zip-directory";

const STORED = 0;
const DEFLATE = 8;
/** Compressed bytes per inflate step; see gunzip.ts for why it is small. */
const INPUT_CHUNK = 16 * 1024;

/**
 * Reads a zip buffer. Declared sizes are checked against the limits before anything is inflated,
 * and each entry is inflated in small steps that stop as soon as it outgrows its declared size,
 * so neither an honest nor a lying zip bomb can allocate past the limits.
 */
export function readZip(bytes: Uint8Array, collector: EntryCollector): ArchiveContents {
  const { limits } = collector;
  const entries = readZipDirectory(bytes, limits.maxScanEntries);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxScanBytes) throw tooManyBytes(limits);
  for (const entry of entries) {
    const path = collector.enter(entry.name);
    if (path === null) continue;
    if (entry.kind === "directory") collector.directory(path);
    else if (entry.kind === "symlink") collector.skip(path, "symlink");
    else if (entry.kind === "other") collector.skip(path, "not_file");
    else if (entry.uncompressedSize > limits.maxFileBytes) collector.skip(path, "too_large");
    else if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATE)) collector.skip(path, "binary");
    else if (collector.wants(path, entry.uncompressedSize)) collector.file(path, extract(bytes, entry, collector));
  }
  return collector.finish();
}

function extract(bytes: Uint8Array, entry: ZipEntry, collector: EntryCollector): Uint8Array {
  const data = entryData(bytes, entry);
  const out = entry.method === STORED ? data : inflateBounded(data, entry);
  if (out.length !== entry.uncompressedSize) throw sizeMismatch(entry);
  collector.budget.addBytes(out.length);
  return out;
}

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return data.length <= INPUT_CHUNK ? inflateSmall(data, entry) : inflateChunked(data, entry);
  } catch (error) {
    if (error instanceof AnalysisInputError) throw error;
    const reason = error instanceof Error ? ` (${error.message})` : "";
    throw new AnalysisInputError(`archive is not a valid zip file: ${entry.name} is not valid deflate data${reason}`);
  }
}

/**
 * One-shot inflate for entries no larger than one step. fflate never grows a caller's buffer, so a
 * buffer one byte past the declared size both bounds memory and reveals an entry that lies.
 */
function inflateSmall(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
  if (out.length !== entry.uncompressedSize) throw sizeMismatch(entry);
  return out;
}

function inflateChunked(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) throw sizeMismatch(entry);
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < data.length; at += INPUT_CHUNK) {
    inflater.push(data.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= data.length);
  }
  return written === out.length ? out : out.subarray(0, written);
}

function sizeMismatch(entry: ZipEntry): AnalysisInputError {
  return new AnalysisInputError(
    `archive is not a valid zip file: ${entry.name} does not match its declared size of ${entry.uncompressedSize} bytes`,
  );
}
