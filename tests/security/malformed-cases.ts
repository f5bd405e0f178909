/**
 * Malformed requests derived from an operation's own OpenAPI schema, deterministically: the same
 * document always gives the same cases in the same order (no random values anywhere).
 */

/** The part of a JSON Schema (OpenAPI 3.1) the cases are derived from. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
}

/** One parameter of an operation as the document declares it. */
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
}

/**
 * One bad request: `field` is the input it spoils (a dotted body path, a query or path parameter),
 * which a 400 must name; `path`/`query`/`body`/`contentType` replace the operation's valid ones.
 */
export interface BadCase {
  label: string;
  field?: string;
  /** Well-typed but odd input (FTS syntax, a huge page): any answer but a 5xx will do. */
  lenient?: boolean;
  headers?: Record<string, string>;
  pathValue?: { index: number; value: string };
  query?: [string, string][];
  /** Appended to the query string as is (broken percent-encoding). */
  rawQuery?: string;
  body?: string;
  contentType?: string | null;
  /** A multipart body: text fields and files, in order. */
  form?: [string, string | FilePart][];
}

/** A file in a multipart body. */
export interface FilePart {
  filename: string;
  type: string;
  content: string;
}

type Kind = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
type Resolve = (s: Schema) => Schema;

/** A value of each JSON type, sent where the schema accepts another. */
const WRONG: [Kind, unknown][] = [
  ["string", "wrong-type"],
  ["number", 12345],
  ["boolean", true],
  ["object", { wrong: "type" }],
  ["array", ["wrong", "type"]],
  ["null", null],
];
const FORMATS: Record<string, string[]> = {
  "date-time": ["yesterday at noon", "2026-02-30T00:00:00Z"],
  date: ["31/12/2026", "2026-02-30"],
  uri: ["not a url"],
  email: ["not-an-email"],
};
const NOT_IN_ENUM = "zz-not-an-option";
/** Multipart content types a JSON text does not parse as. */
const MULTIPART = ["multipart/form-data", "multipart/form-data; boundary=zzz"];
const UNKNOWN_FIELD = "zzUnknownField";
/** Path ids of the wrong shape; `raw` ones go into the URL unencoded. */
const BAD_IDS: { label: string; value: string; raw?: boolean }[] = [
  { label: "an id of another kind's shape", value: "tech_x" },
  { label: "500 characters", value: "x".repeat(500) },
  { label: "a NUL byte", value: "%00", raw: true },
  { label: "an encoded ../", value: "../" },
  { label: "a raw ..", value: "..", raw: true },
  { label: "broken percent-encoding", value: "%E0%A4%A", raw: true },
];
/** Free text that means something to FTS5, LIKE, SQL or a URL decoder: accepted or refused, never a crash. */
const ODD_TEXT = ['"unbalanced', "NEAR(a b", "*", "100%_\\", "' OR 1=1 --"];

/** The JSON types a schema accepts, or undefined when it accepts any. */
export function kindsOf(s: Schema, resolve: Resolve): Kind[] | undefined {
  const r = resolve(s);
  if (r.type) return (Array.isArray(r.type) ? r.type : [r.type]) as Kind[];
  const branches = r.anyOf ?? r.oneOf;
  if (branches) {
    const all = branches.map((b) => kindsOf(b, resolve));
    return all.some((k) => k === undefined) ? undefined : [...new Set(all.flat() as Kind[])];
  }
  if (r.enum) return [...new Set(r.enum.map((v) => (v === null ? "null" : (typeof v as Kind))))];
  return undefined;
}

const accepts = (kinds: Kind[], kind: Kind) => kinds.includes(kind) || (kind === "number" && kinds.includes("integer"));

/** A value the schema accepts, for required fields the valid body lacks and array items. */
export function sample(s: Schema, resolve: Resolve): unknown {
  const r = resolve(s);
  if (r.enum?.length) return r.enum[0];
  const kinds = kindsOf(r, resolve) ?? ["string"];
  if (r.anyOf ?? r.oneOf) return sample((r.anyOf ?? r.oneOf ?? [])[0] ?? {}, resolve);
  const kind = kinds.find((k) => k !== "null") ?? "null";
  if (kind === "string") {
    if (r.format === "date-time") return "2026-01-01T00:00:00Z";
    if (r.format === "date") return "2026-01-01";
    if (r.format === "uri") return "https://example.test/x";
    if (r.format === "email") return "someone@example.test";
    return "a".repeat(Math.max(r.minLength ?? 1, 1));
  }
  if (kind === "integer" || kind === "number") return r.minimum ?? 1;
  if (kind === "boolean") return false;
  if (kind === "array") return Array.from({ length: r.minItems ?? 0 }, () => sample(r.items ?? {}, resolve));
  if (kind === "object") {
    const required = r.required ?? [];
    return Object.fromEntries(required.map((name) => [name, sample(r.properties?.[name] ?? {}, resolve)]));
  }
  return null;
}

