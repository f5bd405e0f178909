import { AnalysisInputError } from "../errors";

/** One central-directory record: what a zip says about an entry before anything is inflated. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  kind: "file" | "directory" | "symlink" | "other";
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const utf8 = new TextDecoder();

const corrupt = (why: string) => new AnalysisInputError(`archive is not a valid zip file: ${why}`);

/**
 * Lists a zip's entries from its central directory, the authoritative table at the end of the file.
 * fflate inflates the data but exposes neither entry offsets nor Unix modes (needed to recognise
 * symlinks), so this reads just that fixed-layout table; `maxEntries` (the scan limit) is checked before the walk.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) throw corrupt("bad zip64 directory");
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  if (count > maxEntries) throw new AnalysisInputError(`archive has more than ${maxEntries} entries (maxScanEntries)`);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL)
      throw corrupt("bad central directory");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const extra = new DataView(bytes.buffer, bytes.byteOffset + offset + 46 + nameLength, extraLength);
    const sizes = zip64Sizes(extra, {
      uncompressed: view.getUint32(offset + 24, true),
      compressed: view.getUint32(offset + 20, true),
      local: view.getUint32(offset + 42, true),
    });
    const name = utf8.decode(nameBytes);
    entries.push({
      name,
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localHeaderOffset: sizes.local,
      kind: entryKind(name, view.getUint8(offset + 5), view.getUint32(offset + 38, true)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL)
    throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} is truncated`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt("end of central directory not found");
}

interface Sizes {
  uncompressed: number;
  compressed: number;
  local: number;
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the zip64 extra field (id 1). */
function zip64Sizes(extra: DataView, sizes: Sizes): Sizes {
  const FULL = 0xffffffff;
  if (sizes.uncompressed !== FULL && sizes.compressed !== FULL && sizes.local !== FULL) return sizes;
  for (let at = 0; at + 4 <= extra.byteLength; ) {
    const id = extra.getUint16(at, true);
    const size = extra.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw corrupt("bad zip64 extra field");
        const value = Number(extra.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const uncompressed = sizes.uncompressed === FULL ? next() : sizes.uncompressed;
      const compressed = sizes.compressed === FULL ? next() : sizes.compressed;
      const local = sizes.local === FULL ? next() : sizes.local;
      return { uncompressed, compressed, local };
    }
    at += 4 + size;
  }
  throw corrupt("missing zip64 extra field");
}

/** Unix mode bits live in the high half of the external attributes when the entry was made on Unix (3). */
function entryKind(name: string, madeBy: number, external: number): ZipEntry["kind"] {
  const unixType = madeBy === 3 ? (external >>> 16) & 0o170000 : 0;
  if (unixType === 0o120000) return "symlink";
  if (name.endsWith("/") || unixType === 0o040000 || (external & 0x10) !== 0) return "directory";
  if (unixType !== 0 && unixType !== 0o100000) return "other";
  return "file";
}
