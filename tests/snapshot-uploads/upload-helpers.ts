import { exports } from "cloudflare:workers";
import { strToU8 } from "fflate";
import { createTarPacker } from "modern-tar";
import { fixtureRepo } from "../analysis/fixtures";
import { ORIGIN } from "../client";

const MIB = 1024 * 1024;

/** Sends one part's bytes (the typed client has no binary bodies). */
export async function putPart(key: string, repoId: string, uploadId: string, partNumber: number, bytes: Uint8Array) {
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/repositories/${repoId}/snapshots/uploads/${uploadId}/parts/${partNumber}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/octet-stream" },
      body: bytes,
    }),
  );
  const body = (await res.json()) as { partNumber?: number; etag?: string; size?: number; error?: { code: string } };
  return { status: res.status, body };
}

/** Random bytes, which no compressor shrinks (getRandomValues fills at most 64 KiB a call). */
export function noise(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(out.subarray(at, Math.min(at + 65_536, size)));
  return out;
}

/** What the generated repository holds, so a test can check the analysis saw it. */
export interface LargeRepoShape {
  textFiles: number;
  tooLarge: number;
  binaries: number;
}

/**
 * A .tar.gz of a repository past 100 MiB compressed, produced as a stream: the npm fixture's
 * manifests, `textFiles` small source files, and incompressible padding (random files of 2.5 MiB,
 * over the per-file limit, and of 1 MiB, counted by size and never opened). Nothing holds the whole archive.
 */
export function largeRepoArchive(shape: LargeRepoShape): ReadableStream<Uint8Array> {
  const { readable, controller } = createTarPacker();
  const add = async (name: string, body: Uint8Array) => {
    const writer = controller.add({ name: `big-repo-main/${name}`, size: body.length, type: "file" }).getWriter();
    await writer.write(body);
    await writer.close();
  };
  void (async () => {
    for (const file of fixtureRepo("npm")) await add(file.path, strToU8(file.content));
    for (let i = 0; i < shape.textFiles; i++) {
      await add(
        `src/module-${i}.ts`,
        strToU8(`export const value${i} = ${i};\nexport function f${i}() {\n  return value${i};\n}\n`),
      );
    }
    for (let i = 0; i < shape.tooLarge; i++) await add(`assets/blob-${i}.bin`, noise(2.5 * MIB));
    for (let i = 0; i < shape.binaries; i++) await add(`assets/small-${i}.dat`, noise(MIB));
    controller.finalize();
  })().catch((error: unknown) => controller.error(error));
  return readable.pipeThrough(new CompressionStream("gzip"));
}

/**
 * Reads a stream into parts of exactly `partSize` bytes (the last one shorter) and hands each to
 * `send` as soon as it is full, so at most one part is held. Returns the total bytes sent.
 */
export async function sendInParts(
  stream: ReadableStream<Uint8Array>,
  partSize: number,
  send: (partNumber: number, bytes: Uint8Array) => Promise<void>,
): Promise<number> {
  let part = new Uint8Array(partSize);
  let filled = 0;
  let partNumber = 1;
  let total = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    let chunk = next.value;
    while (chunk.length > 0) {
      const n = Math.min(chunk.length, partSize - filled);
      part.set(chunk.subarray(0, n), filled);
      filled += n;
      chunk = chunk.subarray(n);
      if (filled === partSize) {
        await send(partNumber++, part);
        total += filled;
        part = new Uint8Array(partSize);
        filled = 0;
      }
    }
  }
  if (filled > 0) {
    await send(partNumber, part.subarray(0, filled));
    total += filled;
  }
  return total;
}
