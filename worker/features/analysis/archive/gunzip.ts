import { Gunzip } from "fflate";
import { AnalysisInputError } from "../errors";
import type { ArchiveBudget } from "./limits";

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * can produce at most ~16 MiB before the budget sees it: a bomb never inflates much past the limit.
 */
const INPUT_CHUNK = 16 * 1024;

/**
 * Streams the decompressed content of a gzip buffer, inflating one small chunk per pull and
 * charging every output byte to `budget`, which errors the stream once a limit is passed.
 */
export function gunzipStream(bytes: Uint8Array, budget: ArchiveBudget): ReadableStream<Uint8Array> {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new AnalysisInputError("archive is not a valid gzip stream");
  }
  const pending: Uint8Array[] = [];
  let produced = 0;
  let memberStart = 0;
  const gunzip = new Gunzip((chunk) => {
    budget.addBytes(chunk.length);
    produced += chunk.length;
    if (chunk.length > 0) pending.push(chunk);
  });
  gunzip.onmember = () => {
    memberStart = produced;
  };
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      while (pending.length === 0 && offset < bytes.length) {
        const end = Math.min(offset + INPUT_CHUNK, bytes.length);
        pushChunk(gunzip, bytes.subarray(offset, end), end === bytes.length);
        offset = end;
      }
      if (offset >= bytes.length) checkTrailer(bytes, produced - memberStart);
      for (const chunk of pending.splice(0)) controller.enqueue(chunk);
      if (offset >= bytes.length) controller.close();
    },
  });
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
