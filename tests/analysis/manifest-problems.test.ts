import { describe, expect, it } from "vitest";
import { parseManifests, type RepoFile } from "../../worker/features/analysis";

// Broken manifests live here rather than in tests/fixtures: the formatter would reject them there.
const file = (path: string, content: string): RepoFile => ({ path, content, size: content.length });

describe("parseManifests with unreadable manifests", () => {
  it("reports broken package.json and pom.xml as problems and still reads the rest", () => {
    const result = parseManifests([
      file("web/package.json", '{ "name": "web", "dependencies": { "react": "^18" '),
      file("api/pom.xml", "<project><dependencies><dependency><groupId>x</groupId></dependencies></project>"),
      file("go.mod", "module example.com/x\n\nrequire github.com/gin-gonic/gin v1.10.0\n"),
      file("worker/package.json", '{ "dependencies": { "hono": "4.5.0" } }'),
    ]);
    expect(result.dependencies).toEqual([
      { ecosystem: "go", name: "github.com/gin-gonic/gin", version: "v1.10.0", file: "go.mod", scope: "runtime" },
      { ecosystem: "npm", name: "hono", version: "4.5.0", file: "worker/package.json", scope: "runtime" },
    ]);
    expect(result.problems.map((p) => p.path)).toEqual(["web/package.json", "api/pom.xml"]);
    expect(result.problems[0]?.message).toMatch(/^invalid JSON: /);
    expect(result.problems[1]?.message).toMatch(/^invalid XML: Expected closing tag 'dependency'.*\(line 1\)$/);
  });

  it("reports broken TOML and YAML manifests with the parser's reason", () => {
    const result = parseManifests([
      file("Cargo.toml", "[dependencies\nserde = 1"),
      file("pubspec.yaml", "dependencies:\n  http: ^1.0\n   bad: indent\n"),
      file(".github/workflows/ci.yml", "jobs: [unclosed"),
    ]);
    expect(result.dependencies).toEqual([]);
    expect(result.problems.map((p) => [p.path, p.message.split(":")[0]])).toEqual([
      ["Cargo.toml", "invalid TOML"],
      ["pubspec.yaml", "invalid YAML"],
      [".github/workflows/ci.yml", "invalid YAML"],
    ]);
  });

  it("reports a package-lock.json without a packages map instead of guessing", () => {
    const result = parseManifests([file("package-lock.json", '{ "lockfileVersion": 1, "dependencies": {} }')]);
    expect(result).toEqual({
      dependencies: [],
      problems: [{ path: "package-lock.json", message: 'lockfileVersion 1 has no "packages" map (v2 or v3 needed)' }],
      signals: [],
    });
  });

  it("ignores manifests inside vendored directories", () => {
    const result = parseManifests([
      file("node_modules/react/package.json", '{ "dependencies": { "loose-envify": "^1.1.0" } }'),
      file("vendor/github.com/x/go.mod", "module x\nrequire github.com/y/z v1.0.0\n"),
      file("package.json", '{ "devDependencies": { "vite": "5.2.0" } }'),
    ]);
    expect(result.dependencies).toEqual([
      { ecosystem: "npm", name: "vite", version: "5.2.0", file: "package.json", scope: "dev" },
    ]);
  });
});
