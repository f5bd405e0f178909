import type { Dependency } from "../types";
import { isTable, logicalLines, readYamlFast, table, text } from "./formats";
import { lineAt, type ManifestParser } from "./types";

/** "ghcr.io/a/b:1.2@sha256:..." → name "ghcr.io/a/b", version "1.2@sha256:..."; no tag gives null. */
export function splitImage(reference: string): { name: string; version: string | null } {
  const at = reference.indexOf("@");
  const digest = at >= 0 ? reference.slice(at + 1) : null;
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference;
  const colon = withoutDigest.lastIndexOf(":");
  const tag = colon > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(colon + 1) : null;
  const name = tag === null ? withoutDigest : withoutDigest.slice(0, colon);
  const version = tag && digest ? `${tag}@${digest}` : (tag ?? digest);
  return { name, version };
}

/** An image dependency found in `file`. */
export function imageDependency(reference: string, file: string): Dependency {
  return { ecosystem: "docker", ...splitImage(reference), file, scope: "runtime" };
}

const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i;

const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$/i;
/** Run only on names ending in "e" or "E": unanchored at the start, it would scan every name. */
const DOCKERFILE_SUFFIX = /\.(dockerfile|containerfile)$/i;

/**
 * Dockerfile / Containerfile (and `*.Dockerfile`, `Dockerfile.*`): every FROM image. Multi-stage
 * references to earlier stages and `scratch` are not images; ARG-substituted tags stay raw.
 */
export const dockerfile: ManifestParser = {
  matches: (_path, name) =>
    DOCKERFILE_NAME.test(name) || ((name.charCodeAt(name.length - 1) | 0x20) === 0x65 && DOCKERFILE_SUFFIX.test(name)),
  parse(file) {
    const stages = new Set<string>();
    const deps: Dependency[] = [];
    for (const line of logicalLines(file.content)) {
      const match = FROM.exec(line);
      if (!match) continue;
      const [, image = "", stage] = match;
      if (image.toLowerCase() !== "scratch" && !stages.has(image.toLowerCase())) {
        deps.push(imageDependency(image, file.path));
      }
      if (stage) stages.add(stage.toLowerCase());
    }
    return deps;
  },
};

/**
 * docker-compose.yml, compose.yaml and their override files: `services.*.image`, and each service's
 * name as a service signal (a service called "redis" built from another image is still Redis).
 */
export const composeFile: ManifestParser = {
  keys: ["yml", "yaml"],
  matches: (_path, name) => /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name),
  parse(file, context) {
    const doc = readYamlFast(file.content);
    const deps: Dependency[] = [];
    for (const [name, service] of Object.entries(table(doc, "services"))) {
      const image = isTable(service) ? text(service.image) : undefined;
      if (image) deps.push(imageDependency(image, file.path));
      const at = file.content.search(new RegExp(`^\\s+${name.replace(/[^\w-]/g, "")}:`, "m"));
      context.signals.push({
        kind: "service",
        name: name.toLowerCase(),
        file: file.path,
        ...(at >= 0 ? { line: lineAt(file.content, at) } : {}),
      });
    }
    return deps;
  },
};
