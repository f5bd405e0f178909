import type { Dependency } from "../types";
import { composeFile, imageDependency } from "./docker";
import { isTable, list, readYaml, type Table, text } from "./formats";
import { lineAt, type ManifestParser } from "./types";

/** An image reference as CI files write it: a string, or a table with `name` or `image`. */
function imageOf(value: unknown): string | undefined {
  const image = isTable(value) ? (text(value.name) ?? text(value.image)) : text(value);
  return image && !image.includes("$") && !image.includes("{{") ? image : undefined;
}

/** Images of every `image`, `services` and `docker` entry of a CI document, wherever they nest. */
function collectImages(node: unknown, into: string[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(node)) {
    for (const item of node) collectImages(item, into, depth + 1);
    return;
  }
  if (!isTable(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "image" || key === "container") {
      const image = imageOf(value);
      if (image) into.push(image);
    } else if (key === "services" || key === "docker") {
      for (const service of list(value)) {
        const image = imageOf(service);
        if (image) into.push(image);
        else collectImages(service, into, depth + 1);
      }
    }
    if (isTable(value) || Array.isArray(value)) collectImages(value, into, depth + 1);
  }
}

const CI_FILES =
  /(^|\/)(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|\.travis\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml|cloudbuild\.ya?ml|\.buildkite\/pipeline\.ya?ml|codemagic\.ya?ml)$/;

/**
 * CI configuration of GitLab, CircleCI, Travis, Azure Pipelines, Bitbucket, Drone, Woodpecker,
 * Cloud Build, Buildkite and Codemagic: the container images jobs run in and the service images
 * they start; Travis' `services:` names (postgresql, redis, ...) become service signals.
 */
export const ciFile: ManifestParser = {
  keys: ["yml", "yaml"],
  matches: (path) => CI_FILES.test(path),
  parse(file, context) {
    const doc: Table = readYaml(file.content);
    const images: string[] = [];
    collectImages(doc, images);
    if (/cloudbuild\.ya?ml$/.test(file.path)) {
      for (const step of list(doc.steps)) if (isTable(step) && text(step.name)) images.push(text(step.name) ?? "");
    }
    if (/\.travis\.ya?ml$/.test(file.path)) {
      for (const service of list(doc.services)) {
        const name = text(service);
        if (name) context.signals.push({ kind: "service", name: name.toLowerCase(), file: file.path });
      }
    }
    return [...new Set(images)].filter(Boolean).map((image) => imageDependency(image, file.path));
  },
};

/** Jenkinsfile: `docker.image('x')`, `image 'x'` and `docker { image 'x' }` agents. */
export const jenkinsfile: ManifestParser = {
  keys: ["jenkinsfile"],
  matches: (_path, name) => name === "Jenkinsfile" || name.endsWith(".jenkinsfile"),
  parse(file) {
    const deps: Dependency[] = [];
    for (const match of file.content.matchAll(/\b(?:docker\.image\(|image\s+)\s*['"]([^'"$]+)['"]/g)) {
      if (match[1]) deps.push(imageDependency(match[1], file.path));
    }
    return deps;
  },
};

const KUBERNETES = /^apiVersion:\s*\S+/m;
const COMPOSE_SERVICES = /^services:[ \t]*(#.*)?$/m;
const SERVICE_IMAGE = /^[ \t]+image:[ \t]*\S/m;
const KIND = /^kind:\s*\S+/m;
const IMAGE_LINE = /^\s*-?\s*image:\s*["']?([^\s"'#]+)/gm;

/**
 * Kubernetes manifests (any YAML with top-level `apiVersion` and `kind`, multi-document files
 * too): every container `image:`. Templated images (Helm `{{ }}`, `$VAR`) are skipped. Any other
 * YAML with a top-level `services:` map whose services name an `image:` is a Compose file under
 * another name (JHipster's `src/main/docker/postgresql.yml`) and is read as one.
 */
export const kubernetesManifest: ManifestParser = {
  keys: ["yml", "yaml"],
  matches: (path, name) =>
    /\.ya?ml$/.test(name) && !CI_FILES.test(path) && !/(^|\/)\.github\//.test(path) && !/compose/.test(name),
  parse(file, context) {
    if (!KUBERNETES.test(file.content) || !KIND.test(file.content)) {
      const compose = COMPOSE_SERVICES.test(file.content) && SERVICE_IMAGE.test(file.content);
      return compose ? composeFile.parse(file, context) : [];
    }
    const deps: Dependency[] = [];
    for (const match of file.content.matchAll(IMAGE_LINE)) {
      const image = match[1] ?? "";
      if (image && !image.includes("{{") && !image.includes("$")) deps.push(imageDependency(image, file.path));
    }
    const kinds = [...file.content.matchAll(/^kind:\s*(\w+)/gm)].map((m) => m[1] ?? "");
    for (const kind of new Set(kinds)) {
      const at = file.content.indexOf(`kind: ${kind}`);
      context.signals.push({
        kind: "service",
        name: `k8s:${kind.toLowerCase()}`,
        file: file.path,
        line: lineAt(file.content, at),
      });
    }
    return deps;
  },
};
