import { baseUrl, type Connection, headersOf, rawRequest } from "./api";
import { ApiError, apiErrorOf, CliError, EXIT } from "./errors";
import { followJob, type JobListener } from "./follow";

/** Formats and subjects of `POST /api/v1/exports`, as the reports API fixes them. */
export const EXPORT_FORMATS = ["json", "csv", "xlsx", "sarif", "markdown", "html", "byor-csv", "byor-json"] as const;
export const EXPORT_SUBJECTS = ["technologies", "analysis", "research-tasks", "project"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

/** An export as `GET /api/v1/exports/:id` answers it. */
interface ExportView {
  id: string;
  jobId: string;
  status: string;
  downloadUrl?: string | null;
  size?: number | null;
  sha256?: string | null;
}

/** The finished file of an export. */
export interface ExportedFile {
  id: string;
  bytes: Uint8Array;
  fileName: string | null;
  contentType: string | null;
  sha256: string | null;
}

/**
 * Runs an export end to end: starts it, follows its job live, then downloads the file. An
 * instance without the exports API ("no route for POST /api/v1/exports") is named as such.
 */
export async function runExport(
  conn: Connection,
  request: { format: ExportFormat; subject: ExportSubject; filters?: Record<string, unknown> },
  listener: JobListener = {},
): Promise<ExportedFile> {
  let started: ExportView;
  try {
    const res = await rawRequest(conn, "/exports", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    started = (await res.json()) as ExportView;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.message.startsWith("no route for")) {
      throw new CliError(`${conn.url} has no exports API (POST /api/v1/exports answered 404)`, EXIT.failed);
    }
    throw err;
  }
  const end = await followJob(conn, started.jobId, listener);
  if (end.status !== "completed") throw new CliError(`export ${end.status}: ${end.error ?? "no reason given"}`);
  const view = (await (await rawRequest(conn, `/exports/${encodeURIComponent(started.id)}`)).json()) as ExportView;
  if (!view.downloadUrl) throw new CliError(`export ${view.id} finished without a download link`);
  const url = new URL(view.downloadUrl, `${baseUrl(conn.url)}/`);
  const sameOrigin = url.origin === new URL(conn.url).origin;
  const res = await fetch(url, { headers: sameOrigin ? headersOf(conn) : {} });
  if (!res.ok) throw await apiErrorOf(res);
  const disposition = res.headers.get("content-disposition") ?? "";
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return {
    id: view.id,
    bytes: new Uint8Array(await res.arrayBuffer()),
    fileName: name ? decodeURIComponent(name) : null,
    contentType: res.headers.get("content-type"),
    sha256: view.sha256 ?? null,
  };
}
