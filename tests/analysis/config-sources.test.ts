import { describe, expect, it } from "vitest";
import { analyzeFiles, type RepoFile } from "../../worker/features/analysis";

const file = (path: string, content: string): RepoFile => ({ path, content, size: content.length });

async function detected(files: RepoFile[]) {
  const result = await analyzeFiles(files);
  const confident = result.technologies.filter((t) => t.confidence !== "low").map((t) => t.title);
  const low = result.technologies.filter((t) => t.confidence === "low").map((t) => t.title);
  return { confident, low, result };
}

describe("technologies named in configuration", () => {
  it("reads pre-commit hooks", async () => {
    const config = [
      "repos:",
      "  - repo: https://github.com/astral-sh/ruff-pre-commit",
      "    rev: v0.6.0",
      "    hooks:",
      "      - id: ruff",
      "  - repo: https://github.com/pre-commit/mirrors-prettier",
      "    hooks:",
      "      - id: prettier",
      "  - repo: https://github.com/koalaman/shellcheck-precommit",
      "    hooks:",
      "      - id: shellcheck",
    ].join("\n");
    const { confident, result } = await detected([file(".pre-commit-config.yaml", config)]);
    expect(confident).toEqual(expect.arrayContaining(["pre-commit", "Ruff", "Prettier", "ShellCheck"]));
    const ruff = result.technologies.find((t) => t.title === "Ruff");
    expect(ruff?.evidence).toContainEqual({
      file: ".pre-commit-config.yaml",
      dependency: "ruff",
      kind: "config",
      line: 2,
      confidence: "medium",
    });
  });

  it("keeps a published library's dev-only libraries aside, but not its tools or an application's", async () => {
    const manifest = (extra: Record<string, unknown>) =>
      JSON.stringify({
        name: "web-kit",
        version: "1.0.0",
        devDependencies: { ejs: "^3.1.10", mocha: "^10.8.2" },
        ...extra,
      });
    const library = await detected([file("package.json", manifest({ files: ["index.js"] }))]);
    expect(library.low).toContain("EJS");
    expect(library.confident).toContain("Mocha");
    const app = await detected([file("package.json", manifest({ private: true }))]);
    expect(app.confident).toEqual(expect.arrayContaining(["EJS", "Mocha"]));
    // `npm init` writes "main": "index.js" into every package.json: that alone is no library.
    const initialised = await detected([file("package.json", manifest({ main: "index.js" }))]);
    expect(initialised.confident).toEqual(expect.arrayContaining(["EJS", "Mocha"]));
  });

  it("reads the PHP extensions a composer.json requires, and does not take Doctrine DBAL for PostgreSQL", async () => {
    const composer = JSON.stringify(
      {
        require: { php: ">=8.4", "ext-pdo_sqlite": "*", "ext-redis": "*", "ext-intl": "*", "doctrine/dbal": "^4.0" },
      },
      null,
      2,
    );
    const { confident, result } = await detected([file("composer.json", composer)]);
    expect(confident).toEqual(expect.arrayContaining(["Doctrine", "PHP", "Redis", "SQLite"]));
    expect(confident).not.toContain("PostgreSQL");
    expect(result.technologies.find((t) => t.title === "SQLite")?.evidence).toContainEqual({
      file: "composer.json",
      dependency: "sqlite",
      kind: "config",
      line: 4,
      confidence: "medium",
    });
  });

  it("reads database and cache drivers from .env.example, never a real .env", async () => {
    const example = [
      "DB_CONNECTION=mysql",
      "CACHE_DRIVER=memcached",
      "QUEUE_URL=amqp://guest@localhost",
      "STRIPE_SECRET_KEY=",
    ];
    const secrets = "DATABASE_URL=mongodb://user:secret@db\n";
    const { confident } = await detected([file(".env.example", example.join("\n")), file(".env", secrets)]);
    expect(confident).toEqual(expect.arrayContaining(["MySQL", "Memcached", "RabbitMQ", "Stripe"]));
    expect(confident).not.toContain("MongoDB");
  });

  it("reads images and service names from Docker Compose", async () => {
    const compose = "services:\n  cache:\n    image: valkey/valkey:8\n  clickhouse:\n    build: ./clickhouse\n";
    const { confident } = await detected([file("compose.yaml", compose)]);
    expect(confident).toEqual(expect.arrayContaining(["Docker Compose", "Valkey", "ClickHouse"]));
  });

  it("reads container images and kinds from Kubernetes manifests", async () => {
    const manifest = [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: db",
      "          image: postgres:16",
      "        - name: app",
      '          image: "{{ .Values.image }}"',
      "---",
      "apiVersion: networking.istio.io/v1",
      "kind: VirtualService",
    ].join("\n");
    const { confident, result } = await detected([file("deploy/app.yaml", manifest)]);
    expect(confident).toEqual(expect.arrayContaining(["Kubernetes", "PostgreSQL", "Istio"]));
    expect(result.dependencies.filter((d) => d.ecosystem === "docker").map((d) => d.name)).toEqual(["postgres"]);
  });

  it("reads Terraform resource types and registry modules as cloud services", async () => {
    const tf = [
      'resource "aws_vpc" "main" {}',
      'resource "aws_iam_role" "node" {}',
      'data "google_container_cluster" "gke" {}',
      'module "cluster" {',
      '  source  = "terraform-aws-modules/eks/aws"',
      "}",
    ].join("\n");
    const { confident, result } = await detected([file("infra/main.tf", tf)]);
    expect(confident).toEqual(
      expect.arrayContaining(["Amazon VPC", "AWS IAM", "Amazon EKS", "Google Kubernetes Engine", "Terraform"]),
    );
    expect(result.technologies.find((t) => t.title === "AWS IAM")?.evidence[0]).toMatchObject({
      file: "infra/main.tf",
      kind: "resource",
      line: 2,
    });
  });

  it("reads Procfile commands", async () => {
    const { confident } = await detected([
      file("Procfile", "web: bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq\n"),
    ]);
    expect(confident).toEqual(expect.arrayContaining(["Puma", "Sidekiq"]));
  });

  it("reads hosting platform files", async () => {
    const render = "services:\n  - type: web\n    runtime: docker\n  - type: redis\ndatabases:\n  - name: db\n";
    const { confident } = await detected([
      file("render.yaml", render),
      file("netlify.toml", "[build]\n"),
      file("vercel.json", "{}"),
      file("fly.toml", '[build]\n  image = "nginx:1.27"\n'),
    ]);
    expect(confident).toEqual(
      expect.arrayContaining(["Render", "Redis", "PostgreSQL", "Netlify", "Vercel", "Fly.io", "Nginx"]),
    );
  });

  it("reads images and services of the major CI systems", async () => {
    const { confident } = await detected([
      file(".gitlab-ci.yml", "image: ruby:3.3\ntest:\n  services:\n    - postgres:16\n  script: [rake]\n"),
      file(
        ".circleci/config.yml",
        "jobs:\n  build:\n    docker:\n      - image: cimg/node:20.0\n      - image: redis:7\n",
      ),
      file(".travis.yml", "language: python\nservices:\n  - mongodb\n"),
      file("Jenkinsfile", "pipeline { agent { docker { image 'maven:3-eclipse-temurin-21' } } }\n"),
      file("bitbucket-pipelines.yml", "image: golang:1.22\npipelines: {}\n"),
    ]);
    expect(confident).toEqual(
      expect.arrayContaining([
        "GitLab CI",
        "CircleCI",
        "Travis CI",
        "Jenkins",
        "Bitbucket Pipelines",
        "Ruby",
        "PostgreSQL",
        "Node.js",
        "Redis",
        "MongoDB",
        "Go",
      ]),
    );
  });
});

