import { describe, expect, it } from "vitest";
import { type Dependency, parseManifests } from "../../worker/features/analysis";
import { fixtureRepo } from "./fixtures";

type Row = [Dependency["ecosystem"], string, string | null, string, Dependency["scope"]];

/** Dependencies of a fixture as compact rows, in the order the parser reports them. */
function rows(name: string): Row[] {
  const { dependencies, problems } = parseManifests(fixtureRepo(name));
  expect(problems).toEqual([]);
  return dependencies.map((d) => [d.ecosystem, d.name, d.version, d.file, d.scope]);
}

describe("parseManifests per ecosystem", () => {
  it("reads package.json sections and resolved direct versions from package-lock.json v3", () => {
    expect(rows("npm")).toEqual([
      ["npm", "next", "14.2.3", "package-lock.json", "runtime"],
      ["npm", "react", "18.3.1", "package-lock.json", "runtime"],
      ["npm", "typescript", "5.4.5", "package-lock.json", "dev"],
      ["npm", "@aws-sdk/client-s3", "^3.600.0", "package.json", "runtime"],
      ["npm", "next", "14.2.3", "package.json", "runtime"],
      ["npm", "pg", "^8.11.0", "package.json", "runtime"],
      ["npm", "react", "^18.3.1", "package.json", "runtime"],
      ["npm", "typescript", "~5.4.0", "package.json", "dev"],
      ["npm", "vitest", "^1.6.0", "package.json", "dev"],
      ["npm", "react-dom", ">=18", "package.json", "runtime"],
      ["npm", "fsevents", "2.3.3", "package.json", "runtime"],
    ]);
  });

  it("reads requirements files (options, extras, markers, continuations), PEP 621/735 and Pipfile", () => {
    expect(rows("python")).toEqual([
      ["pypi", "flask", "==3.0.3", "Pipfile", "runtime"],
      ["pypi", "redis", null, "Pipfile", "runtime"],
      ["pypi", "boto3", ">=1.34", "Pipfile", "runtime"],
      ["pypi", "black", null, "Pipfile", "dev"],
      ["pypi", "fastapi", ">=0.110", "pyproject.toml", "runtime"],
      ["pypi", "pydantic", ">=2.7", "pyproject.toml", "runtime"],
      ["pypi", "SQLAlchemy", "==2.0.30", "pyproject.toml", "runtime"],
      ["pypi", "pytest-asyncio", ">=0.23", "pyproject.toml", "test"],
      ["pypi", "torch", "==2.3.0", "pyproject.toml", "runtime"],
      ["pypi", "mypy", ">=1.10", "pyproject.toml", "dev"],
      ["pypi", "pytest", "==8.2.0", "requirements-dev.txt", "dev"],
      ["pypi", "ruff", null, "requirements-dev.txt", "dev"],
      ["pypi", "Django", "==5.0.6", "requirements.txt", "runtime"],
      ["pypi", "requests", ">=2.31,<3", "requirements.txt", "runtime"],
      ["pypi", "psycopg2-binary", null, "requirements.txt", "runtime"],
      ["pypi", "flask-cors", "==4.0.1", "requirements.txt", "runtime"],
      ["pypi", "celery", "~=5.3", "requirements.txt", "runtime"],
      ["pypi", "numpy", ">=1.26", "requirements.txt", "runtime"],
    ]);
  });

  it("reads Poetry dependencies, dev-dependencies and groups, skipping python itself", () => {
    expect(rows("python-poetry")).toEqual([
      ["pypi", "langchain", "^0.2.1", "pyproject.toml", "runtime"],
      ["pypi", "openai", "^1.30", "pyproject.toml", "runtime"],
      ["pypi", "internal-lib", null, "pyproject.toml", "runtime"],
      ["pypi", "black", "^24.4", "pyproject.toml", "dev"],
      ["pypi", "pytest", "^8.2", "pyproject.toml", "test"],
      ["pypi", "mkdocs", "^1.6", "pyproject.toml", "dev"],
    ]);
  });

  it("reads go.mod require lines and blocks and marks indirect requirements", () => {
    const { dependencies } = parseManifests(fixtureRepo("go"));
    expect(dependencies).toEqual([
      { ecosystem: "go", name: "github.com/gin-gonic/gin", version: "v1.10.0", file: "go.mod", scope: "runtime" },
      { ecosystem: "go", name: "github.com/jackc/pgx/v5", version: "v5.6.0", file: "go.mod", scope: "runtime" },
      { ecosystem: "go", name: "github.com/redis/go-redis/v9", version: "v9.5.1", file: "go.mod", scope: "runtime" },
      {
        ecosystem: "go",
        name: "golang.org/x/net",
        version: "v0.25.0",
        file: "go.mod",
        scope: "runtime",
        indirect: true,
      },
      { ecosystem: "go", name: "github.com/aws/aws-sdk-go-v2", version: "v1.27.0", file: "go.mod", scope: "runtime" },
    ]);
  });

  it("reads Cargo tables and strings, renamed packages, target deps and workspace-inherited versions", () => {
    expect(rows("rust")).toEqual([
      ["cargo", "serde", "1.0.203", "Cargo.toml", "runtime"],
      ["cargo", "tokio", "1.38", "Cargo.toml", "runtime"],
      ["cargo", "serde", "1.0.203", "crates/app/Cargo.toml", "runtime"],
      ["cargo", "tokio", "1.38", "crates/app/Cargo.toml", "runtime"],
      ["cargo", "axum", "0.7.5", "crates/app/Cargo.toml", "runtime"],
      ["cargo", "sqlx", "0.7", "crates/app/Cargo.toml", "runtime"],
      ["cargo", "tokio-postgres", "0.7.10", "crates/app/Cargo.toml", "runtime"],
      ["cargo", "local-util", null, "crates/app/Cargo.toml", "runtime"],
      ["cargo", "criterion", "0.5", "crates/app/Cargo.toml", "dev"],
      ["cargo", "cc", "1.0", "crates/app/Cargo.toml", "build"],
      ["cargo", "nix", "0.29", "crates/app/Cargo.toml", "runtime"],
    ]);
  });

  it("reads pom.xml with nested property resolution, scopes and default plugin group", () => {
    expect(rows("maven")).toEqual([
      ["maven", "org.springframework.boot:spring-boot-starter-web", null, "pom.xml", "runtime"],
      ["maven", "org.postgresql:postgresql", "42.7.3", "pom.xml", "runtime"],
      ["maven", "org.apache.kafka:kafka-clients", "3.7.0", "pom.xml", "runtime"],
      ["maven", "com.example:orders-api", "1.4.0", "pom.xml", "runtime"],
      ["maven", "org.junit.jupiter:junit-jupiter", "5.10.2", "pom.xml", "test"],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder as the manifest wrote it
      ["maven", "org.projectlombok:lombok", "${lombok.version}", "pom.xml", "build"],
      ["maven", "org.apache.maven.plugins:maven-surefire-plugin", "3.2.5", "pom.xml", "build"],
    ]);
  });

  it("reads Groovy and Kotlin DSL coordinates, map form, plugins and the version catalog", () => {
    expect(rows("gradle")).toEqual([
      ["gradle", "com.google.guava:guava", "33.2.0-jre", "app/build.gradle", "runtime"],
      ["gradle", "org.projectlombok:lombok", "1.18.32", "app/build.gradle", "build"],
      ["gradle", "junit:junit", "4.13.2", "app/build.gradle", "test"],
      ["gradle", "io.grpc:grpc-netty", "1.64.0", "app/build.gradle", "runtime"],
      ["gradle", "org.springframework.boot:spring-boot-starter-data-jpa", null, "build.gradle.kts", "runtime"],
      ["gradle", "software.amazon.awssdk:bom", "2.25.60", "build.gradle.kts", "runtime"],
      ["gradle", "org.postgresql:postgresql", "42.7.3", "build.gradle.kts", "runtime"],
      ["gradle", "org.mockito:mockito-core", "5.12.0", "build.gradle.kts", "test"],
      ["gradle", "org.springframework.boot", "3.3.0", "build.gradle.kts", "build"],
      ["gradle", "org.jetbrains.kotlin.jvm", "2.0.0", "build.gradle.kts", "build"],
      ["gradle", "com.fasterxml.jackson.core:jackson-databind", "2.17.1", "gradle/libs.versions.toml", "runtime"],
      ["gradle", "org.jetbrains.kotlinx:kotlinx-coroutines-core", "1.8.1", "gradle/libs.versions.toml", "runtime"],
      ["gradle", "io.ktor.plugin", "2.3.11", "gradle/libs.versions.toml", "build"],
    ]);
  });

  it("reads Gemfile constraints and group scopes", () => {
    expect(rows("ruby")).toEqual([
      ["rubygems", "rails", "~> 7.1.3", "Gemfile", "runtime"],
      ["rubygems", "pg", ">= 1.1, < 2.0", "Gemfile", "runtime"],
      ["rubygems", "sidekiq", null, "Gemfile", "runtime"],
      ["rubygems", "rspec-rails", null, "Gemfile", "test"],
      ["rubygems", "debug", null, "Gemfile", "dev"],
      ["rubygems", "web-console", null, "Gemfile", "dev"],
      ["rubygems", "activerecord-jdbc-adapter", null, "Gemfile", "runtime"],
    ]);
  });

  it("reads composer require and require-dev without platform requirements", () => {
    expect(rows("php")).toEqual([
      ["composer", "laravel/framework", "^11.0", "composer.json", "runtime"],
      ["composer", "stripe/stripe-php", "^14.8", "composer.json", "runtime"],
      ["composer", "phpunit/phpunit", "^11.1", "composer.json", "dev"],
    ]);
  });

  it("reads PackageReference attributes, child elements and central package versions", () => {
    expect(rows("dotnet")).toEqual([
      ["nuget", "Microsoft.EntityFrameworkCore", "8.0.6", "src/Api/Api.csproj", "runtime"],
      ["nuget", "Npgsql.EntityFrameworkCore.PostgreSQL", "8.0.4", "src/Api/Api.csproj", "runtime"],
      ["nuget", "Serilog", "4.0.0", "src/Api/Api.csproj", "runtime"],
      ["nuget", "xunit", "2.8.1", "src/Api/Api.csproj", "runtime"],
    ]);
  });

  it("reads pubspec hosted, sdk, git and path dependencies", () => {
    expect(rows("dart")).toEqual([
      ["pub", "flutter", null, "pubspec.yaml", "runtime"],
      ["pub", "http", "^1.2.1", "pubspec.yaml", "runtime"],
      ["pub", "firebase_core", "2.31.0", "pubspec.yaml", "runtime"],
      ["pub", "shared_ui", null, "pubspec.yaml", "runtime"],
      ["pub", "forked_lib", null, "pubspec.yaml", "runtime"],
      ["pub", "hosted_pkg", "^0.3.0", "pubspec.yaml", "runtime"],
      ["pub", "flutter_test", null, "pubspec.yaml", "dev"],
      ["pub", "lints", null, "pubspec.yaml", "dev"],
    ]);
  });

  it("reads Package.swift requirements and ignores commented-out packages", () => {
    expect(rows("swift")).toEqual([
      ["swift", "github.com/vapor/vapor", "from: 4.92.0", "Package.swift", "runtime"],
      ["swift", "github.com/apple/swift-nio", "exact: 2.65.0", "Package.swift", "runtime"],
      ["swift", "github.com/vapor/fluent", ".upToNextMajor(from: 4.9.0)", "Package.swift", "runtime"],
      ["swift", "github.com/apple/swift-log", "1.5.0..<2.0.0", "Package.swift", "runtime"],
      ["swift", "../LocalKit", null, "Package.swift", "runtime"],
    ]);
  });

  it("reads Dockerfile FROM images (stages, ARG tags, digests, scratch) and compose services", () => {
    expect(rows("docker")).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder as the manifest wrote it
      ["docker", "node", "${NODE_VERSION}-alpine", "Dockerfile", "runtime"],
      ["docker", "gcr.io/distroless/nodejs20-debian12", "sha256:0123abcd", "Dockerfile", "runtime"],
      ["docker", "postgres", "16.3", "docker-compose.yml", "runtime"],
      ["docker", "redis", "7-alpine", "docker-compose.yml", "runtime"],
      ["docker", "docker.elastic.co/elasticsearch/elasticsearch", "8.13.4", "docker-compose.yml", "runtime"],
    ]);
  });

  it("reads workflow actions, reusable workflows, docker:// steps and job container/service images", () => {
    const ci = ".github/workflows/ci.yml";
    expect(rows("github-actions")).toEqual([
      ["github-actions", "actions/checkout", "v4", ci, "build"],
      ["github-actions", "actions/setup-node", "60edb5dd545a775178f52524783378180af0d1f8", ci, "build"],
      ["docker", "alpine", "3.20", ci, "runtime"],
      ["github-actions", "codecov/codecov-action", "v4", ci, "build"],
      ["docker", "node", "20-bookworm", ci, "runtime"],
      ["docker", "postgres", "16", ci, "runtime"],
      ["github-actions", "github/codeql-action/.github/workflows/reusable.yml", "v3", ci, "build"],
      ["github-actions", "aws-actions/configure-aws-credentials", "v4", ci, "build"],
      ["github-actions", "hashicorp/setup-terraform", "v3", ci, "build"],
    ]);
  });

  it("reads a workflow whose jobs share steps through an anchor, and one built to explode aliases without expanding them", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++)
      laughs.push(
        `${"abcdefghi"[level]}: &${"abcdefghi"[level]} [${Array(9)
          .fill(`*${"abcdefghi"[level - 1]}`)
          .join(", ")}]`,
      );
    const files = [
      {
        path: ".github/workflows/ci.yml",
        content: "jobs:\n  a:\n    steps: &steps\n      - uses: actions/checkout@v4\n  b:\n    steps: *steps\n",
      },
      { path: ".github/workflows/lol.yml", content: `${laughs.join("\n")}\njobs:\n  x:\n    steps: *i\n` },
    ].map((f) => ({ ...f, size: f.content.length }));
    const { dependencies, problems } = parseManifests(files);
    expect(problems).toEqual([]);
    expect(dependencies.map((d) => `${d.file} ${d.name}`)).toEqual([
      ".github/workflows/ci.yml actions/checkout",
      ".github/workflows/ci.yml actions/checkout",
    ]);
  });

  it("reads Terraform required_providers (object and legacy forms) and registry modules", () => {
    expect(rows("terraform")).toEqual([
      ["terraform", "hashicorp/aws", "~> 5.50", "main.tf", "runtime"],
      ["terraform", "cloudflare/cloudflare", "4.34.0", "main.tf", "runtime"],
      ["terraform", "hashicorp/google", "~> 5.0", "main.tf", "runtime"],
      ["terraform", "terraform-aws-modules/vpc/aws", "5.8.1", "main.tf", "runtime"],
    ]);
  });
});
