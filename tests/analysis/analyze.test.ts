import { describe, expect, it } from "vitest";
import { type AnalysisPhase, analyzeFiles, readArchive } from "../../worker/features/analysis";
import { buildTarGz } from "./archive-builders";
import { fixtureRepo } from "./fixtures";

const countLines = (text: string) => (text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0));

describe("analyzeFiles", () => {
  it("combines languages, dependencies, technologies and totals for an uploaded archive", async () => {
    const archive = await buildTarGz(
      fixtureRepo("npm").map((f) => ({ name: `shop-web-1a2b3c/${f.path}`, body: f.content })),
    );
    const { files } = await readArchive(archive, "tar.gz");
    const result = await analyzeFiles(files);
    expect(result.fileCount).toBe(5);
    expect(result.totalLines).toBe(files.reduce((n, f) => n + countLines(f.content), 0));
    const lines = (path: string) => countLines(files.find((f) => f.path === path)?.content ?? "");
    expect(result.languages).toEqual([
      { language: "JSON", files: 2, lines: lines("package.json") + lines("tsconfig.json") },
      { language: "TypeScript", files: 2, lines: lines("src/index.ts") + lines("src/page.tsx") },
    ]);
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
