import { type Api, type Connection, ok, rawRequest } from "./api";
import { ApiError } from "./errors";

const ATTEMPTS = 3;

/**
 * Sends an archive too large for one request as an upload in parts (the server's R2 multipart
 * upload): starts it with the archive's size, sends each part (retrying a failed part twice),
 * completes it and returns the analysis job's id. A failure aborts the upload, so R2 keeps nothing.
 */
export async function uploadInParts(
  conn: Connection,
  api: Api,
  repositoryId: string,
  archive: Uint8Array<ArrayBuffer>,
  onSent: (sent: number) => void,
): Promise<string> {
  const uploads = api.repositories[":id"].snapshots.uploads;
  const upload = await ok(uploads.$post({ param: { id: repositoryId }, json: { size: archive.length } }));
  const ids = { id: repositoryId, uploadId: upload.id };
  try {
    for (let n = 1, at = 0; at < archive.length; n++, at += upload.partSize) {
      const part = archive.subarray(at, at + upload.partSize);
      await sendPart(conn, `/repositories/${repositoryId}/snapshots/uploads/${upload.id}/parts/${n}`, part);
      onSent(at + part.length);
    }
    const job = await ok(uploads[":uploadId"].complete.$post({ param: ids, json: {} }));
    return job.id;
  } catch (error) {
    await uploads[":uploadId"].$delete({ param: ids }).catch(() => undefined);
    throw error;
  }
}

async function sendPart(conn: Connection, path: string, part: Uint8Array<ArrayBuffer>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rawRequest(conn, path, {
        method: "PUT",
        headers: { "content-type": "application/octet-stream" },
        body: part,
      });
      return;
    } catch (error) {
      // A refusal (4xx) will not change on a retry; a network failure or a 5xx may.
      if (attempt >= ATTEMPTS || (error instanceof ApiError && error.status < 500)) throw error;
    }
  }
}
