import { describe, expect, it } from "vitest";
import { isManifestPath, MANIFEST_PARSERS, nameKey } from "../../worker/features/analysis/manifests";
import { baseName, isVendoredPath } from "../../worker/features/analysis/vendored";

/** Names every reader accepts, in the spellings repositories use, and near misses. */
const PATHS = [
  "package.json",
  "web/package-lock.json",
  "npm-shrinkwrap.json",
  "requirements.txt",
  "requirements/dev.txt",
  "REQUIREMENTS-TEST.TXT",
  "dev-requirements.in",
  "pyproject.toml",
  "Pipfile",
  "go.mod",
  "Cargo.toml",
  "pom.xml",
  "build.gradle",
  "app/build.gradle.kts",
  "gradle/libs.versions.toml",
  "Gemfile",
  "gems.rb",
  "composer.json",
  "public/importmap.php",
  "config/importmap.rb",
  "libman.json",
  "bower.json",
  "src/Web/Web.csproj",
  "Lib.fsproj",
  "Old.vbproj",
  "Directory.Packages.props",
  "pubspec.yaml",
  "Package.swift",
  "Dockerfile",
  "Dockerfile.dev",
  "docker/api.Dockerfile",
  "CONTAINERFILE",
  "Containerfile.prod",
  "ci.dockerfile",
  "docker-compose.yml",
  "compose.override.yaml",
  ".github/workflows/ci.yml",
  "action.yaml",
  "infra/main.tf",
  ".pre-commit-config.yaml",
  ".env.example",
  ".env.local.sample",
  ".env.example.local",
  "example.env",
  ".env",
  "Procfile",
  "Procfile.web",
  "render.yaml",
  "fly.toml",
  "app.json",
  "site/settings.py",
  "site/settings/production.py",
  ".gitlab-ci.yml",
  ".circleci/config.yml",
  "azure-pipelines.release.yml",
  "Jenkinsfile",
  "deploy.jenkinsfile",
  "k8s/deployment.yaml",
  "src/main/docker/postgresql.yml",
  "src/index.ts",
  "README",
  "Makefile",
  "docs/guide.md",
];

describe("manifest reader keys", () => {
  it("covers every name a reader accepts with one of its keys", () => {
    const misses: string[] = [];
    for (const path of PATHS) {
      const name = baseName(path);
      for (const parser of MANIFEST_PARSERS) {
        if (parser.keys !== undefined && parser.matches(path, name) && !parser.keys.includes(nameKey(name)))
          misses.push(`${path}: ${parser.keys.join(",")}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("finds the same manifests as asking every reader", () => {
    const everyReader = (path: string) =>
      MANIFEST_PARSERS.some((parser) => parser.matches(path, baseName(path))) && !isVendoredPath(path);
    const found = PATHS.filter(isManifestPath);
    expect(found).toEqual(PATHS.filter(everyReader));
    expect(found).toContain("CONTAINERFILE");
    expect(found).toContain("Procfile.web");
    expect(found).toContain(".env.example.local");
    expect(found).not.toContain(".env");
    expect(found).not.toContain("src/index.ts");
  });
});
