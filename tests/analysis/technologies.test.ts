import { describe, expect, it } from "vitest";
import { DOMAINS } from "../../shared/vocabulary";
import {
  type Dependency,
  MAX_EVIDENCE,
  matchTechnologies,
  parseManifests,
  type RepoFile,
  TECHNOLOGY_RULES,
} from "../../worker/features/analysis";
import { fixtureRepo } from "./fixtures";

function detect(name: string) {
  const files = fixtureRepo(name);
  const parsed = parseManifests(files);
  return matchTechnologies(parsed.dependencies, files, parsed.signals);
}

const titles = (name: string) => detect(name).map((t) => t.title);

describe("matchTechnologies on fixture repositories", () => {
  it.each([
    [
      "npm",
      ["Amazon S3", "Amazon Web Services", "Next.js", "Node.js", "npm", "PostgreSQL", "React", "TypeScript", "Vitest"],
    ],
    [
      "python",
      [
        "Amazon Web Services",
        "Black",
        "Boto3",
        "Celery",
        "Django",
        "FastAPI",
        "Flask",
        "mypy",
        "NumPy",
        "Pipenv",
        "PostgreSQL",
        "Pydantic",
        "pytest",
        "Python",
        "PyTorch",
        "Redis",
        "Requests",
        "Ruff",
        "SQLAlchemy",
      ],
    ],
    ["python-poetry", ["Black", "LangChain", "MkDocs", "OpenAI API", "Poetry", "pytest", "Python"]],
    ["go", ["Amazon Web Services", "Gin", "Go", "PostgreSQL", "Redis"]],
    ["rust", ["Axum", "Criterion", "PostgreSQL", "Rust", "Serde", "SQLx", "Tokio"]],
    ["maven", ["Apache Kafka", "Java", "JUnit", "Lombok", "Maven", "PostgreSQL", "Spring Boot"]],
    [
      "gradle",
      [
        "Amazon Web Services",
        "Gradle",
        "gRPC",
        "Guava",
        "Hibernate",
        "Jackson",
        "JUnit",
        "Kotlin",
        "Kotlin Coroutines",
        "Lombok",
        "Mockito",
        "PostgreSQL",
        "Spring Boot",
        "Spring Data",
      ],
    ],
    ["ruby", ["PostgreSQL", "RSpec", "Ruby", "Ruby on Rails", "Sidekiq"]],
    ["php", ["Laravel", "PHP", "PHPUnit", "Stripe"]],
    ["dotnet", [".NET", "ASP.NET Core", "Entity Framework Core", "PostgreSQL", "Serilog", "xUnit.net"]],
    ["dart", ["Dart", "Firebase", "Flutter", "Flutter Lints"]],
    ["swift", ["Swift", "Swift Package Manager", "swift-log", "SwiftNIO", "Vapor"]],
    ["docker", ["Docker", "Docker Compose", "Elasticsearch", "Kubernetes", "Node.js", "PostgreSQL", "Redis"]],
    [
      "github-actions",
      ["Amazon Web Services", "Codecov", "CodeQL", "GitHub Actions", "Node.js", "PostgreSQL", "Terraform"],
    ],
    ["terraform", ["Amazon S3", "Amazon VPC", "Amazon Web Services", "Cloudflare", "Google Cloud", "Terraform"]],
    ["cpp", ["Boost", "CMake", "fmt", "GoogleTest", "OpenSSL", "Qt", "spdlog", "SQLite", "vcpkg"]],
    // Its locales/global.json is a translation file: no .NET (only a global.json that pins an SDK counts).
    ["editor", ["CodeMirror", "Crowdin", "KaTeX", "Mermaid", "Node.js", "semantic-release", "Shiki", "Tiptap", "Yjs"]],
  ])("detects exactly the expected technologies in the %s fixture", (name, expected) => {
    expect(titles(name)).toEqual(expected);
  });

  it("records evidence per kind with the line that matched and a confidence", () => {
    const terraform = detect("terraform");
    const aws = terraform.find((t) => t.title === "Amazon Web Services");
    expect(aws).toMatchObject({ title: "Amazon Web Services", domain: "platforms", confidence: "high" });
    expect(aws?.evidence.slice(0, 2)).toEqual([
      {
        file: "main.tf",
        dependency: "hashicorp/aws",
        version: "~> 5.50",
        kind: "provider",
        line: 5,
        confidence: "high",
      },
      {
        file: "main.tf",
        dependency: "terraform-aws-modules/vpc/aws",
        version: "5.8.1",
        kind: "dependency",
        line: 18,
        confidence: "high",
      },
    ]);
    expect(terraform.find((t) => t.title === "Terraform")?.evidence).toContainEqual({
      file: "main.tf",
      kind: "file",
      confidence: "medium",
    });
    expect(detect("docker").find((t) => t.title === "PostgreSQL")?.evidence).toContainEqual({
      file: "docker-compose.yml",
      dependency: "postgres",
      version: "16.3",
      kind: "image",
      line: expect.any(Number),
      confidence: "high",
    });
    expect(detect("python").find((t) => t.title === "Django")?.evidence).toEqual([
      {
        file: "requirements.txt",
        dependency: "Django",
        version: "==5.0.6",
        kind: "dependency",
        line: 4,
        confidence: "high",
      },
    ]);
  });

  it("recognises Kubernetes manifests by content, not by extension", () => {
    const k8s = detect("docker").find((t) => t.title === "Kubernetes");
    expect(k8s?.evidence).toContainEqual({ file: "k8s/deployment.yaml", kind: "file", confidence: "medium" });
  });

  it("de-duplicates evidence and caps it per technology", () => {
    const deps: Dependency[] = Array.from({ length: 30 }, (_, i) => ({
      ecosystem: "npm",
      name: `@aws-sdk/client-${i}`,
      version: "3.0.0",
      file: "package.json",
    }));
    const twice = [...deps, ...deps];
    const [aws] = matchTechnologies(twice, []);
    expect(aws?.title).toBe("Amazon Web Services");
    expect(aws?.evidence).toHaveLength(MAX_EVIDENCE);
    expect(new Set(aws?.evidence.map((e) => e.dependency)).size).toBe(MAX_EVIDENCE);
  });

  it("matches PyPI names in normalised form and images without registry or library/ prefix", () => {
    const deps: Dependency[] = [
      { ecosystem: "pypi", name: "Scikit_Learn", version: null, file: "requirements.txt" },
      { ecosystem: "docker", name: "docker.io/library/mongo", version: "7", file: "compose.yaml" },
    ];
    expect(matchTechnologies(deps, []).map((t) => t.title)).toEqual(["MongoDB", "scikit-learn"]);
  });

  it("ignores files in vendored directories", () => {
    const files: RepoFile[] = [{ path: "node_modules/x/Dockerfile", content: "FROM node\n", size: 10 }];
    expect(matchTechnologies([], files)).toEqual([]);
  });
});

describe("the rules table", () => {
  it("holds at least 500 technologies with unique titles and known domains", () => {
    expect(TECHNOLOGY_RULES.length).toBeGreaterThanOrEqual(500);
    const unique = new Set(TECHNOLOGY_RULES.map((r) => r.title.toLowerCase()));
    expect(unique.size).toBe(TECHNOLOGY_RULES.length);
    for (const rule of TECHNOLOGY_RULES) expect(DOMAINS).toContain(rule.domain);
  });

  it("gives every rule at least one way to match", () => {
    const ways = (r: (typeof TECHNOLOGY_RULES)[number]) =>
      Object.values(r.dependencies ?? {}).flat().length +
      [r.images, r.files, r.contents, r.providers, r.resources, r.signals].reduce((n, l) => n + (l?.length ?? 0), 0);
    const empty = TECHNOLOGY_RULES.filter((r) => ways(r) === 0).map((r) => r.title);
    expect(empty).toEqual([]);
  });
});
