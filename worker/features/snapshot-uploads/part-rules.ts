import { AppError } from "../../lib/errors";
import { formatBytes } from "../analysis/archive/limits";
import { MAX_UPLOAD_BYTES, type UploadComplete, type UploadPart } from "./uploads.schema";

/** What the rules need to know of an upload. */
interface UploadShape {
  id: string;
  partSize: number;
  size: number | null;
}

const MIB = 1024 * 1024;

/** How many parts an upload may have: its declared size's worth, else the limit's. */
export function maxParts(upload: UploadShape): number {
  return Math.ceil((upload.size ?? MAX_UPLOAD_BYTES) / upload.partSize);
}

/** The exact length part `n` must have when the size was declared. */
function expectedLength(upload: UploadShape & { size: number }, n: number): number {
  return Math.min(upload.partSize, upload.size - (n - 1) * upload.partSize);
}

/**
 * Checks one part before it is stored. R2 wants every part but the last to have one size, so no
 * part may exceed `partSize`; a declared size fixes each part's length exactly. The first part
 * must start like a gzip stream, as only .tar.gz archives are read from parts.
 */
export function checkPart(upload: UploadShape, partNumber: number, bytes: Uint8Array): void {
  const last = maxParts(upload);
  if (partNumber > last)
    throw new AppError(
      "bad_request",
      upload.size === null
        ? `part ${partNumber} is past the ${formatBytes(MAX_UPLOAD_BYTES)} limit: parts of ${formatBytes(upload.partSize)} go up to ${last}`
        : `part ${partNumber} is past the end: a ${upload.size}-byte archive in parts of ${upload.partSize} bytes has ${last} parts`,
    );
  if (bytes.length === 0) throw new AppError("bad_request", `part ${partNumber} is empty`);
  if (bytes.length > upload.partSize)
    throw new AppError(
      "payload_too_large",
      `part ${partNumber} has ${bytes.length} bytes: parts of this upload are at most ${upload.partSize} bytes`,
    );
  if (upload.size !== null) {
    const want = expectedLength({ ...upload, size: upload.size }, partNumber);
    if (bytes.length !== want)
      throw new AppError(
        "bad_request",
        `part ${partNumber} has ${bytes.length} bytes; a ${upload.size}-byte archive needs ${want} in this part`,
      );
  }
  if (partNumber === 1 && (bytes[0] !== 0x1f || bytes[1] !== 0x8b))
    throw new AppError(
      "unsupported_media_type",
      "uploads in parts take .tar.gz archives (gzip-compressed tar); send a zip to POST …/snapshots",
    );
}

/**
 * The parts to assemble, in order, once they are checked: the client's list (if given) must be
 * in ascending order and name the parts received with their ETags; the parts must run 1..n with
 * none missing, every one but the last exactly `partSize`, within the limit and the declared size.
 */
export function checkCompletion(
  upload: UploadShape,
  received: UploadPart[],
  listed: UploadComplete["parts"],
): UploadPart[] {
  if (received.length === 0) throw new AppError("bad_request", `upload ${upload.id} has no parts yet`);
  if (listed) checkListed(received, listed);
  const missing: number[] = [];
  const last = received.at(-1)?.partNumber ?? 0;
  const have = new Set(received.map((p) => p.partNumber));
  for (let n = 1; n <= last && missing.length < 20; n++) if (!have.has(n)) missing.push(n);
  if (missing.length)
    throw new AppError("bad_request", `part${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing`, {
      missing,
    });
  const short = received.find((p) => p.partNumber !== last && p.size !== upload.partSize);
  if (short)
    throw new AppError(
      "bad_request",
      `part ${short.partNumber} has ${short.size} bytes: every part but the last must have ${upload.partSize}`,
    );
  const total = received.reduce((sum, p) => sum + p.size, 0);
  if (total > MAX_UPLOAD_BYTES)
    throw new AppError("payload_too_large", `the archive would be over ${MAX_UPLOAD_BYTES / MIB} MiB`);
  if (upload.size !== null && total !== upload.size)
    throw new AppError(
      "bad_request",
      `the parts hold ${total} bytes but the upload was started for ${upload.size}: parts are missing`,
    );
  return received;
}

function checkListed(received: UploadPart[], listed: NonNullable<UploadComplete["parts"]>): void {
  for (let i = 1; i < listed.length; i++) {
    const [before, at] = [listed[i - 1]?.partNumber ?? 0, listed[i]?.partNumber ?? 0];
    if (at <= before)
      throw new AppError(
        "bad_request",
        `parts must be listed in ascending order without repeats: part ${at} comes after part ${before}`,
      );
  }
  const byNumber = new Map(received.map((p) => [p.partNumber, p.etag]));
  for (const part of listed) {
    const etag = byNumber.get(part.partNumber);
    if (etag === undefined) throw new AppError("bad_request", `part ${part.partNumber} was never uploaded`);
    if (etag !== part.etag)
      throw new AppError("bad_request", `part ${part.partNumber}'s ETag does not match the part received`);
  }
  const unlisted = received.filter((p) => !listed.some((l) => l.partNumber === p.partNumber));
  if (unlisted.length)
    throw new AppError(
      "bad_request",
      `parts ${unlisted.map((p) => p.partNumber).join(", ")} were uploaded but not listed; abort and start again to drop them`,
    );
}
