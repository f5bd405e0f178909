import { describe, expect, it } from "vitest";
import { type AnalysisPhase, analyzeFiles, readArchive } from "../../worker/features/analysis";
import { buildTarGz } from "./archive-builders";
import { fixtureRepo } from "./fixtures";

describe("analyzeFiles", () => {
  it("combines languages in bytes, dependencies, technologies and totals for an uploaded archive", async () => {
    const archive = await buildTarGz(
      fixtureRepo("npm").map((f) => ({ name: `shop-web-1a2b3c/${f.path}`, body: f.content })),
    );
    const contents = await readArchive(archive, "tar.gz");
    const result = await analyzeFiles(contents.files, undefined, contents);
    const size = (path: string) => fixtureRepo("npm").find((f) => f.path === path)?.size ?? Number.NaN;
    const json = size("package.json") + size("tsconfig.json");
    const ts = size("src/index.ts") + size("src/page.tsx");
    expect(result.fileCount).toBe(5);
    expect(result.totalBytes).toBe(json + ts);
    const share = (bytes: number) => Math.round((bytes / (json + ts)) * 10_000) / 10_000;
    expect(result.languages).toEqual(
      [
        { language: "JSON", files: 2, bytes: json, share: share(json) },
        { language: "TypeScript", files: 2, bytes: ts, share: share(ts) },
      ].sort((a, b) => b.bytes - a.bytes),
    );
    expect(result.dependencies).toHaveLength(11);
    expect(result.technologies.map((t) => t.title)).toEqual([
      "Amazon S3",
      "Amazon Web Services",
      "Next.js",
      "Node.js",
      "npm",
      "PostgreSQL",
      "React",
      "TypeScript",
      "Vitest",
    ]);
    expect(result.problems).toEqual([]);
  });

  it("recognises a technology by the path of a file it never opened, and counts that file's bytes", async () => {
    const archive = await buildTarGz([
      { name: "web-9f8e/package.json", body: '{"name":"web"}\n' },
      { name: "web-9f8e/src/App.vue", body: "<template><p>hi</p></template>\n" },
    ]);
    const contents = await readArchive(archive, "tar.gz");
    expect(contents.files.map((f) => f.path)).toEqual(["package.json"]);
    const result = await analyzeFiles(contents.files, undefined, contents);
    const vue = result.technologies.find((t) => t.title === "Vue.js");
    expect(vue?.evidence).toEqual([{ file: "src/App.vue", kind: "file", confidence: "medium" }]);
    expect(result.languages.find((l) => l.language === "Vue")).toEqual({
      language: "Vue",
      files: 1,
      bytes: 31,
      share: 0.6739,
    });
  });

  it("reports progress through scanning, parsing and matching, finishing each phase", async () => {
    const calls: [AnalysisPhase, number, number][] = [];
    await analyzeFiles(fixtureRepo("python"), (phase, done, total) => {
      calls.push([phase, done, total]);
    });
    expect(calls).toEqual([
      ["scanning", 0, 5],
      ["scanning", 5, 5],
      ["parsing", 0, 4],
      ["parsing", 1, 4],
      ["parsing", 2, 4],
      ["parsing", 3, 4],
      ["parsing", 4, 4],
      ["matching", 0, 1],
      ["matching", 1, 1],
    ]);
  });

  it("stops when the progress callback throws, so a cancelled job ends promptly", async () => {
    const cancelled = new Error("job was cancelled");
    await expect(
      analyzeFiles(fixtureRepo("go"), async (phase) => {
        if (phase === "parsing") throw cancelled;
      }),
    ).rejects.toBe(cancelled);
  });
});
