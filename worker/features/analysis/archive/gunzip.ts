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
 * Decompresses a gzip buffer step by step, handing each decompressed chunk to `onChunk` as it is
 * produced and charging every output byte to `budget`, which throws once a limit is passed.
 * Synchronous: nothing larger than one step's output is ever held here.
 */
export function gunzipEach(bytes: Uint8Array, budget: ArchiveBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new AnalysisInputError("archive is not a valid gzip stream");
  }
  let produced = 0;
  let memberStart = 0;
  const gunzip = new Gunzip((chunk) => {
    budget.addBytes(chunk.length);
    produced += chunk.length;
    if (chunk.length > 0) onChunk(chunk);
  });
  gunzip.onmember = () => {
    memberStart = produced;
  };
  for (let offset = 0; offset < bytes.length; offset += INPUT_CHUNK) {
    const end = Math.min(offset + INPUT_CHUNK, bytes.length);
    pushChunk(gunzip, bytes.subarray(offset, end), end === bytes.length);
  }
  checkTrailer(bytes, produced - memberStart);
}

/**
 * fflate does not check the gzip trailer, so a stream cut short can inflate "successfully". The
 * trailer's ISIZE (last member's length mod 2^32) must match what was produced.
 */
function checkTrailer(bytes: Uint8Array, lastMemberSize: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - 4, true) !== lastMemberSize >>> 0) {
    throw new AnalysisInputError("archive is not a valid gzip stream: it is truncated or corrupt");
  }
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
