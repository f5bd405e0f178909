import { ApiError, api, call } from "./api";
import { session } from "./session";

const MIB = 1024 * 1024;
/** The direct upload's limit (compressed); larger archives go up in parts. */
export const DIRECT_UPLOAD_BYTES = 25 * MIB;
/** The limit of an upload in parts (compressed). */
export const PARTS_UPLOAD_BYTES = 500 * MIB;

const headers = (contentType: string) => ({ ...session.headers(), "content-type": contentType });

async function send(path: string, method: string, body: Blob, contentType: string): Promise<{ id?: string }> {
  const res = await fetch(path, { method, headers: headers(contentType), body });
  const answer = (await res.json()) as { id?: string; error?: { code: string; message: string } };
  if (!res.ok) throw new ApiError(res.status, answer.error?.code ?? "error", answer.error?.message ?? "upload failed");
  return answer;
}

/**
 * Uploads a repository archive and returns the analysis job's id: in one request up to 25 MiB,
 * else (a .tar.gz up to 500 MiB) in parts, the file read slice by slice so the page never holds it.
 * `onSent` hears the bytes sent so far after each part.
 */
export async function uploadArchive(
  repositoryId: string,
  file: File,
  onSent: (sent: number) => void = () => {},
): Promise<string> {
  const zip = file.name.endsWith(".zip");
  if (file.size <= DIRECT_UPLOAD_BYTES) {
    const path = `/api/v1/repositories/${repositoryId}/snapshots`;
    const { id } = await send(path, "POST", file, zip ? "application/zip" : "application/gzip");
    if (!id) throw new ApiError(500, "error", "the upload answered without a job");
    return id;
  }
  if (zip)
    throw new ApiError(413, "payload_too_large", "a .zip is limited to 25 MiB: upload a .tar.gz for larger archives");
  if (file.size > PARTS_UPLOAD_BYTES) throw new ApiError(413, "payload_too_large", "archives are limited to 500 MiB");
  const uploads = api.repositories[":id"].snapshots.uploads;
  const upload = await call(uploads.$post({ param: { id: repositoryId }, json: { size: file.size } }));
  const param = { id: repositoryId, uploadId: upload.id };
  try {
    for (let n = 1, at = 0; at < file.size; n++, at += upload.partSize) {
      const part = file.slice(at, at + upload.partSize);
      const path = `/api/v1/repositories/${repositoryId}/snapshots/uploads/${upload.id}/parts/${n}`;
      await send(path, "PUT", part, "application/octet-stream");
      onSent(at + part.size);
    }
    return (await call(uploads[":uploadId"].complete.$post({ param, json: {} }))).id;
  } catch (error) {
    await uploads[":uploadId"].$delete({ param }).catch(() => undefined);
    throw error;
  }
}
