import { createTarDecoder, type TarHeader } from "modern-tar";
import { AnalysisInputError } from "../errors";
import type { ArchiveContents, EntryCollector } from "./collector";
import { gunzipStream } from "./gunzip";

/**
 * Reads a .tar.gz buffer entry by entry: decompression and tar decoding are streamed, so limits
 * are enforced on the bytes actually produced, not on what the headers claim.
 */
export async function readTarGz(bytes: Uint8Array, collector: EntryCollector): Promise<ArchiveContents> {
  const entries = gunzipStream(bytes, collector.budget).pipeThrough(createTarDecoder({ strict: true }));
  try {
    for await (const entry of entries) {
      await readEntry(entry.header, entry.body, collector);
    }
  } catch (error) {
    if (error instanceof AnalysisInputError) throw error;
    const reason = error instanceof Error ? `: ${error.message}` : "";
    throw new AnalysisInputError(`archive is not a valid tar archive${reason}`);
  }
  return collector.finish();
}

async function readEntry(header: TarHeader, body: ReadableStream<Uint8Array>, collector: EntryCollector) {
  const type = header.type ?? "file";
  if (type === "pax-global-header" || type === "pax-header") return body.cancel();
  const path = collector.enter(header.name);
  if (path === null) return body.cancel();
  if (type === "directory") {
    collector.directory(path);
    return body.cancel();
  }
  if (type === "symlink" || type === "link") {
    collector.skip(path, "symlink");
    return body.cancel();
  }
  if (type !== "file") {
    collector.skip(path, "not_file");
    return body.cancel();
  }
  const content = await readCapped(body, collector.limits.maxFileBytes);
  if (content === null) collector.skip(path, "too_large");
  else collector.file(path, content);
}

/** Reads a body fully, or cancels it and returns null once it passes `max` bytes. */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
