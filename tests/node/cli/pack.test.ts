import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packDirectory } from "../../../cli/src/pack";
import { analyzeFiles } from "../../../worker/features/analysis/analyze";
import { resolveLimits } from "../../../worker/features/analysis/archive/limits";
import { readArchive } from "../../../worker/features/analysis/archive/read-archive";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A directory of `sources` TypeScript files whose manifests sort after them (packing must not lose them). */
function project(sources: number): string {
  const dir = mkdtempSync(join(os.tmpdir(), "cc-cli-pack-"));
  made.push(dir);
  mkdirSync(join(dir, "src"));
  for (let i = 0; i < sources; i++) writeFileSync(join(dir, "src", `m${i}.ts`), `export const m${i} = ${i};\n`);
  mkdirSync(join(dir, "zz-app"));
  writeFileSync(
    join(dir, "zz-app", "package.json"),
    JSON.stringify({ private: true, dependencies: { react: "19.0.0" } }),
  );
  writeFileSync(join(dir, "zz-app", "Dockerfile"), "FROM node:24\n");
  return dir;
}

describe("packing a directory past the server's limits", () => {
  it("keeps every manifest and config file, counts the rest, and the server reads it as a partial analysis", async () => {
    const limits = resolveLimits({ maxEntries: 5 });
    const packed = await packDirectory(project(10), undefined, limits);
    expect(packed.files).toBe(5);
    expect(packed.partial).toBe(
      "more than 5 files: packed every manifest and config file and 5 of 12 files; the others are sent as empty entries, counted but not read",
    );
    const contents = await readArchive(packed.archive, "tar.gz", limits);
    expect(contents.files.map((f) => f.path).sort()).toEqual(["zz-app/Dockerfile", "zz-app/package.json"]);
    expect(contents.coverage?.reason).toBe(
      "more than 5 files: languages from 5 of 12 files; every manifest and config file read",
    );
    const result = await analyzeFiles(contents.files, undefined, contents);
    expect(result.partial?.filesTotal).toBe(12);
    expect(result.technologies.map((t) => t.title)).toEqual(expect.arrayContaining(["React", "Docker", "Node.js"]));
  });

  it("past the size limit alone, sends the rest as marked empty entries and the server reads a partial analysis", async () => {
    const limits = resolveLimits({ maxTotalBytes: 200 });
    const packed = await packDirectory(project(10), undefined, limits);
    expect(packed.files).toBe(8);
    expect(packed.partial).toBe(
      "more than 200 bytes of text: packed every manifest and config file and 8 of 12 files; the others are sent as empty entries, counted but not read",
    );
    const contents = await readArchive(packed.archive, "tar.gz", limits);
    expect(contents.entries).toHaveLength(8);
    expect(contents.coverage?.reason).toBe(
      "more than 200 bytes of files: languages from 8 of 12 files; every manifest and config file read",
    );
    const result = await analyzeFiles(contents.files, undefined, contents);
    expect(result.fileCount).toBe(12);
    expect(result.partial?.filesRead).toBe(8);
    expect(result.languages.find((l) => l.language === "TypeScript")?.files).toBe(6);
  });

  it("sends everything and says nothing when the directory is within the limits", async () => {
    const packed = await packDirectory(project(3));
    expect(packed.files).toBe(5);
    expect(packed.partial).toBeNull();
    const contents = await readArchive(packed.archive, "tar.gz");
    expect(contents.coverage).toBeUndefined();
    expect(contents.entries).toHaveLength(5);
  });
});
