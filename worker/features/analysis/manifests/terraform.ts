import type { Dependency } from "../types";
import { stringEnd, stripComments } from "./comments";
import { lineAt, type ManifestParser } from "./types";

/** The body of the block whose "{" is at `open`, up to its matching "}". */
function blockBody(source: string, open: number): string {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const ch = source[at];
    if (ch === '"') at = stringEnd(source, at);
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return source.slice(open + 1, at);
  }
  return source.slice(open + 1);
}

/** Each `<keyword> [labels] {` block's first label (if any) and body. */
function blocks(source: string, keyword: string): { label: string | undefined; body: string }[] {
  const found: { label: string | undefined; body: string }[] = [];
  const pattern = new RegExp(`(?:^|\\n)\\s*${keyword}\\s*(?:"([^"]*)"\\s*)?\\{`, "g");
  for (const match of source.matchAll(pattern)) {
    found.push({ label: match[1], body: blockBody(source, (match.index ?? 0) + match[0].length - 1) });
  }
  return found;
}

/** The body with nested blocks removed, so only its own attributes remain. */
function topLevel(body: string): string {
  let out = "";
  let depth = 0;
  for (let at = 0; at < body.length; at++) {
    const ch = body[at];
    if (ch === '"') {
      const end = stringEnd(body, at);
      if (depth === 0) out += body.slice(at, end + 1);
      at = end;
    } else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

const attribute = (body: string, name: string): string | undefined =>
  new RegExp(`(?:^|[\\s,{])${name}\\s*=\\s*"([^"]*)"`).exec(body)?.[1];

/** "registry.terraform.io/hashicorp/aws" → "hashicorp/aws"; a bare name means a hashicorp provider. */
function providerSource(source: string | undefined, localName: string): string {
  if (!source) return `hashicorp/${localName}`;
  const parts = source.toLowerCase().split("/");
  return parts.length === 3 ? parts.slice(1).join("/") : parts.join("/");
}

/**
 * *.tf: providers from `terraform { required_providers { ... } }` (object and legacy string forms)
 * as "namespace/type", and registry or remote `module` sources. Local modules ("./x") are skipped.
 * Resource and data source types (`resource "aws_s3_bucket" "x"`) become resource signals.
 * A small block scanner instead of an HCL parser: the only JS HCL parsers are multi-megabyte WASM builds.
 */
export const terraformFile: ManifestParser = {
  keys: ["tf"],
  matches: (_path, name) => name.endsWith(".tf"),
  parse(file, context) {
    const source = stripComments(file.content, true);
    const deps: Dependency[] = [];
    const seen = new Set<string>();
    for (const match of source.matchAll(/(?:^|\n)\s*(?:resource|data)\s+"([\w-]+)"\s+"[^"]*"\s*\{/g)) {
      const type = match[1] ?? "";
      if (seen.has(type)) continue;
      seen.add(type);
      const line = lineAt(source, (match.index ?? 0) + match[0].indexOf(type));
      context.signals.push({ kind: "resource", name: type.toLowerCase(), file: file.path, line });
    }
    for (const terraform of blocks(source, "terraform")) {
      for (const required of blocks(terraform.body, "required_providers")) {
        deps.push(...requiredProviders(required.body, file.path));
      }
    }
    for (const module of blocks(source, "module")) {
      const own = topLevel(module.body);
      const moduleSource = attribute(own, "source");
      if (!moduleSource || moduleSource.startsWith(".")) continue;
      const version = attribute(own, "version") ?? null;
      deps.push({ ecosystem: "terraform", name: moduleSource, version, file: file.path, scope: "runtime" });
    }
    return deps;
  },
};

/** Top-level entries of a required_providers body; nested `source =` lines belong to their entry. */
function requiredProviders(body: string, file: string): Dependency[] {
  const deps: Dependency[] = [];
  const entry = /([A-Za-z][\w-]*)\s*=\s*(?:(\{)|"([^"]*)")/g;
  for (let match = entry.exec(body); match !== null; match = entry.exec(body)) {
    const [whole, localName = "", opener, legacyVersion] = match;
    let attributes = "";
    if (opener === "{") {
      attributes = blockBody(body, match.index + whole.length - 1);
      entry.lastIndex = match.index + whole.length + attributes.length + 1;
    }
    const name = providerSource(attribute(attributes, "source"), localName);
    const version = opener === "{" ? (attribute(attributes, "version") ?? null) : (legacyVersion ?? null);
    deps.push({ ecosystem: "terraform", name, version, file, scope: "runtime" });
  }
  return deps;
}

/** True for a terraform dependency that names a provider ("hashicorp/aws") rather than a module. */
export function isTerraformProvider(dep: Dependency): boolean {
  return dep.ecosystem === "terraform" && /^[\w-]+\/[\w-]+$/.test(dep.name);
}