describe("precision", () => {
  it("gives a Go // indirect requirement low confidence only", async () => {
    const gomod =
      "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/go-sql-driver/mysql v1.8.1 // indirect\n)\n";
    const { confident, low } = await detected([file("go.mod", gomod)]);
    expect(confident).toContain("Gin");
    expect(confident).not.toContain("MySQL");
    expect(low).toContain("MySQL");
  });

  it("gives an examples/ app low confidence, while the same package in the project is high", async () => {
    const example = file("examples/blog/package.json", '{"dependencies":{"vue":"3.4.0","express":"4.19.0"}}');
    const own = file("package.json", '{"dependencies":{"express":"4.19.0"}}');
    const { confident, low, result } = await detected([example, own]);
    expect(confident).toContain("Express");
    expect(result.technologies.find((t) => t.title === "Express")?.confidence).toBe("high");
    expect(confident).not.toContain("Vue.js");
    expect(low).toContain("Vue.js");
  });

  it("gives samples/, templates/, playground/ and example-named manifests low confidence", async () => {
    const { confident, low } = await detected([
      file("samples/api/requirements.txt", "django==5.0\n"),
      file("templates/starter/Gemfile", "gem 'rails'\n"),
      file("playground/package.json", '{"dependencies":{"svelte":"4"}}'),
      file("k8s/example.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: httpd:2.4\n"),
    ]);
    expect(confident).not.toEqual(expect.arrayContaining(["Django"]));
    expect(confident).not.toContain("Ruby on Rails");
    expect(confident).not.toContain("Svelte");
    expect(confident).not.toContain("Apache HTTP Server");
    expect(low).toEqual(expect.arrayContaining(["Django", "Ruby on Rails", "Svelte", "Apache HTTP Server"]));
  });
});
