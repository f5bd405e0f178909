import { describe, expect, it } from "vitest";
import { detectLanguages, type RepoFile } from "../../worker/features/analysis";

const file = (path: string, content: string): RepoFile => ({ path, content, size: content.length });

describe("detectLanguages", () => {
  it("counts files and lines per language, sorted by lines", () => {
    const stats = detectLanguages([
      file("src/a.ts", "const a = 1;\nconst b = 2;\nexport { a, b };\n"),
      file("src/b.tsx", "export const C = () => null;"),
      file("scripts/run.py", "print(1)\nprint(2)\n"),
      file("Dockerfile", "FROM node\n"),
      file("Makefile", "all:\n\techo hi\n"),
      file("deploy/api.Dockerfile", "FROM golang\nRUN go build\n"),
      file("README", "no extension\n"),
    ]);
    expect(stats).toEqual([
      { language: "TypeScript", files: 2, lines: 4 },
      { language: "Dockerfile", files: 2, lines: 3 },
      { language: "Makefile", files: 1, lines: 2 },
      { language: "Python", files: 1, lines: 2 },
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
    expect(stats).toEqual([{ language: "Go", files: 1, lines: 3 }]);
  });

  it("counts an empty file as zero lines and a last line without newline as one", () => {
    expect(detectLanguages([file("a.rs", ""), file("b.rs", "fn main() {}")])).toEqual([
      { language: "Rust", files: 2, lines: 1 },
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
