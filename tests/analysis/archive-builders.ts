import { Deflate, gzipSync, strToU8, type Zippable, zipSync } from "fflate";
import { packTar, type TarHeader } from "modern-tar";

/** One entry for a test archive: text/bytes for a file, or a header-only entry. */
export type TestEntry =
  | { name: string; body: string | Uint8Array; pax?: Record<string, string> }
  | { name: string; type: "directory" | "symlink" | "link"; linkname?: string };

/** Builds a .tar.gz in memory with modern-tar + fflate, exactly as an uploaded archive would be. */
export async function buildTarGz(entries: TestEntry[]): Promise<Uint8Array> {
  return gzipSync(await buildTar(entries));
}

/** Builds an uncompressed tar with modern-tar. */
export async function buildTar(entries: TestEntry[]): Promise<Uint8Array> {
  return packTar(
    entries.map((entry) => {
      if ("body" in entry) {
        const body = typeof entry.body === "string" ? strToU8(entry.body) : entry.body;
        const header: TarHeader = { name: entry.name, size: body.length, type: "file" };
        if (entry.pax) header.pax = entry.pax;
        return { header, body };
      }
      return { header: { name: entry.name, size: 0, type: entry.type, linkname: entry.linkname } };
    }),
  );
}

const UNIX = 3;
const SYMLINK_ATTRS = (0o120777 << 16) >>> 0;

/** Builds a zip in memory with fflate; symlinks carry Unix mode bits like `zip -y` writes them. */
export function buildZip(entries: TestEntry[]): Uint8Array {
  const zippable: Zippable = {};
  for (const entry of entries) {
    if ("body" in entry) {
      zippable[entry.name] = typeof entry.body === "string" ? strToU8(entry.body) : entry.body;
    } else if (entry.type === "symlink") {
      zippable[entry.name] = [strToU8(entry.linkname ?? ""), { os: UNIX, attrs: SYMLINK_ATTRS }];
    } else if (entry.type === "directory") {
      zippable[entry.name.endsWith("/") ? entry.name : `${entry.name}/`] = {};
    }
  }
  return zipSync(zippable);
}

/**
 * A raw DEFLATE stream that inflates to `mebibytes` MiB of zeros, built by repeating one
 * sync-flushed block instead of compressing gigabytes: a bomb far larger than memory, for cheap.
 */
export function deflateBomb(mebibytes: number): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => {
    out.push(chunk);
  });
  const zeros = new Uint8Array(1024 * 1024);
  deflate.push(zeros);
  deflate.flush(true);
  const mark = out.length;
  deflate.push(zeros);
  deflate.flush(true);
  const repeated = concat(out.slice(mark));
  const head = concat(out.slice(0, mark));
  out.length = 0;
  deflate.push(new Uint8Array(0), true);
  const tail = concat(out);
  return concat([head, ...Array.from({ length: mebibytes - 1 }, () => repeated), tail]);
}

/** Wraps a raw DEFLATE stream in a gzip member (the trailer is never reached by a bomb test). */
export function gzipWrap(deflated: Uint8Array): Uint8Array {
  const header = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  return concat([header, deflated, new Uint8Array(8)]);
}

/** Concatenates byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A one-entry zip whose entry holds `deflated` data but declares `declaredSize` uncompressed
 * bytes: set it honestly for a plain bomb, or low to imitate a zip that lies in its headers.
 */
export function zipWithRawEntry(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, deflated.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, deflated.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, nameBytes.length, true);
  const centralOffset = 30 + nameBytes.length + deflated.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, centralOffset, true);
  const bytes = (view: DataView) => new Uint8Array(view.buffer);
  return concat([bytes(local), nameBytes, deflated, bytes(central), nameBytes, bytes(end)]);
}
