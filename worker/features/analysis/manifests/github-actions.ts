import type { Dependency } from "../types";
import { imageDependency } from "./docker";
import { isTable, list, readYamlFast, type Table, table, text } from "./formats";
import { lineAt, type ManifestParser, type ParseContext } from "./types";

function fromUses(uses: string, file: string): Dependency | null {
  if (uses.startsWith("./") || uses.includes("${{")) return null;
  if (uses.startsWith("docker://")) return imageDependency(uses.slice("docker://".length), file);
  const at = uses.lastIndexOf("@");
  const name = at > 0 ? uses.slice(0, at) : uses;
  const version = at > 0 ? uses.slice(at + 1) : null;
  return { ecosystem: "github-actions", name, version, file, scope: "build" };
}

function containerImage(value: unknown): string | undefined {
  const image = isTable(value) ? text(value.image) : text(value);
  return image && !image.includes("${{") ? image : undefined;
}

function fromSteps(steps: unknown, file: string): Dependency[] {
  return list(steps)
    .map((step) => (isTable(step) ? text(step.uses) : undefined))
    .filter((uses): uses is string => uses !== undefined)
    .map((uses) => fromUses(uses, file))
    .filter((dep): dep is Dependency => dep !== null);
}

const CARGO_COMMAND = /\bcargo\s+(?:\+\S+\s+)?([a-z][\w-]*)/g;

/**
 * Cargo subcommands a step runs, as the binaries they call ("cargo fmt" runs cargo-fmt, "cargo
 * clippy" runs cargo-clippy): tools that have no manifest entry of their own.
 */
function runSignals(steps: unknown, file: { path: string; content: string }, context: ParseContext): void {
  for (const step of list(steps)) {
    const run = isTable(step) ? text(step.run) : undefined;
    if (!run) continue;
    for (const m of run.matchAll(CARGO_COMMAND)) {
      const name = `cargo-${m[1]}`;
      if (context.signals.some((s) => s.file === file.path && s.name === name)) continue;
      const at = file.content.indexOf(m[0]);
      context.signals.push({
        kind: "command",
        name,
        file: file.path,
        ...(at >= 0 ? { line: lineAt(file.content, at) } : {}),
      });
    }
  }
}

function fromJob(job: Table, file: string): Dependency[] {
  const deps = fromSteps(job.steps, file);
  const reusable = text(job.uses);
  const workflow = reusable ? fromUses(reusable, file) : null;
  if (workflow) deps.push(workflow);
  const images = [containerImage(job.container), ...Object.values(table(job, "services")).map(containerImage)];
  for (const image of images) if (image) deps.push(imageDependency(image, file));
  return deps;
}

/**
 * GitHub Actions workflows (.github/workflows/*.yml) and action.yml files: `uses: owner/repo@ref`
 * steps and reusable workflows, `docker://` images, job container and service images, and the cargo
 * subcommands `run:` steps call (as command signals).
 */
export const githubActions: ManifestParser = {
  keys: ["yml", "yaml"],
  matches: (path, name) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /^action\.ya?ml$/.test(name),
  parse(file, context) {
    const doc = readYamlFast(file.content);
    const deps: Dependency[] = [];
    for (const job of Object.values(table(doc, "jobs"))) {
      if (!isTable(job)) continue;
      deps.push(...fromJob(job, file.path));
      runSignals(job.steps, file, context);
    }
    const runs = table(doc, "runs");
    deps.push(...fromSteps(runs.steps, file.path));
    const image = text(runs.image);
    if (image?.startsWith("docker://")) deps.push(imageDependency(image.slice("docker://".length), file.path));
    return deps;
  },
};
