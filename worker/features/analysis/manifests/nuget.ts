import type { Dependency, RepoFile } from "../types";
import { baseName } from "../vendored";
import { isTable, list, parseValidXml, table, text, validateXml } from "./formats";
import { type MsBuildParts, scanMsBuild } from "./msbuild-scan";
import type { ManifestParser, ParseContext } from "./types";

/**
 * The SDKs and `element` items of a validated MSBuild file: scanned from its tags, or from a full
 * parse when the scan cannot model the document (both give the same parts).
 */
function readMsBuild(content: string, element: string): MsBuildParts {
  validateXml(content);
  const scanned = scanMsBuild(content, element);
  if (scanned) return scanned;
  const project = table(parseValidXml(content), "Project");
  return {
    sdk: text(project["@Sdk"]),
    sdkNames: list(project.Sdk).map((sdk) => (isTable(sdk) ? text(sdk["@Name"]) : undefined)),
    items: list(project.ItemGroup)
      .flatMap((group) => list(isTable(group) ? group[element] : undefined))
      .filter(isTable),
  };
}

/** Central versions already read, per repository (its file list), so each props file is parsed once. */
const centralByRepository = new WeakMap<readonly RepoFile[], Map<string, string>>();

/** Central package versions from Directory.Packages.props files in the repository. */
function centralVersions(context: ParseContext): Map<string, string> {
  const known = centralByRepository.get(context.files);
  if (known) return known;
  const versions = new Map<string, string>();
  centralByRepository.set(context.files, versions);
  for (const file of context.files) {
    if (baseName(file.path) !== "Directory.Packages.props") continue;
    try {
      for (const item of readMsBuild(file.content, "PackageVersion").items) {
        const name = text(item["@Include"]);
        const version = text(item["@Version"]);
        if (name && version) versions.set(name.toLowerCase(), version);
      }
    } catch {
      // Unreadable props files only mean versions stay unknown.
    }
  }
  return versions;
}

/**
 * *.csproj / *.fsproj / *.vbproj: <PackageReference Include="X" Version="1.0" /> or with a <Version>
 * child element; versions managed centrally come from Directory.Packages.props. Project SDKs that
 * are NuGet packages (`<Project Sdk="MSTest.Sdk">`, `Aspire.AppHost.Sdk/9.0.0`) count as build
 * dependencies; the built-in `Microsoft.NET.Sdk*` ones do not.
 */
export const msbuildProject: ManifestParser = {
  keys: ["csproj", "fsproj", "vbproj"],
  matches: (_path, name) => /\.(cs|fs|vb)proj$/.test(name),
  parse(file: RepoFile, context) {
    const { sdk, sdkNames, items } = readMsBuild(file.content, "PackageReference");
    let central: Map<string, string> | undefined;
    const deps: Dependency[] = [];
    const sdks = [sdk, ...sdkNames];
    for (const sdk of sdks.flatMap((value) => (value ?? "").split(";"))) {
      const [name = "", version = null] = sdk.trim().split("/");
      if (name && !/^Microsoft\.NET\.Sdk/i.test(name)) {
        deps.push({ ecosystem: "nuget", name, version, file: file.path, scope: "build" });
      }
    }
    for (const item of items) {
      const name = text(item["@Include"]) ?? text(item["@Update"]);
      if (!name) continue;
      let version = text(item["@Version"]) ?? text(item.Version) ?? text(item["@VersionOverride"]) ?? null;
      if (version === null) {
        central ??= centralVersions(context);
        version = central.get(name.toLowerCase()) ?? null;
      }
      deps.push({ ecosystem: "nuget", name, version, file: file.path, scope: "runtime" });
    }
    return deps;
  },
};
