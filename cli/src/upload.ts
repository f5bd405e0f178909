import { type Api, type Connection, ok, rawRequest } from "./api";
import { ApiError } from "./errors";

const ATTEMPTS = 3;

/**
 * Sends an archive too large for one request as an upload in parts (the server's R2 multipart
 * upload): starts it with the archive's size, sends each part, completes it and returns the
 * analysis job's id. Parts and the completion are retried twice after a network failure or a 5xx
 * (a server may close a kept-alive connection while the next part is being read); a complete
 * whose answer was lost finds its job on the upload. A failure aborts the upload, so R2 keeps nothing.
 */
export async function uploadInParts(
  conn: Connection,
  api: Api,
  repositoryId: string,
  archive: Uint8Array<ArrayBuffer>,
  onSent: (sent: number) => void,
): Promise<string> {
  const uploads = api.repositories[":id"].snapshots.uploads;
  const upload = await retrying(() =>
    ok(uploads.$post({ param: { id: repositoryId }, json: { size: archive.length } })),
  );
  const param = { id: repositoryId, uploadId: upload.id };
  try {
    for (let n = 1, at = 0; at < archive.length; n++, at += upload.partSize) {
      const part = archive.subarray(at, at + upload.partSize);
      const path = `/repositories/${repositoryId}/snapshots/uploads/${upload.id}/parts/${n}`;
      await retrying(() =>
        rawRequest(conn, path, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: part }),
      );
      onSent(at + part.length);
    }
    return await retrying(async () => (await ok(uploads[":uploadId"].complete.$post({ param, json: {} }))).id).catch(
      async (error: unknown) => {
        const jobId = error instanceof ApiError && error.status === 409 ? await jobOf(api, param) : null;
        if (jobId) return jobId;
        throw error;
      },
    );
  } catch (error) {
    await uploads[":uploadId"].$delete({ param }).catch(() => undefined);
    throw error;
  }
}

/** The job of an upload that is already completed, if it has one. */
async function jobOf(api: Api, param: { id: string; uploadId: string }): Promise<string | null> {
  const upload = await ok(api.repositories[":id"].snapshots.uploads[":uploadId"].$get({ param }));
  return upload.status === "completed" ? upload.jobId : null;
}

/** Runs `call`, again after a network failure or a 5xx (a refusal, 4xx, will not change on a retry). */
async function retrying<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= ATTEMPTS || (error instanceof ApiError && error.status < 500)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
