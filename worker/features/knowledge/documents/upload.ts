import { AppError } from "../../../lib/errors";
import { Tags } from "../../../lib/zod";
import { INGEST_FORMATS, type IngestFormat } from "../ingest/extract";
import type { IngestSource } from "../ingest/target";
import type { DocumentIngestJsonInput } from "./documents.schema";

const BY_EXTENSION: Record<string, IngestFormat> = {
  md: "markdown",
  markdown: "markdown",
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  pdf: "pdf",
};
const BY_MEDIA_TYPE: Record<string, IngestFormat> = {
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
};

const unsupported = (what: string) =>
  new AppError(
    "unsupported_media_type",
    `${what} is not supported; send Markdown, plain text, HTML or PDF (format: ${INGEST_FORMATS.join(", ")})`,
  );

/** The format a client named (`format`), or the one its file name and media type say. */
function formatOf(
  named: string | undefined,
  filename: string | undefined,
  mediaType: string | undefined,
): IngestFormat {
  if (named) {
    if ((INGEST_FORMATS as readonly string[]).includes(named)) return named as IngestFormat;
    throw unsupported(`format '${named}'`);
  }
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byExt = ext ? BY_EXTENSION[ext] : undefined;
  if (byExt) return byExt;
  const type = mediaType?.split(";")[0]?.trim().toLowerCase();
  const byType = type ? BY_MEDIA_TYPE[type] : undefined;
  if (byType) return byType;
  throw unsupported(filename ? `the file '${filename}'${type ? ` (${type})` : ""}` : `media type '${type || "none"}'`);
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ? value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined;

/** An ingestion source from a validated JSON body: `content` in a text format, or a `url`. */
export function sourceFromJson(v: DocumentIngestJsonInput): IngestSource {
  if (v.url !== undefined) {
    if (v.format) {
      throw new AppError("validation_failed", "format: not used with url", [
        { path: "format", message: "not used with url" },
      ]);
    }
    return { format: "url", url: v.url, title: v.title, tags: v.tags, technologyIds: v.technologyIds };
  }
  const format = formatOf(v.format ?? "markdown", undefined, undefined);
  if (format === "pdf") throw unsupported("a PDF in a JSON body (upload it as multipart/form-data)");
  return {
    format,
    bytes: new TextEncoder().encode(v.content ?? ""),
    title: v.title,
    sourceUrl: v.sourceUrl,
    tags: v.tags,
    technologyIds: v.technologyIds,
  };
}

const invalid = (path: string, message: string) =>
  new AppError("validation_failed", `${path}: ${message}`, [{ path, message }]);

/**
 * An ingestion source from a multipart form: a `file` (its extension or media type names the
 * format unless `format` does; anything but Markdown, text, HTML or PDF is 415) and optional
 * `title`, `sourceUrl`, and comma-separated `tags` and `technologyIds`.
 */
export async function sourceFromForm(form: Record<string, unknown>): Promise<IngestSource> {
  const file = form.file;
  if (!(file instanceof File)) throw invalid("file", "a file field is required");
  const str = (key: string) =>
    typeof form[key] === "string" && (form[key] as string).trim() ? (form[key] as string).trim() : undefined;
  const format = formatOf(str("format"), file.name, file.type);
  const sourceUrl = str("sourceUrl");
  if (sourceUrl && !/^https?:\/\/\S+$/i.test(sourceUrl)) throw invalid("sourceUrl", "must be an http(s) URL");
  const tags = Tags.safeParse(list(str("tags")) ?? []);
  if (!tags.success) throw invalid("tags", "at most 50 tags of at most 50 characters");
  const technologyIds = list(str("technologyIds"));
  if (technologyIds && (technologyIds.length > 50 || technologyIds.some((id) => id.length > 64))) {
    throw invalid("technologyIds", "at most 50 ids");
  }
  return {
    format,
    bytes: new Uint8Array(await file.arrayBuffer()),
    filename: file.name || undefined,
    title: str("title")?.slice(0, 300),
    sourceUrl,
    tags: tags.data.length ? tags.data : undefined,
    technologyIds,
  };
}
