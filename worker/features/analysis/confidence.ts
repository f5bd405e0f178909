import { rememberLast } from "./last-answer";
import type { Confidence, Dependency } from "./types";

/**
 * Folders whose manifests describe something other than the project itself: examples, starters,
 * templates, samples, playgrounds, fixtures and vendored copies. What only they use is reported
 * with low confidence and does not reach the radar.
 */
const ASIDE_DIRS = new Set([
  "example",
  "examples",
  "playground",
  "playgrounds",
  "template",
  "templates",
  "sample",
  "samples",
  "demo",
  "demos",
  "starter",
  "starters",
  "fixture",
  "fixtures",
  "__fixtures__",
  "testdata",
  "test-fixtures",
  "vendor",
  "vendored",
  "third_party",
  "third-party",
  "thirdparty",
  "external",
  "quickstart",
  "quickstarts",
  "boilerplate",
  "boilerplates",
  "snippets",
  "tutorial",
  "tutorials",
]);

/** File names that say they are an example: "example.yaml", "sample-app.yaml", "docker-compose.example.yml". */
const ASIDE_FILE = /^(example|sample|demo)s?[-_.]|[-_.](example|sample|demo)s?\./;

/**
 * True when a path lives in an example, template, fixture or vendored folder (or a
 * `{{cookiecutter}}` one), or its file name says it is an example. A manifest's dependencies ask
 * about the same path one after another.
 */
export const isAsidePath = rememberLast((path: string) => {
  const segments = path.toLowerCase().split("/");
  return (
    ASIDE_FILE.test(segments.pop() ?? "") ||
    segments.some((s) => ASIDE_DIRS.has(s) || s.includes("{{") || s.endsWith("-example") || s.endsWith("-examples"))
  );
});

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** The better of two confidences. */
export function better(a: Confidence | undefined, b: Confidence): Confidence {
  return a === undefined || RANK[b] > RANK[a] ? b : a;
}

/**
 * Confidence of one piece of evidence: low in aside folders and for Go `// indirect` requirements,
 * medium for dev/test/build dependencies and for files or config lines, high for what the project
 * itself needs at run time.
 */
export function confidenceOf(file: string, dependency?: Dependency, configOnly = false): Confidence {
  if (isAsidePath(file) || dependency?.indirect) return "low";
  if (configOnly || dependency === undefined) return "medium";
  if (dependency.scope === "dev" || dependency.scope === "test" || dependency.scope === "build") return "medium";
  return "high";
}
