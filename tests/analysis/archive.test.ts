import { deflateSync, gzipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { AnalysisInputError, analyzeFiles, readArchive, readArchiveStream } from "../../worker/features/analysis";
import { OMITTED_RECORD } from "../../worker/features/analysis/archive/limits";
import {
  buildTar,
  buildTarGz,
  buildZip,
  concat,
  deflateBomb,
  gzipWrap,
  type TestEntry,
  zipWithRawEntry,
} from "./archive-builders";

const repo: TestEntry[] = [
  { name: "demo-abc123/", type: "directory" },
  { name: "demo-abc123/package.json", body: '{"name":"demo"}\n' },
  { name: "demo-abc123/src/", type: "directory" },
  { name: "demo-abc123/src/index.ts", body: "export const a = 1;\n" },
  { name: "demo-abc123/README.md", body: "# Demo ✓\n" },
];

const paths = (files: { path: string }[]) => files.map((f) => f.path).sort();
const repoEntries = [
  { path: "README.md", size: 11 },
  { path: "package.json", size: 16 },
  { path: "src/index.ts", size: 20 },
];

describe.each([
  ["tar.gz", buildTarGz],
  ["zip", async (entries: TestEntry[]) => buildZip(entries)],
] as const)("readArchive(%s)", (kind, build) => {
  it("counts every file by size, reads only manifests, and strips the GitHub wrapper directory", async () => {
    const result = await readArchive(await build(repo), kind);
    expect(result.files).toEqual([{ path: "package.json", content: '{"name":"demo"}\n', size: 16 }]);
    expect([...result.entries].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(repoEntries);
    expect(result.skipped).toEqual([]);
  });

  it("reads root-anchored config inside the wrapper directory and lists path-only evidence without reading it", async () => {
    const bytes = await build([
      ...repo,
      { name: "demo-abc123/app.json", body: '{"addons":["heroku-postgresql"]}\n' },
      { name: "demo-abc123/.husky/pre-commit", body: "npx lint-staged\n" },
    ]);
    const result = await readArchive(bytes, kind, { maxEntries: 3 });
    expect(paths(result.files)).toEqual(["app.json", "package.json"]);
    expect(paths(result.entries)).toEqual([
      ".husky/pre-commit",
      "README.md",
      "app.json",
      "package.json",
      "src/index.ts",
    ]);
  });

  it("keeps paths as they are when there is no single top-level directory", async () => {
    const result = await readArchive(
      await build([
        { name: "a.txt", body: "a" },
        { name: "lib/b.txt", body: "b" },
      ]),
      kind,
    );
    expect(paths(result.entries)).toEqual(["a.txt", "lib/b.txt"]);
  });

  it("skips and reports path traversal, symlinks and binary files", async () => {
    const bytes = await build([
      ...repo,
      { name: "demo-abc123/../../evil.sh", body: "rm -rf /" },
      { name: "/etc/cron.d/evil", body: "* * * * * root sh" },
      { name: "demo-abc123/link", type: "symlink", linkname: "../../etc/passwd" },
      { name: "demo-abc123/logo.png", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
      { name: "demo-abc123/latin1.txt", body: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
    ]);
    const result = await readArchive(bytes, kind);
    expect(paths(result.entries)).toEqual(["README.md", "latin1.txt", "package.json", "src/index.ts"]);
    expect(result.skipped).toEqual([
      { path: "demo-abc123/../../evil.sh", reason: "path_traversal" },
      { path: "/etc/cron.d/evil", reason: "path_traversal" },
      { path: "link", reason: "symlink" },
      { path: "logo.png", reason: "binary" },
    ]);
  });

  it("reports a manifest whose content is not UTF-8 text as binary", async () => {
    const bytes = await build([...repo, { name: "demo-abc123/go.mod", body: new Uint8Array([0x6d, 0, 0xe9]) }]);
    const result = await readArchive(bytes, kind);
    expect(paths(result.files)).toEqual(["package.json"]);
    expect(result.skipped).toEqual([{ path: "go.mod", reason: "binary" }]);
  });

  it("skips files over the per-file limit as too_large", async () => {
    const bytes = await build([...repo, { name: "demo-abc123/big.txt", body: "x".repeat(3000) }]);
    const result = await readArchive(bytes, kind, { maxFileBytes: 2048 });
    expect(result.skipped).toEqual([{ path: "big.txt", reason: "too_large" }]);
    expect(paths(result.entries)).toEqual(["README.md", "package.json", "src/index.ts"]);
  });

  it("counts past the file limit as a partial analysis that still reads every manifest", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `src/f${i}.ts`, body: "x" }));
    const late = [{ name: "z/package.json", body: '{"dependencies":{"react":"19"}}' }];
    const result = await readArchive(await build([...many, ...late]), kind, { maxEntries: 25 });
    expect(paths(result.files)).toEqual(["z/package.json"]);
    expect(result.entries).toHaveLength(26);
    expect(result.coverage).toEqual({
      reason: "more than 25 files: languages from 26 of 31 files; every manifest and config file read",
      filesRead: 26,
      filesTotal: 31,
    });
  });

  it("counts past the byte limit as a partial analysis that still reads every manifest", async () => {
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.txt`, body: "y".repeat(40_000) }));
    const late = [{ name: "go.mod", body: "module x\n" }];
    const result = await readArchive(await build([...files, ...late]), kind, { maxTotalBytes: 100_000 });
    expect(paths(result.entries)).toEqual(["f0.txt", "f1.txt", "go.mod"]);
    expect(paths(result.files)).toEqual(["go.mod"]);
    expect(result.coverage?.reason).toBe(
      "more than 100000 bytes of files: languages from 3 of 5 files; every manifest and config file read",
    );
  });

  it("throws naming the limit when there are too many entries to scan at all", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, body: "x" }));
    await expect(readArchive(await build(many), kind, { maxScanEntries: 25 })).rejects.toThrow(
      new AnalysisInputError("archive has more than 25 entries (maxScanEntries)"),
    );
  });

  it("leaves coverage unset when every file was read", async () => {
    expect((await readArchive(await build(repo), kind)).coverage).toBeUndefined();
  });
});

describe("files an uploader left out to stay within the limits", () => {
  const omitted = (name: string, size: number): TestEntry => ({ name, body: "", pax: { [OMITTED_RECORD]: `${size}` } });
  const upload = () =>
    buildTarGz([
      { name: "go.mod", body: "module x\n" },
      { name: "a.go", body: "package x\n" },
      omitted("big/b.go", 3_000_000),
      omitted("big/c.go", 3_000_000),
      { name: "empty.go", body: "" },
    ]);

  it("counts them without reading them and makes the analysis partial, as a file past the size limit", async () => {
    const result = await readArchive(await upload(), "tar.gz");
    expect(paths(result.entries)).toEqual(["a.go", "empty.go", "go.mod"]);
    expect(result.coverage).toEqual({
      reason: "more than 50 MiB of files: languages from 3 of 5 files; every manifest and config file read",
      filesRead: 3,
      filesTotal: 5,
    });
    const analysis = await analyzeFiles(result.files, undefined, result);
    expect(analysis.fileCount).toBe(5);
    expect(analysis.partial?.reason).toMatch(/^more than 50 MiB of files: languages from 3 of 5 files/);
    expect(analysis.languages).toEqual([{ language: "Go", files: 2, bytes: 10, share: 1 }]);
  });

  it("reads them the same way from a streamed upload", async () => {
    const bytes = await upload();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 100) controller.enqueue(bytes.subarray(at, at + 100));
        controller.close();
      },
    });
    expect((await readArchiveStream(stream)).coverage?.filesRead).toBe(3);
  });
});

describe("readArchive with corrupt or hostile input", () => {
  it("skips tar hardlinks, which could alias files outside the repository", async () => {
    const bytes = await buildTarGz([...repo, { name: "demo-abc123/alias", type: "link", linkname: "/etc/passwd" }]);
    const result = await readArchive(bytes, "tar.gz");
    expect(result.skipped).toEqual([{ path: "alias", reason: "symlink" }]);
  });

  it("rejects bytes that are not gzip", async () => {
    await expect(readArchive(new TextEncoder().encode("not an archive at all"), "tar.gz")).rejects.toThrow(
      new AnalysisInputError("archive is not a valid gzip stream"),
    );
  });

  it("rejects a truncated gzip stream", async () => {
    const bytes = await buildTarGz(repo);
    for (const cut of [1, 8, 40]) {
      const error = await readArchive(bytes.subarray(0, bytes.length - cut), "tar.gz").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnalysisInputError);
      expect((error as Error).message).toMatch(/^archive is not a valid gzip stream/);
    }
  });

  it("reads a gzip made of several members", async () => {
    const tar = await buildTar(repo);
    const members = concat([gzipSync(tar.subarray(0, 700)), gzipSync(tar.subarray(700))]);
    const result = await readArchive(members, "tar.gz");
    expect(paths(result.entries)).toEqual(["README.md", "package.json", "src/index.ts"]);
  });

  it("rejects a valid gzip stream that does not hold a tar archive", async () => {
    const notTar = gzipSync(strToU8("just some text, not a tar header at all\n".repeat(40)));
    await expect(readArchive(notTar, "tar.gz")).rejects.toThrow(/^archive is not a valid tar archive/);
  });

  it("rejects bytes that are not a zip", async () => {
    await expect(readArchive(new Uint8Array(200).fill(7), "zip")).rejects.toThrow(
      "archive is not a valid zip file: end of central directory not found",
    );
  });

  it("stops a gzip bomb that would expand to 2 GiB at the scan limit", async () => {
    const bomb = gzipWrap(deflateBomb(2048));
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    await expect(readArchive(bomb, "tar.gz", { maxScanBytes: 8 * 1024 * 1024 })).rejects.toThrow(
      new AnalysisInputError("archive exceeds the limit of 8 MiB uncompressed (maxScanBytes)"),
    );
  });

  it("refuses a zip bomb from its declared size before inflating anything", async () => {
    const bomb = zipWithRawEntry("zeros.txt", deflateBomb(1024), 1024 * 1024 * 1024);
    await expect(readArchive(bomb, "zip")).rejects.toThrow(
      new AnalysisInputError("archive exceeds the limit of 512 MiB uncompressed (maxScanBytes)"),
    );
  });

  it("rejects a small zip entry whose content is larger than its header says", async () => {
    const liar = zipWithRawEntry("package.json", deflateSync(strToU8("x".repeat(2000))), 1000);
    await expect(readArchive(liar, "zip")).rejects.toThrow(
      "archive is not a valid zip file: package.json does not match its declared size of 1000 bytes",
    );
  });

  it("stops a zip bomb that lies about its size as soon as the entry outgrows its header", async () => {
    const bomb = zipWithRawEntry("requirements.txt", deflateBomb(1024), 1000);
    await expect(readArchive(bomb, "zip")).rejects.toThrow(
      "archive is not a valid zip file: requirements.txt does not match its declared size of 1000 bytes",
    );
  });
});
