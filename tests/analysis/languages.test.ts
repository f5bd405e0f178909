import { describe, expect, it } from "vitest";
import { detectLanguages, type RepoEntry, type RepoFile } from "../../worker/features/analysis";

const file = (path: string, content: string): RepoFile => ({ path, content, size: content.length });
const entry = (path: string, size: number): RepoEntry => ({ path, size });

describe("detectLanguages", () => {
  it("counts files and bytes per language from sizes alone, sorted by bytes, with each one's share", () => {
    const stats = detectLanguages([
      entry("src/a.ts", 3000),
      entry("src/b.tsx", 1000),
      entry("scripts/run.py", 2500),
      entry("Dockerfile", 200),
      entry("Makefile", 1000),
      entry("deploy/api.Dockerfile", 300),
      entry("README", 9000),
    ]);
    expect(stats).toEqual([
      { language: "TypeScript", files: 2, bytes: 4000, share: 0.5 },
      { language: "Python", files: 1, bytes: 2500, share: 0.3125 },
      { language: "Makefile", files: 1, bytes: 1000, share: 0.125 },
      { language: "Dockerfile", files: 2, bytes: 500, share: 0.0625 },
    ]);
  });

  it("leaves out vendored, generated and lock files", () => {
    const stats = detectLanguages([
      file("node_modules/react/index.js", "module.exports = {};\n"),
      file("vendor/lib/x.go", "package x\n"),
      file("dist/app.js", "bundle\n"),
      file("build/out.js", "bundle\n"),
      file(".git/hooks/pre-commit.sh", "exit 0\n"),
      file("public/app.min.js", "x\n"),
      file("package-lock.json", "{}\n"),
      file("yarn.lock", "x\n"),
      file("Cargo.lock", "x\n"),
      file("go.sum", "x\n"),
      file("main.go", "package main\n\nfunc main() {}\n"),
    ]);
    expect(stats).toEqual([{ language: "Go", files: 1, bytes: 29, share: 1 }]);
  });

  it("knows Dockerfiles by any spelling of their name and no language by a name that is an object key", () => {
    const stats = detectLanguages([
      entry("Dockerfile.dev", 10),
      entry("deploy/api.DOCKERFILE", 10),
      entry("web.containerfile", 10),
      entry(".dockerfile", 10),
      entry("Containerfile.prod", 10),
      entry("constructor", 10),
      entry("tools/toString", 10),
      entry("app.min.js", 10),
      entry("app.js.map", 10),
    ]);
    expect(stats).toEqual([{ language: "Dockerfile", files: 5, bytes: 50, share: 1 }]);
  });

  it("counts an empty file as a file of zero bytes, and gives every share 0 when all are empty", () => {
    expect(detectLanguages([entry("a.rs", 0), entry("b.rs", 0)])).toEqual([
      { language: "Rust", files: 2, bytes: 0, share: 0 },
    ]);
  });
});

describe("test fixtures", () => {
  it("leaves files under fixtures/ and testdata/ out of languages and technologies, like Linguist", async () => {
    const { analyzeFiles } = await import("../../worker/features/analysis");
    const files = [
      { path: "src/app.ts", content: "export const a = 1;\n", size: 20 },
      { path: "tests/fixtures/django/requirements.txt", content: "Django==5.0\n", size: 12 },
      { path: "pkg/testdata/main.py", content: "print(1)\n", size: 9 },
    ];
    const result = await analyzeFiles(files);
    expect(result.languages.map((l) => l.language)).toEqual(["TypeScript"]);
    expect(result.technologies.map((t) => t.title)).not.toContain("Django");
  });
});
