import { AnalysisInputError } from "../errors";
import type { ArchiveContents, EntryCollector } from "./collector";
import { GunzipSink, gunzipEach } from "./gunzip";
import { OMITTED_RECORD } from "./limits";

const BLOCK = 512;
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder();

const invalid = (why: string) => new AnalysisInputError(`archive is not a valid tar archive: ${why}`);

/** The header fields the reader uses (ustar, with pax and GNU long-name overrides applied). */
interface Header {
  name: string;
  size: number;
  type: string;
  /** The uploader left this file's content out (pax OMITTED_RECORD). */
  omitted: boolean;
}

/** A NUL-terminated text field of a header block. */
function field(block: Uint8Array, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return utf8.decode(nul >= 0 ? slice.subarray(0, nul) : slice);
}

/** An octal number field, or a base-256 one (high bit set) as GNU tar writes large sizes. */
function numeric(block: Uint8Array, start: number, length: number): number {
  if ((block[start] ?? 0) & 0x80) {
    let value = (block[start] ?? 0) & 0x7f;
    for (let at = start + 1; at < start + length; at++) value = value * 256 + (block[at] ?? 0);
    return value;
  }
  const text = latin1
    .decode(block.subarray(start, start + length))
    .replace(/[\0 ]+$/, "")
    .trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw invalid(`bad number field "${text.slice(0, 20)}"`);
  return Number.parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let at = 0; at < BLOCK; at++) sum += at >= 148 && at < 156 ? 32 : (block[at] ?? 0);
  return sum === numeric(block, 148, 8);
}

/** pax extended header records: "<len> key=value\n". */
function paxRecords(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  const text = utf8.decode(data);
  for (let at = 0; at < text.length; ) {
    const space = text.indexOf(" ", at);
    const length = Number.parseInt(text.slice(at, space), 10);
    if (space < 0 || !Number.isFinite(length) || length <= 0) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

/**
 * A push parser over the decompressed tar stream: headers are parsed as soon as 512 bytes are
 * there, file bodies are copied straight into their own buffer (or dropped), so memory stays at
 * one file plus one block whatever the archive's size.
 */
class TarParser {
  private pending = new Uint8Array(0);
  private entry: { header: Header; path: string | null; body: Uint8Array | null; filled: number } | null = null;
  private skip = 0;
  private longName: string | null = null;
  private pax = new Map<string, string>();
  private ended = false;
  private zeroBlocks = 0;

  constructor(private readonly collector: EntryCollector) {}

  push(chunk: Uint8Array): void {
    let data = this.pending.length ? concat(this.pending, chunk) : chunk;
    this.pending = new Uint8Array(0);
    while (data.length > 0 && !this.ended) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length);
        this.skip -= n;
        data = data.subarray(n);
      } else if (this.entry) {
        const { body } = this.entry;
        const want = this.entry.header.size - this.entry.filled;
        const n = Math.min(want, data.length);
        if (body) body.set(data.subarray(0, n), this.entry.filled);
        this.entry.filled += n;
        data = data.subarray(n);
        if (this.entry.filled === this.entry.header.size) this.finishEntry();
      } else if (data.length >= BLOCK) {
        this.header(data.subarray(0, BLOCK));
        data = data.subarray(BLOCK);
      } else {
        this.pending = data.slice();
        return;
      }
    }
  }

  end(): void {
    if (this.entry || this.skip > 0 || this.pending.length > 0) throw invalid("unexpected end of archive");
  }

  private header(block: Uint8Array): void {
    if (block.every((b) => b === 0)) {
      if (++this.zeroBlocks === 2) this.ended = true;
      return;
    }
    this.zeroBlocks = 0;
    if (!checksumOk(block)) throw invalid("bad header checksum");
    const prefix = latin1.decode(block.subarray(257, 262)) === "ustar" ? field(block, 345, 155) : "";
    const own = field(block, 0, 100);
    const header: Header = {
      name: this.longName ?? this.pax.get("path") ?? (prefix ? `${prefix}/${own}` : own),
      size: Number(this.pax.get("size") ?? numeric(block, 124, 12)),
      type: String.fromCharCode(block[156] ?? 0),
      omitted: this.pax.has(OMITTED_RECORD),
    };
    const meta = header.type === "x" || header.type === "g" || header.type === "L" || header.type === "K";
    if (!meta) {
      this.longName = null;
      this.pax = new Map();
    }
    const path = meta ? null : this.accept(header);
    const keep = meta ? header.type === "x" || header.type === "L" : path !== null;
    this.entry = { header, path, body: keep ? new Uint8Array(header.size) : null, filled: 0 };
    if (header.size === 0) this.finishEntry();
  }

  /** Records the entry with the collector; its path when its content should be read, else null. */
  private accept(header: Header): string | null {
    const { collector } = this;
    const path = collector.enter(header.name);
    if (path === null) return null;
    if (header.type === "5") collector.directory(path);
    else if (header.type === "2" || header.type === "1") collector.skip(path, "symlink");
    else if (header.type !== "0" && header.type !== "\0" && header.type !== "7") collector.skip(path, "not_file");
    else if (header.omitted) collector.omitted();
    else if (header.size > collector.limits.maxFileBytes) collector.skip(path, "too_large");
    else if (collector.wants(path, header.size)) return path;
    return null;
  }

  private finishEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.entry = null;
    this.skip = (BLOCK - (entry.header.size % BLOCK)) % BLOCK;
    const { header, body, path } = entry;
    if (header.type === "L" && body) this.longName = utf8.decode(body).replace(/\0+$/, "");
    else if (header.type === "x" && body) this.pax = paxRecords(body);
    else if (body && path !== null) this.collector.file(path, body);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Reads a .tar.gz buffer entry by entry, synchronously: decompression feeds a small tar parser,
 * so limits are enforced on the bytes actually produced, not on what the headers claim.
 */
export async function readTarGz(bytes: Uint8Array, collector: EntryCollector): Promise<ArchiveContents> {
  const parser = new TarParser(collector);
  gunzipEach(bytes, collector.budget, (chunk) => parser.push(chunk));
  parser.end();
  return collector.finish();
}

/**
 * Reads a .tar.gz as it streams in (an R2 object's body): each chunk is decompressed and parsed
 * before the next is read, so memory holds one chunk, one file and what the collector keeps, never
 * the archive. `onRead` hears the compressed bytes read so far after every chunk.
 */
export async function readTarGzStream(
  stream: ReadableStream<Uint8Array>,
  collector: EntryCollector,
  onRead?: (bytes: number) => Promise<void> | void,
): Promise<ArchiveContents> {
  const parser = new TarParser(collector);
  const sink = new GunzipSink(collector.budget, (chunk) => parser.push(chunk));
  const reader = stream.getReader();
  let read = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      sink.push(next.value);
      read += next.value.length;
      await onRead?.(read);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  sink.end();
  parser.end();
  return collector.finish();
}
