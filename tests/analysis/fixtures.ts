import type { RepoFile } from "../../worker/features/analysis";

const PREFIX = "../fixtures/repos/";

/** Every fixture file as raw text, dot-directories included (`.github/workflows`). */
const raw = import.meta.glob<string>(["../fixtures/repos/**/*", "../fixtures/repos/**/.*/**/*"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The files of one fixture repository under tests/fixtures/repos/<name>/, paths relative to it. */
export function fixtureRepo(name: string): RepoFile[] {
  const root = `${PREFIX}${name}/`;
  return Object.entries(raw)
    .filter(([path]) => path.startsWith(root))
    .map(([path, content]) => ({
      path: path.slice(root.length),
      content,
      size: new TextEncoder().encode(content).length,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
