import type { Dependency } from "../types";
import { imageDependency } from "./docker";
import { isTable, list, readYamlFast, type Table, table, text } from "./formats";
import type { ManifestParser } from "./types";

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
 * steps and reusable workflows, `docker://` images, and job container and service images.
 */
export const githubActions: ManifestParser = {
  matches: (path, name) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /^action\.ya?ml$/.test(name),
  parse(file) {
    const doc = readYamlFast(file.content);
    const deps: Dependency[] = [];
    for (const job of Object.values(table(doc, "jobs"))) {
      if (isTable(job)) deps.push(...fromJob(job, file.path));
    }
    const runs = table(doc, "runs");
    deps.push(...fromSteps(runs.steps, file.path));
    const image = text(runs.image);
    if (image?.startsWith("docker://")) deps.push(imageDependency(image.slice("docker://".length), file.path));
    return deps;
  },
};
