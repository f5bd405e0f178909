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
const PARSERS: readonly ManifestParser[] = [
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

/**
 * True when some manifest reader wants this path: what a remote source must fetch. The readers'
 * name tests come first: most paths are no manifest, and need no vendored-folder check.
 */
export function isManifestPath(path: string): boolean {
  const name = baseName(path);
  return PARSERS.some((parser) => parser.matches(path, name)) && !isVendoredPath(path);
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
  for (const parser of PARSERS) {
    if (!parser.matches(file.path, name)) continue;
    try {
      into.dependencies.push(...parser.parse(file, { files, signals: into.signals }));
    } catch (error) {
      into.problems.push({ path: file.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
