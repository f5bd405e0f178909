import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AnalysisInputError, readArchive, readArchiveStream } from "../../worker/features/analysis";
import { buildTar, buildTarGz, concat, deflateBomb, gzipWrap, type TestEntry } from "./archive-builders";

const repo: TestEntry[] = [
  { name: "demo-abc123/package.json", body: '{"name":"demo","dependencies":{"react":"19.0.0"}}\n' },
  { name: "demo-abc123/src/index.ts", body: "export const a = 1;\n".repeat(500) },
  { name: "demo-abc123/README.md", body: "# Demo ✓\n" },
  { name: "demo-abc123/link", type: "symlink", linkname: "../../etc/passwd" },
];

/** The bytes as a stream of chunks of the given sizes, cycling, the way a network body arrives. */
function chunked(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let turn = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = sizes[turn++ % sizes.length] ?? 1;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe("readArchiveStream", () => {
  it("reads a streamed .tar.gz exactly as readArchive reads the buffer, whatever the chunk boundaries", async () => {
    const bytes = await buildTarGz(repo);
    const whole = await readArchive(bytes, "tar.gz");
    for (const sizes of [[1], [7, 1, 300], [bytes.length]]) {
      const seen: number[] = [];
      const streamed = await readArchiveStream(chunked(bytes, sizes), undefined, (read) => {
        seen.push(read);
      });
      expect(streamed).toEqual(whole);
      expect(seen.at(-1)).toBe(bytes.length);
    }
  });

  it("reads a gzip of several members from a stream", async () => {
    const tar = await buildTar(repo);
    const members = concat([gzipSync(tar.subarray(0, 700)), gzipSync(tar.subarray(700))]);
    const result = await readArchiveStream(chunked(members, [100]));
    expect(result.entries.map((f) => f.path).sort()).toEqual(["README.md", "package.json", "src/index.ts"]);
  });

  it("rejects a truncated stream, a stream that is not gzip and an empty one", async () => {
    const bytes = await buildTarGz(repo);
    for (const cut of [1, 8, 40]) {
      await expect(readArchiveStream(chunked(bytes.subarray(0, bytes.length - cut), [64]))).rejects.toThrow(
        /^archive is not a valid gzip stream/,
      );
    }
    await expect(readArchiveStream(chunked(new TextEncoder().encode("not gzip at all, no"), [1]))).rejects.toThrow(
      new AnalysisInputError("archive is not a valid gzip stream"),
    );
    await expect(readArchiveStream(chunked(new Uint8Array(0), [1]))).rejects.toThrow(
      new AnalysisInputError("archive is not a valid gzip stream"),
    );
  });

  it("stops a streamed gzip bomb at the scan limit and cancels the stream", async () => {
    const bomb = gzipWrap(deflateBomb(2048));
    let cancelled = false;
    const source = chunked(bomb, [64 * 1024]);
    const reader = source.getReader();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(readArchiveStream(stream, { maxScanBytes: 8 * 1024 * 1024 })).rejects.toThrow(
      new AnalysisInputError("archive exceeds the limit of 8 MiB uncompressed (maxScanBytes)"),
    );
    expect(cancelled).toBe(true);
  });
});
