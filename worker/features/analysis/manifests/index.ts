import type { Dependency, ManifestProblem, RepoFile } from "../types";
import { baseName, isVendoredPath } from "../vendored";
import { browserPackages } from "./browser";
import { cargoToml } from "./cargo";
import { ciFile, jenkinsfile, kubernetesManifest } from "./ci";
import { composerJson } from "./composer";
import { djangoSettings, envExample, platformFile, preCommitConfig, procfile } from "./config";
import { composeFile, dockerfile } from "./docker";
import { githubActions } from "./github-actions";
import { goMod } from "./go";
import { gradleBuild, gradleVersionCatalog } from "./gradle";
import { pomXml } from "./maven";
import { packageJson, packageLock } from "./npm";
import { msbuildProject } from "./nuget";
import { pubspecYaml } from "./pub";
import { pipfile, pyprojectToml, requirementsTxt } from "./python";
import { gemfile } from "./ruby";
import { packageSwift } from "./swift";
import { terraformFile } from "./terraform";
import type { ManifestParser, Signal } from "./types";

export type { Signal, SignalKind } from "./types";

/** Every manifest reader, in the order their dependencies are reported. */
export const MANIFEST_PARSERS: readonly ManifestParser[] = [
  packageJson,
  packageLock,
  requirementsTxt,
  pyprojectToml,
  pipfile,
  goMod,
  cargoToml,
  pomXml,
  gradleBuild,
  gradleVersionCatalog,
  gemfile,
  composerJson,
  browserPackages,
  msbuildProject,
  pubspecYaml,
  packageSwift,
  dockerfile,
  composeFile,
  githubActions,
  terraformFile,
  preCommitConfig,
  envExample,
  procfile,
  platformFile,
  djangoSettings,
  ciFile,
  jenkinsfile,
  kubernetesManifest,
];

/** Readers by each of their keys, and those without keys (asked about every name). */
const BY_KEY = new Map<string, ManifestParser[]>();
const UNKEYED: ManifestParser[] = [];
for (const parser of MANIFEST_PARSERS) {
  if (parser.keys === undefined) UNKEYED.push(parser);
  for (const key of parser.keys ?? []) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), parser]);
}

/** A name's key as readers declare theirs: the text after its last dot, or the whole name, lower-cased. */
export function nameKey(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1).toLowerCase();
}

/**
 * True when some manifest reader wants this path: what a remote source must fetch. Only the readers
 * whose keys include the name's are asked (and those without keys); the readers' name tests come
 * first: most paths are no manifest, and need no vendored-folder check.
 */
export function isManifestPath(path: string): boolean {
  const name = baseName(path);
  const keyed = BY_KEY.get(nameKey(name));
  const wanted =
    keyed?.some((parser) => parser.matches(path, name)) === true ||
    UNKEYED.some((parser) => parser.matches(path, name));
  return wanted && !isVendoredPath(path);
}

/** What `parseManifests` found. */
export interface ManifestResult {
  dependencies: Dependency[];
  problems: ManifestProblem[];
  /** Technology names seen in configuration (Terraform resources, hooks, drivers, commands, services). */
  signals: Signal[];
}

/**
 * Reads every known manifest outside vendored directories. A manifest that cannot be parsed is
 * reported in `problems` and the others are still read.
 */
export function parseManifests(files: readonly RepoFile[]): ManifestResult {
  const result: ManifestResult = { dependencies: [], problems: [], signals: [] };
  for (const file of files) parseManifest(file, files, result);
  return result;
}

/** Reads one file if it is a manifest, adding to `into`; `files` is the whole repository for cross-file lookups. */
export function parseManifest(file: RepoFile, files: readonly RepoFile[], into: ManifestResult): void {
  if (isVendoredPath(file.path)) return;
  const name = baseName(file.path);
  const key = nameKey(name);
  for (const parser of MANIFEST_PARSERS) {
    if ((parser.keys !== undefined && !parser.keys.includes(key)) || !parser.matches(file.path, name)) continue;
    try {
      into.dependencies.push(...parser.parse(file, { files, signals: into.signals }));
    } catch (error) {
      into.problems.push({ path: file.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
