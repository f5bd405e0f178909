import type { Dependency, DependencyScope } from "../types";
import { isTable, readToml, table, text } from "./formats";
import type { ManifestParser } from "./types";

/** Gradle configuration name to scope; configurations not listed here are not dependencies we read. */
function configurationScope(configuration: string): DependencyScope | null {
  if (/^(test|androidTest|integrationTest|testFixtures)/.test(configuration)) return "test";
  if (/^(kapt|ksp|annotationProcessor|classpath|compileOnly|developmentOnly|detektPlugins)/.test(configuration)) {
    return "build";
  }
  if (
    /^(implementation|api|runtimeOnly|compile|runtime|debugImplementation|releaseImplementation)$/.test(configuration)
  ) {
    return "runtime";
  }
  return null;
}

const CONFIGURATIONS =
  "[a-zA-Z]*(?:[iI]mplementation|[aA]pi|[cC]ompileOnly|[rR]untimeOnly|[cC]ompile|[rR]untime)|kapt|ksp|annotationProcessor|classpath|detektPlugins";
/** `implementation("g:a:v")`, `implementation 'g:a:v'`, also wrapped in platform(...)/enforcedPlatform(...). */
const COORDINATE = new RegExp(
  `\\b(${CONFIGURATIONS})\\s*\\(?\\s*(?:(?:enforcedPlatform|platform)\\s*\\(\\s*)?["']([^"'\\s:]+):([^"'\\s:]+)(?::([^"'\\s@]+))?[^"']*["']`,
  "g",
);
/** `implementation group: 'g', name: 'a', version: 'v'` (Groovy map form). */
const MAP_FORM = new RegExp(
  `\\b(${CONFIGURATIONS})\\s*\\(?\\s*group\\s*[:=]\\s*["']([^"']+)["']\\s*,\\s*name\\s*[:=]\\s*["']([^"']+)["'](?:\\s*,\\s*version\\s*[:=]\\s*["']([^"']+)["'])?`,
  "g",
);
/** `id("org.springframework.boot") version "3.2.0"` or `id 'x' version 'y'` in a plugins block. */
const PLUGIN = /\bid\s*\(?\s*["']([^"']+)["']\s*\)?\s*(?:version\s*\(?\s*["']([^"']+)["'])?/g;

/** `kotlin("jvm") version "2.0.0"` in a Kotlin DSL plugins block. */
const KOTLIN_PLUGIN = /\bkotlin\s*\(\s*"([^"]+)"\s*\)\s*(?:version\s*"([^"]+)")?/g;

/** build.gradle and build.gradle.kts: string and map coordinates per configuration, plus plugin ids. */
export const gradleBuild: ManifestParser = {
  keys: ["gradle", "kts"],
  matches: (_path, name) => name === "build.gradle" || name === "build.gradle.kts",
  parse(file) {
    const source = file.content.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
    const deps: Dependency[] = [];
    for (const regex of [COORDINATE, MAP_FORM]) {
      for (const [, configuration = "", group, artifact, version] of source.matchAll(regex)) {
        const scope = configurationScope(configuration);
        if (scope === null) continue;
        deps.push({
          ecosystem: "gradle",
          name: `${group}:${artifact}`,
          version: version ?? null,
          file: file.path,
          scope,
        });
      }
    }
    const plugins = /\bplugins\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
    for (const [, id = "", version] of plugins.matchAll(PLUGIN)) {
      deps.push({ ecosystem: "gradle", name: id, version: version ?? null, file: file.path, scope: "build" });
    }
    for (const [, id = "", version] of plugins.matchAll(KOTLIN_PLUGIN)) {
      const name = `org.jetbrains.kotlin.${id}`;
      deps.push({ ecosystem: "gradle", name, version: version ?? null, file: file.path, scope: "build" });
    }
    return deps;
  },
};

/** gradle/libs.versions.toml: [libraries] and [plugins], with `version.ref` resolved from [versions]. */
export const gradleVersionCatalog: ManifestParser = {
  keys: ["toml"],
  matches: (_path, name) => name.endsWith(".versions.toml"),
  parse(file) {
    const doc = readToml(file.content);
    const versions = table(doc, "versions");
    const versionOf = (spec: unknown): string | null => {
      if (!isTable(spec)) return text(spec) ?? null;
      const inline = text(spec.version);
      if (inline !== undefined) return inline;
      const ref = text(table(spec, "version").ref) ?? text(spec["version.ref"]);
      if (ref !== undefined) return text(versions[ref]) ?? null;
      return text(table(spec, "version").strictly) ?? text(table(spec, "version").prefer) ?? null;
    };
    const deps: Dependency[] = [];
    for (const spec of Object.values(table(doc, "libraries"))) {
      if (typeof spec === "string") {
        const [group, artifact, version] = spec.split(":");
        if (group && artifact) {
          const name = `${group}:${artifact}`;
          deps.push({ ecosystem: "gradle", name, version: version ?? null, file: file.path, scope: "runtime" });
        }
        continue;
      }
      if (!isTable(spec)) continue;
      const name =
        text(spec.module) ?? (spec.group && spec.name ? `${text(spec.group)}:${text(spec.name)}` : undefined);
      if (name !== undefined)
        deps.push({ ecosystem: "gradle", name, version: versionOf(spec), file: file.path, scope: "runtime" });
    }
    for (const spec of Object.values(table(doc, "plugins"))) {
      const id = isTable(spec) ? text(spec.id) : text(spec)?.split(":")[0];
      const version = isTable(spec) ? versionOf(spec) : (text(spec)?.split(":")[1] ?? null);
      if (id !== undefined) deps.push({ ecosystem: "gradle", name: id, version, file: file.path, scope: "build" });
    }
    return deps;
  },
};
