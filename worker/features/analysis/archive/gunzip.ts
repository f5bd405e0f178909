import { Gunzip } from "fflate";
import { AnalysisInputError } from "../errors";
import type { ArchiveBudget } from "./limits";

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * can produce at most ~16 MiB before the budget sees it: a bomb never inflates much past the limit.
 * (Larger steps inflate real archives faster, each push costs fflate a fixed overhead, but would
 * let one step allocate past what a Worker may hold.)
 */
const INPUT_CHUNK = 16 * 1024;

/**
 * A gzip decompressor fed piece by piece (a buffer or a stream's chunks): every decompressed chunk
 * goes to `onChunk` as it is produced and is charged to `budget`, which throws once a limit is
 * passed. It keeps only the stream's last four bytes, to check the trailer at `end()`.
 */
export class GunzipSink {
  private readonly gunzip: Gunzip;
  private produced = 0;
  private memberStart = 0;
  private seen = 0;
  private header: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(0);

  constructor(budget: ArchiveBudget, onChunk: (chunk: Uint8Array) => void) {
    this.gunzip = new Gunzip((chunk) => {
      budget.addBytes(chunk.length);
      this.produced += chunk.length;
      if (chunk.length > 0) onChunk(chunk);
    });
    this.gunzip.onmember = () => {
      this.memberStart = this.produced;
    };
  }

  /** Decompresses the next piece of the compressed stream. */
  push(bytes: Uint8Array): void {
    if (this.header.length < 2) {
      this.header = concat(this.header, bytes.subarray(0, 2 - this.header.length));
      if (this.header.length === 2 && (this.header[0] !== 0x1f || this.header[1] !== 0x8b)) throw notGzip();
    }
    this.seen += bytes.length;
    this.tail = concat(this.tail, bytes.subarray(Math.max(0, bytes.length - 4))).slice(-4);
    for (let offset = 0; offset < bytes.length; offset += INPUT_CHUNK) {
      pushChunk(this.gunzip, bytes.subarray(offset, Math.min(offset + INPUT_CHUNK, bytes.length)), false);
    }
  }

  /**
   * Ends the stream. fflate does not check the gzip trailer, so a stream cut short can inflate
   * "successfully": the trailer's ISIZE (last member's length mod 2^32) must match what was produced.
   */
  end(): void {
    if (this.seen < 18) throw notGzip();
    pushChunk(this.gunzip, new Uint8Array(0), true);
    const view = new DataView(this.tail.buffer, this.tail.byteOffset, 4);
    if (view.getUint32(0, true) !== (this.produced - this.memberStart) >>> 0) {
      throw new AnalysisInputError("archive is not a valid gzip stream: it is truncated or corrupt");
    }
  }
}

/**
 * Decompresses a gzip buffer step by step, handing each decompressed chunk to `onChunk` as it is
 * produced and charging every output byte to `budget`, which throws once a limit is passed.
 * Synchronous: nothing larger than one step's output is ever held here.
 */
export function gunzipEach(bytes: Uint8Array, budget: ArchiveBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw notGzip();
  const sink = new GunzipSink(budget, onChunk);
  sink.push(bytes);
  sink.end();
}

const notGzip = () => new AnalysisInputError("archive is not a valid gzip stream");

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function pushChunk(gunzip: Gunzip, chunk: Uint8Array, final: boolean): void {
  try {
    gunzip.push(chunk, final);
  } catch (error) {
    if (error instanceof AnalysisInputError) throw error;
    const reason = error instanceof Error ? `: ${error.message}` : "";
    throw new AnalysisInputError(`archive is not a valid gzip stream${reason}`);
  }
}
