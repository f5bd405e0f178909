import { describe, expect, it } from "vitest";
import { analyzeFiles, type RepoFile } from "../../worker/features/analysis";
import { requiredLiteral } from "../../worker/features/analysis/match";

const file = (path: string, content: string): RepoFile => ({ path, content, size: content.length });

async function detected(files: RepoFile[]) {
  const result = await analyzeFiles(files);
  const confident = result.technologies.filter((t) => t.confidence !== "low").map((t) => t.title);
  return { confident, result };
}

describe("front-end packages installed without package.json", () => {
  it("reads Symfony's importmap.php entries that have a version, not the app's own files", async () => {
    const importmap = [
      "<?php",
      "return [",
      "    'app' => [",
      "        'path' => './assets/app.js',",
      "        'entrypoint' => true,",
      "    ],",
      "    '@hotwired/stimulus' => [",
      "        'version' => '3.2.2',",
      "    ],",
      "    'highlight.js/lib/core' => [",
      "        'version' => '11.11.1',",
      "    ],",
      "    'bootstrap' => [",
      "        'version' => '5.3.8',",
      "    ],",
      "];",
    ].join("\n");
    const { confident, result } = await detected([file("importmap.php", importmap)]);
    expect(confident).toEqual(expect.arrayContaining(["Stimulus", "highlight.js", "Bootstrap"]));
    const names = result.dependencies.map((d) => d.name);
    expect(names).toEqual(["@hotwired/stimulus", "highlight.js", "bootstrap"]);
  });

  it("reads Rails' config/importmap.rb pins and LibMan's libraries", async () => {
    const pins = [
      'pin "application"',
      'pin "d3", to: "https://cdn.jsdelivr.net/npm/d3@7.9.0/+esm"',
      'pin_all_from "app/javascript/controllers", under: "controllers"',
      'pin "@hotwired/turbo-rails", to: "turbo.min.js"',
    ].join("\n");
    const libman = JSON.stringify({
      version: "1.0",
      defaultProvider: "cdnjs",
      libraries: [
        { library: "jquery@3.6.3", destination: "wwwroot/lib/jquery/" },
        { library: "twitter-bootstrap@3.4.1", destination: "wwwroot/lib/bootstrap/" },
      ],
    });
    const { confident, result } = await detected([
      file("config/importmap.rb", pins),
      file("src/Web/libman.json", libman),
    ]);
    expect(confident).toEqual(expect.arrayContaining(["D3.js", "Turbo", "jQuery", "Bootstrap"]));
    expect(result.dependencies.find((d) => d.name === "d3")?.version).toBe("7.9.0");
  });
});

describe("build and deployment configuration", () => {
  it("reads the dependencies of Maven profiles", async () => {
    const pom = [
      "<project>",
      "  <groupId>io.example</groupId><artifactId>shop</artifactId><version>1.0</version>",
      "  <dependencies>",
      "    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-test</artifactId><scope>test</scope></dependency>",
      "  </dependencies>",
      "  <profiles>",
      "    <profile><id>dev</id><dependencies>",
      "      <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>",
      "    </dependencies></profile>",
      "    <profile><id>prod</id><dependencies>",
      "      <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>",
      "    </dependencies></profile>",
      "  </profiles>",
      "</project>",
    ].join("\n");
    const { confident } = await detected([file("pom.xml", pom)]);
    expect(confident).toEqual(expect.arrayContaining(["H2", "PostgreSQL", "JUnit"]));
  });

  it("reads a Compose file under another name, but not a services map without images", async () => {
    const monitoring = [
      "name: shop",
      "services:",
      "  grafana:",
      "    image: grafana/grafana:13.1.0",
      "  prometheus:",
      "    image: prom/prometheus:v3.13.0",
    ].join("\n");
    const azure = ["name: shop", "services:", "  redis:", "    project: ./src/Web", "    host: appservice"].join("\n");
    const { confident } = await detected([
      file("src/main/docker/monitoring.yml", monitoring),
      file("azure.yaml", azure),
    ]);
    expect(confident).toEqual(expect.arrayContaining(["Grafana", "Prometheus"]));
    expect(confident).not.toContain("Redis");
  });

  it("recognises Kubernetes manifests kept as ERB templates", async () => {
    const service = ["apiVersion: v1", "kind: Service", "metadata:", "  name: <%= environment %>-web"].join("\n");
    const { confident } = await detected([file("config/deploy/service.yaml.erb", service)]);
    expect(confident).toContain("Kubernetes");
  });

  it("takes rustfmt and Clippy from the cargo commands a workflow runs", async () => {
    const workflow = [
      "on: push",
      "jobs:",
      "  check:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - run: cargo fmt --all --check",
      "      - run: cargo +nightly clippy --workspace -- -D warnings",
    ].join("\n");
    const { confident, result } = await detected([file(".github/workflows/ci.yml", workflow)]);
    expect(confident).toEqual(expect.arrayContaining(["rustfmt", "Clippy"]));
    const clippy = result.technologies.find((t) => t.title === "Clippy");
    expect(clippy?.evidence[0]).toMatchObject({
      file: ".github/workflows/ci.yml",
      dependency: "cargo-clippy",
      line: 8,
    });
  });

  it("reads the database engine and cache backend of Django settings", async () => {
    const settings = [
      "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}",
      "CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache'}}",
      "EMAIL_BACKEND = 'django.core.mail.backends.dummy.EmailBackend'",
    ].join("\n");
    const { confident } = await detected([file("shop/settings/base.py", settings)]);
    expect(confident).toEqual(expect.arrayContaining(["SQLite", "Redis"]));
  });
});

describe("packages that wrap a technology", () => {
  it("knows Symfony bundles, webpack plugins and Font Awesome's scoped packages", async () => {
    const composer = JSON.stringify({
      require: { "symfony/monolog-bundle": "^3.10", "symfony/stimulus-bundle": "^2.2", "twbs/bootstrap": "^5.3" },
    });
    const pkg = JSON.stringify({
      private: true,
      dependencies: { "@fortawesome/angular-fontawesome": "^1.0.0" },
      devDependencies: { "copy-webpack-plugin": "^13.0.0" },
    });
    const { confident } = await detected([file("composer.json", composer), file("package.json", pkg)]);
    expect(confident).toEqual(expect.arrayContaining(["Monolog", "Stimulus", "Bootstrap", "Font Awesome", "Webpack"]));
  });

  it("does not take Searchkick for Elasticsearch: it talks to OpenSearch as well", async () => {
    const gemfile = ['source "https://rubygems.org"', 'gem "searchkick"', 'gem "opensearch-ruby"'].join("\n");
    const { confident } = await detected([file("Gemfile", gemfile)]);
    expect(confident).toContain("OpenSearch");
    expect(confident).not.toContain("Elasticsearch");
  });
});

describe("content rules' literal shortcut", () => {
  it("takes only text every match contains", () => {
    expect(requiredLiteral(/^import XCTest/m)).toBe("import XCTest");
    expect(requiredLiteral(/Sdk="Microsoft\.NET\.Sdk\.Web"/)).toBe('Sdk="Microsoft.NET.Sdk.Web"');
    expect(requiredLiteral(/colou?r/)).toBe("colo");
    expect(requiredLiteral(/^apiVersion:\s*\S+/m)).toBe("apiVersion:");
    expect(requiredLiteral(/kind|apiVersion/)).toBe("");
    expect(requiredLiteral(/find_package/i)).toBe("");
  });
});