/** A string's format, or the first of its branches' when every branch has one (date or date-time). */
function formatOf(r: Schema, resolve: Resolve): string | undefined {
  const branches = (r.anyOf ?? r.oneOf ?? []).map(resolve);
  if (r.format || !branches.length || !branches.every((b) => b.format)) return r.format;
  return branches[0]?.format;
}

const failsPattern = (pattern: string) =>
  ["", "has space/and ../slash", "\u0000", "-"].find((c) => !new RegExp(pattern, "u").test(c));

/** Values the schema refuses, each with what is wrong with it. */
export function badValues(s: Schema, resolve: Resolve): { label: string; value: unknown }[] {
  const r = resolve(s);
  const kinds = kindsOf(r, resolve);
  const out: { label: string; value: unknown }[] = [];
  if (kinds) {
    for (const [kind, value] of WRONG) {
      if (!accepts(kinds, kind)) out.push({ label: `${kind} instead of ${kinds.join(" or ")}`, value });
    }
  }
  if (r.enum?.every((v) => typeof v === "string")) out.push({ label: "a value not in the enum", value: NOT_IN_ENUM });
  if (kinds?.includes("string") && !r.enum) {
    if (r.maxLength !== undefined)
      out.push({ label: `${r.maxLength + 1} characters`, value: "a".repeat(r.maxLength + 1) });
    if ((r.minLength ?? 0) >= 1) out.push({ label: "empty", value: "" });
    const off = r.pattern === undefined ? undefined : failsPattern(r.pattern);
    if (off !== undefined) out.push({ label: `not matching ${r.pattern}`, value: off });
    const format = formatOf(r, resolve);
    for (const value of format === undefined ? [] : (FORMATS[format] ?? [])) {
      out.push({ label: `not a ${format}: ${value}`, value });
    }
  }
  if (kinds && (accepts(kinds, "number") || kinds.includes("integer"))) {
    const integer = kinds.includes("integer") && !kinds.includes("number");
    out.push({ label: "a NaN-like string", value: "NaN" });
    if (integer) out.push({ label: "not an integer", value: 1.5 });
    if (r.minimum !== undefined) out.push({ label: `below the minimum ${r.minimum}`, value: r.minimum - 1 });
    if (r.minimum !== undefined && r.minimum > 0) out.push({ label: "negative", value: -1 });
    if (r.maximum !== undefined) out.push({ label: `above the maximum ${r.maximum}`, value: r.maximum + 1 });
    if (r.maximum !== undefined || integer) out.push({ label: "huge (1e308)", value: 1e308 });
  }
  if (kinds?.includes("array")) {
    if ((r.minItems ?? 0) >= 1) out.push({ label: "an empty array", value: [] });
    if (r.maxItems !== undefined && r.maxItems <= 1000) {
      const item = sample(r.items ?? {}, resolve);
      out.push({ label: `${r.maxItems + 1} items`, value: Array.from({ length: r.maxItems + 1 }, () => item) });
    }
    const wrongItem = r.items ? badValues(r.items, resolve)[0] : undefined;
    if (wrongItem) out.push({ label: `an item that is ${wrongItem.label}`, value: [wrongItem.value] });
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Number literals JSON.parse turns into something no schema means: 1e400 is Infinity. */
const RAW_NUMBERS = ["1e400", "-1e400"];
const RAW_MARK = "__raw_number__";

/** A well-formed id no row has: a write naming it must refuse it whole, even beside ids that exist. */
export const MISSING_ID = "zz_0000000000000000000000000";
export const MISSING_ID_LABEL = "an id that does not exist";

/** For a field named like an id (`technologyId`, `repositoryIds`, `ids`), that id or list with it added. */
function missingIdValue(name: string, kinds: Kind[] | undefined, current: unknown): unknown {
  if (/Id$/.test(name) && kinds?.includes("string")) return MISSING_ID;
  if (/(Ids|^ids)$/.test(name) && kinds?.includes("array"))
    return [...(Array.isArray(current) ? current : []), MISSING_ID];
  return undefined;
}

/** Each field of an object body spoiled in turn, nested objects too (`filters.since`). */
export function fieldCases(
  s: Schema,
  base: Record<string, unknown>,
  resolve: Resolve,
  wrap: (inner: Record<string, unknown>) => unknown,
  prefix: string,
): BadCase[] {
  const r = resolve(s);
  const json = (inner: Record<string, unknown>) => JSON.stringify(wrap(inner));
  const out: BadCase[] = [];
  for (const [name, prop] of Object.entries(r.properties ?? {})) {
    const field = `${prefix}${name}`;
    for (const bad of badValues(prop, resolve)) {
      out.push({ label: `${field}: ${bad.label}`, field, body: json({ ...base, [name]: bad.value }) });
    }
    const kinds = kindsOf(prop, resolve);
    if (kinds?.includes("integer") || kinds?.includes("number")) {
      for (const raw of RAW_NUMBERS) {
        const body = json({ ...base, [name]: RAW_MARK }).replace(`"${RAW_MARK}"`, raw);
        out.push({ label: `${field}: the literal ${raw}`, field, body });
      }
    }
    const missing = missingIdValue(name, kinds, base[name]);
    if (missing !== undefined) {
      out.push({ label: `${field}: ${MISSING_ID_LABEL}`, body: json({ ...base, [name]: missing }) });
    }
    const p = resolve(prop);
    if (p.properties && kindsOf(p, resolve)?.includes("object")) {
      const inner = isRecord(base[name]) ? base[name] : (sample(p, resolve) as Record<string, unknown>);
      out.push(...fieldCases(p, inner, resolve, (x) => wrap({ ...base, [name]: x }), `${field}.`));
    }
  }
  for (const name of r.required ?? []) {
    if (!(name in base)) continue;
    const { [name]: _, ...rest } = base;
    out.push({ label: `${prefix}${name}: missing`, field: `${prefix}${name}`, body: json(rest) });
  }
  if (r.additionalProperties === false) {
    for (const name of [UNKNOWN_FIELD, "__proto__", "constructor"]) {
      const field = `${prefix}${name}`;
      const body = json({ ...base, [RAW_MARK]: { polluted: true } }).replace(`"${RAW_MARK}"`, JSON.stringify(name));
      out.push({ label: `${field}: an unknown field`, field, body });
    }
  }
  return out;
}

/**
 * Bad JSON bodies for an operation whose valid body is `base`: not JSON, the wrong JSON type, every
 * field spoiled, wrong content types. `required` is false where the route also takes no body.
 */
export function jsonBodyCases(
  s: Schema,
  base: Record<string, unknown>,
  resolve: Resolve,
  required: boolean,
): BadCase[] {
  const valid = JSON.stringify(base);
  const out: BadCase[] = [
    { label: "a body that is not JSON", body: `{"title": "unterminated` },
    { label: "a JSON array instead of an object", body: "[]" },
    { label: "a JSON string instead of an object", body: '"text"' },
    { label: "JSON null instead of an object", body: "null" },
    { label: "a JSON number instead of an object", body: "42" },
  ];
  if (required) out.push({ label: "an empty body", body: "" });
  const types = [null, "text/plain", "application/x-www-form-urlencoded", "application/xml", ...MULTIPART];
  for (const type of types) {
    out.push({ label: `valid JSON sent as ${type ?? "no content type"}`, body: valid, contentType: type });
  }
  out.push(...fieldCases(s, base, resolve, (x) => x, ""));
  const versioned = resolve(s).properties?.version?.description?.includes("If-Match");
  if (versioned) out.push({ label: "If-Match that is not an ETag", body: valid, headers: { "if-match": "garbage" } });
  return out;
}

/** A body of `bytes` bytes that is otherwise well-formed JSON, for a route's body limit. */
export const oversizedBody = (bytes: number): BadCase => ({
  label: `a body of ${bytes} bytes, over the route's limit`,
  body: JSON.stringify({ pad: "p".repeat(bytes) }),
});

/** Comma-separated filters document their values in prose: "Comma-separated status values: a, b". */
const listedValues = (s: Schema) => /Comma-separated [\w ]+ values: (.+)$/.exec(s.description ?? "")?.[1];

/** A query parameter's bad values as text, repeated, and (when required) missing. */
export function queryCases(param: Parameter, base: [string, string][], resolve: Resolve, read: boolean): BadCase[] {
  const s = resolve(param.schema ?? {});
  const others = base.filter(([k]) => k !== param.name);
  const field = param.name;
  const out: BadCase[] = [];
  const kinds = kindsOf(s, resolve) ?? [];
  const numeric = kinds.includes("integer") || kinds.includes("number");
  for (const bad of badValues(s, resolve)) {
    if (typeof bad.value === "object" || typeof bad.value === "boolean") continue;
    if (bad.value === "" && !numeric) continue;
    if (typeof bad.value === "number" && !numeric) continue;
    out.push({ label: `?${field}: ${bad.label}`, field, query: [...others, [field, String(bad.value)]] });
  }
  if (numeric) out.push({ label: `?${field}: not a number`, field, query: [...others, [field, "abc"]] });
  if (listedValues(s))
    out.push({ label: `?${field}: a value not listed`, field, query: [...others, [field, NOT_IN_ENUM]] });
  const one = base.find(([k]) => k === param.name)?.[1] ?? String(sample(s, resolve));
  out.push({ label: `?${field}: repeated`, field, query: [...others, [field, one], [field, one]] });
  if (param.required) out.push({ label: `?${field}: missing`, field, query: others });
  if (read && kinds.includes("string") && !s.enum && !formatOf(s, resolve) && !s.pattern) {
    for (const text of ODD_TEXT)
      out.push({ label: `?${field}: ${JSON.stringify(text)}`, lenient: true, query: [...others, [field, text]] });
  }
  for (const value of read && formatOf(s, resolve)?.startsWith("date") ? EXTREME_DATES : []) {
    out.push({ label: `?${field}: ${value}`, lenient: true, query: [...others, [field, value]] });
  }
  if (read) {
    for (const raw of ["%E0%A4%A", "%"]) {
      out.push({ label: `?${field}: raw ${raw}`, lenient: true, query: others, rawQuery: `${field}=${raw}` });
    }
  }
  if (read && numeric && s.maximum === undefined) {
    out.push({
      label: `?${field}: the largest safe integer`,
      lenient: true,
      query: [...others, [field, String(Number.MAX_SAFE_INTEGER)]],
    });
  }
  return out;
}

/** A path parameter of the wrong shape: ids mangled, or a number that is not one. */
export function pathCases(param: Parameter, index: number, resolve: Resolve): BadCase[] {
  const s = resolve(param.schema ?? {});
  const kinds = kindsOf(s, resolve) ?? [];
  const at = (value: string) => ({ index, value });
  if (kinds.includes("integer")) {
    return ["abc", "0", "-1", "1.5", "1e308"].map((v) => ({ label: `/${param.name}: ${v}`, pathValue: at(v) }));
  }
  return BAD_IDS.map((bad) => ({
    label: `/${param.name}: ${bad.label}`,
    pathValue: at(bad.raw ? bad.value : encodeURIComponent(bad.value)),
  }));
}

/** The first extension a file field's description lists (".csv, .json or .xlsx"), to name a sample file. */
const extensionOf = (s: Schema) => /\.(\w+)/.exec(s.description ?? "")?.[1] ?? "txt";

/**
 * Bad multipart bodies: a text field sent as a file, values outside a field's enum, and the file
 * missing, sent as text, or of a kind the route does not read.
 */
export function multipartCases(s: Schema, resolve: Resolve): BadCase[] {
  const props = Object.entries(resolve(s).properties ?? {}).map(([name, p]) => [name, resolve(p)] as const);
  const fileName = props.find(([, p]) => p.format === "binary")?.[0];
  const file = (ext: string): FilePart => ({ filename: `sample.${ext}`, type: "text/plain", content: "sample" });
  const base: [string, string | FilePart][] = props.flatMap(([name, p]) =>
    name === fileName ? [[name, file(extensionOf(p))] as [string, FilePart]] : [],
  );
  const out: BadCase[] = [];
  for (const [name, p] of props) {
    if (name === fileName) continue;
    out.push({ label: `${name}: a file instead of text`, field: name, form: [...base, [name, file("txt")]] });
    if (p.enum)
      out.push({ label: `${name}: a value not in the enum`, field: name, form: [...base, [name, NOT_IN_ENUM]] });
  }
  if (fileName) {
    const others = base.filter(([n]) => n !== fileName);
    out.push({ label: `${fileName}: missing`, field: fileName, form: others });
    out.push({
      label: `${fileName}: text instead of a file`,
      field: fileName,
      form: [...others, [fileName, "sample"]],
    });
    const exe: FilePart = { filename: "sample.exe", type: "application/x-msdownload", content: "MZ" };
    out.push({ label: `${fileName}: an .exe`, form: [...others, [fileName, exe]] });
  }
  return out;
}

/** Dates a date or date-time parameter accepts at the edges of what Date and SQLite handle. */
const EXTREME_DATES = ["0000-01-01", "9999-12-31", "9999-12-31T23:59:59.999Z", "2026-01-01T00:00:00+14:00"];

/** Query names that are also members of every object: repeated, they meet parsers that build objects. */
const PROTO_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

/** Unknown query parameters named like Object.prototype members, once and repeated: ignored or refused, never a crash. */
export function prototypeQueryCases(base: [string, string][]): BadCase[] {
  return PROTO_NAMES.flatMap((name) => [
    { label: `?${name}=1`, lenient: true, query: [...base, [name, "1"]] as [string, string][] },
    { label: `?${name} repeated`, lenient: true, query: [...base, [name, "1"], [name, "2"]] as [string, string][] },
  ]);
}
