import { XMLParser, XMLValidator } from "fast-xml-parser";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";

/** A manifest that cannot be read; its message ends up in `problems` as is. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ManifestError";
  }
}

/** A plain object parsed from JSON/TOML/YAML/XML. */
export type Table = Record<string, unknown>;

/** True for plain objects (not arrays, not null). */
export function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value[key]` when it is a table, else an empty table. */
export function table(value: unknown, key: string): Table {
  const inner = isTable(value) ? value[key] : undefined;
  return isTable(inner) ? inner : {};
}

/** The value as a string when it is one (numbers too, since XML and YAML may type versions). */
export function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** The value as an array: arrays as they are, a single value wrapped, nothing as empty. */
export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function reason(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

/** Parses a JSON document whose top level must be an object. */
export function readJson(content: string): Table {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ManifestError(`invalid JSON: ${reason(error)}`);
  }
  if (!isTable(value)) throw new ManifestError("invalid JSON: the top level is not an object");
  return value;
}

/** Parses a TOML document. */
export function readToml(content: string): Table {
  try {
    return parseToml(content);
  } catch (error) {
    throw new ManifestError(`invalid TOML: ${reason(error)}`);
  }
}

/** Parses a single YAML document; an empty document is an empty table. */
export function readYaml(content: string): Table {
  let value: unknown;
  try {
    value = parseYaml(content, { maxAliasCount: 1000 });
  } catch (error) {
    throw new ManifestError(`invalid YAML: ${reason(error)}`);
  }
  if (value === null || value === undefined) return {};
  if (!isTable(value)) throw new ManifestError("invalid YAML: the top level is not a mapping");
  return value;
}

/**
 * Parses a single YAML document like `readYaml`, about ten times faster (js-yaml, YAML 1.2 core
 * schema, the same values as `yaml` gives). js-yaml shares aliased nodes instead of copying them and
 * has no alias limit, so only readers that walk a bounded depth of the result (never recursively)
 * may use it: GitHub Actions workflows (the most numerous YAML files of a repository), Compose files,
 * pubspec.yaml and pre-commit configs. Its messages for broken YAML differ from `readYaml`'s.
 */
export function readYamlFast(content: string): Table {
  let value: unknown;
  try {
    value = loadYaml(content, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ManifestError(`invalid YAML: ${reason(error)}`);
  }
  if (value === null || value === undefined) return {};
  if (!isTable(value)) throw new ManifestError("invalid YAML: the top level is not a mapping");
  return value;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  // No callback takes a path: without this, the parser builds each element's path string for nothing.
  jPath: false,
});

/** Parses an XML document after validating it; attributes appear as `@Name`, all values are strings. */
export function readXml(content: string): Table {
  validateXml(content);
  return parseValidXml(content);
}

/** Throws the ManifestError `readXml` would for a document that is not well-formed XML. */
export function validateXml(content: string): void {
  const valid = XMLValidator.validate(content);
  if (valid !== true) throw new ManifestError(`invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
}

/** `readXml` for a document `validateXml` has passed. */
export function parseValidXml(content: string): Table {
  const value: unknown = xml.parse(content);
  if (!isTable(value)) throw new ManifestError("invalid XML: no root element");
  return value;
}

/** Splits text into lines, joining those continued with a trailing backslash. */
export function logicalLines(content: string): string[] {
  return content.replace(/\\\r?\n/g, " ").split(/\r?\n/);
}
