// @ts-check
// Values for the API fuzz: a valid example of a JSON Schema, and the bad values each field is
// replaced with. Everything here is data; nothing sends a request.

/** @typedef {{ [key: string]: any }} Schema */
/** A fuzz value with a short label for reports (huge values must not be printed whole). */
/** @typedef {{ label: string, value: unknown }} Bad */

export const HUGE_CHARS = 120_000;
/** URLs in bodies point at a closed loopback port, so nothing the Worker fetches leaves the machine. */
export const LOOPBACK_URL = "http://127.0.0.1:9";

/**
 * The schema a `$ref` names (one level at a time, recursively), or the schema itself.
 * @param {Schema} doc the OpenAPI document
 * @param {Schema | undefined} schema
 * @returns {Schema}
 */
export function deref(doc, schema) {
  if (!schema) return {};
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/components/schemas/", "");
    return deref(doc, doc.components?.schemas?.[name]);
  }
  return schema;
}

/**
 * The non-null type a schema declares (`["string", "null"]` → "string"), from `anyOf` too.
 * @param {Schema} schema
 * @returns {string | undefined}
 */
export function typeOf(schema) {
  const t = schema.type;
  if (Array.isArray(t)) return t.find((x) => x !== "null");
  if (typeof t === "string") return t;
  if (Array.isArray(schema.anyOf)) return typeOf(schema.anyOf[0] ?? {});
  if (schema.properties) return "object";
  return undefined;
}

let counter = 0;
/** A short token unique within this run, so valid creates do not collide with each other. */
export const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * A valid example for `schema`: required properties only for objects, enums' first value, formats
 * honoured, numbers inside their bounds. Hand-written baselines override it where the product
 * needs more (real ids, loopback URLs); this is the fallback for everything else.
 * @param {Schema} doc
 * @param {Schema | undefined} raw
 * @returns {unknown}
 */
export function example(doc, raw) {
  const schema = deref(doc, raw);
  if (schema.example !== undefined && typeOf(schema) !== "object") return schema.example;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (typeOf(schema)) {
    case "string": {
      if (schema.format === "uri") return `${LOOPBACK_URL}/fuzz/${uniq()}`;
      if (schema.format === "date") return "2027-01-31";
      if (schema.format === "date-time") return "2027-01-31T10:00:00.000Z";
      const text = `fuzz-${uniq()}`;
      return typeof schema.maxLength === "number" ? text.slice(0, schema.maxLength) : text;
    }
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => example(doc, schema.items));
    case "object": {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const key of schema.required ?? []) out[key] = example(doc, schema.properties?.[key]);
      return out;
    }
    default:
      return "fuzz";
  }
}

/** Strings that have broken parsers, databases, logs and templates elsewhere. */
export const ODD_STRINGS = [
  { label: "empty string", value: "" },
  { label: "spaces only", value: "   " },
  { label: "NUL", value: "\u0000" },
  { label: "embedded NUL", value: "a\u0000b" },
  { label: "RTL override", value: "\u202Etxt.exe\u202C" },
  { label: "emoji and ZWJ", value: "🦄🔥👩‍👩‍👧‍👦" },
  { label: "combining marks", value: "e\u0301\u0301\u0301\u0301" },
  { label: "lone surrogate", value: "\uD800x" },
  { label: "BOM and zero-width", value: "\uFEFF\u200B\u200D" },
  { label: "CRLF injection", value: "a\r\nX-Injected: 1" },
  { label: "SQL-ish", value: "'; DROP TABLE technologies; --" },
  { label: "LIKE wildcards", value: "%_%\\" },
  { label: "FTS syntax", value: '"NEAR(a b) OR * AND -x' },
  { label: "HTML-ish", value: "<script>alert(1)</script><img src=x onerror=alert(1)>" },
  { label: "path traversal", value: "../../../../etc/passwd" },
  { label: "encoded traversal", value: "%2e%2e%2f%2e%2e%2f%00" },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template placeholder is the point
  { label: "template-ish", value: "{{7*7}}${7*7}<%= 7*7 %>" },
  { label: "__proto__", value: "__proto__" },
  { label: "number-like", value: "1e309" },
  { label: "null-like", value: "null" },
];

/** Numbers outside what most fields accept. */
export const ODD_NUMBERS = [
  { label: "-1", value: -1 },
  { label: "0", value: 0 },
  { label: "fraction 1.5", value: 1.5 },
  { label: "huge 1e308", value: 1e308 },
  { label: "-1e308", value: -1e308 },
  { label: "2^53 + 2", value: 2 ** 53 + 2 },
  { label: "tiny 5e-324", value: 5e-324 },
];

/** URLs a parser or a target policy may trip on (none of them reachable off the machine). */
const ODD_URLS = [
  "http://[::1]:9/x",
  "http://user:pass@127.0.0.1:9/",
  "javascript:alert(1)",
  "file:///etc/passwd",
  "http://127.0.0.1:99999/",
  "http://%zz/",
  "http://127.0.0.1:9/%E0%A4%A",
  "http://xn--/",
  "http://127.0.0.1:9/?q=🦄",
  `http://127.0.0.1:9/${"p".repeat(1990)}`,
  "//127.0.0.1:9/relative",
  "http://0x7f.1:9/",
];
/** Dates that parse to nothing, to the edges of the Date range, or with odd offsets. */
const ODD_DATES = [
  "2026-02-30",
  "2026-13-01T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "2026-01-01T00:00:00+99:00",
  "2026-01-01T24:00:00Z",
  "1970-01-01T00:00:00Z",
  "2026-01-01 00:00:00",
  "1e12",
];
/** Cron expressions that are wrong, never fire, or push a parser's limits. */
const ODD_CRONS = [
  "* * * * * *",
  "60 * * * *",
  "*/0 * * * *",
  "0 0 31 2 *",
  "0 0 30 2 *",
  "@yearly",
  "0 0 * * 8",
  "5-1 * * * *",
  "L W # ? *",
  "0 0 29 2 1",
  "*/1,*/1,*/1 * * * *",
  "0 0 1 1 * 2099",
];
const ODD_TIMEZONES = [
  "Mars/Phobos",
  "UTC+99",
  "Etc/GMT+14",
  "Etc/GMT-15",
  "../../etc/localtime",
  "America/Argentina/ComodRivadavia",
];

/**
 * Strings shaped for what a field holds (URLs, dates, cron expressions, time zones), by its
 * format and name.
 * @param {string} name
 * @param {Schema} schema
 * @returns {Bad[]}
 */
export function shapedValuesFor(name, schema) {
  /** @type {(list: string[], what: string) => Bad[]} */
  const as = (list, what) => list.map((value) => ({ label: `${what} ${value.slice(0, 40)}`, value }));
  if (schema.format === "uri" || /url$/i.test(name)) return as(ODD_URLS, "URL");
  if (/date/.test(schema.format ?? "") || /(At|Date|since|from|to|From|To|asOf|Before)$/.test(name))
    return as(ODD_DATES, "date");
  if (/cron/i.test(name)) return as(ODD_CRONS, "cron");
  if (/timezone/i.test(name)) return as(ODD_TIMEZONES, "time zone");
  return [];
}

/**
 * Values of the wrong JSON type for a field of `type`.
 * @param {string | undefined} type
 * @returns {Bad[]}
 */
export function wrongTypes(type) {
  /** @type {Bad[]} */
  const all = [
    { label: "string", value: "not-the-right-type" },
    { label: "number", value: 12345 },
    { label: "boolean", value: true },
    { label: "object", value: { nested: { deeper: [1, "2", null] } } },
    { label: "array", value: ["a", 1, null, {}] },
  ];
  const skip = { string: "string", integer: "number", number: "number", boolean: "boolean", object: "object" };
  return all.filter(
    (b) =>
      b.label !== skip[/** @type {keyof typeof skip} */ (type ?? "")] && !(type === "array" && b.label === "array"),
  );
}

/**
 * Every bad value for one body field: wrong types, null, a huge string, odd strings and numbers,
 * an empty object, and bad array items for arrays.
 * @param {Schema} schema the field's (dereferenced) schema
 * @param {string} [name] the field's name, for values shaped like what it holds
 * @returns {Bad[]}
 */
export function badValuesFor(schema, name = "") {
  const type = typeOf(schema);
  /** @type {Bad[]} */
  const out = wrongTypes(type).map((b) => ({ label: `wrong type: ${b.label}`, value: b.value }));
  if (type === "string" || type === undefined) out.push(...shapedValuesFor(name, schema));
  out.push({ label: "null", value: null });
  out.push({ label: `huge string (${HUGE_CHARS} chars)`, value: "x".repeat(HUGE_CHARS) });
  out.push({ label: "empty object", value: {} });
  if (type === "string" || type === undefined) {
    out.push(...ODD_STRINGS.map((b) => ({ label: `odd string: ${b.label}`, value: b.value })));
    out.push({ label: "unicode huge (30000 emoji)", value: "🦄".repeat(30_000) });
  }
  if (type === "integer" || type === "number") {
    out.push(...ODD_NUMBERS.map((b) => ({ label: `number: ${b.label}`, value: b.value })));
  }
  if (type === "array") {
    out.push({ label: "array of null", value: [null] });
    out.push({ label: "array of huge strings", value: ["y".repeat(HUGE_CHARS)] });
    out.push({ label: "array of 5000 items", value: Array.from({ length: 5000 }, (_, i) => `i${i}`) });
    out.push({ label: "array of odd strings", value: ODD_STRINGS.map((b) => b.value) });
    out.push({ label: "nested arrays", value: [[["deep"]]] });
    out.push({ label: "empty array", value: [] });
  }
  if (type === "object") {
    out.push({ label: "array instead of object", value: [{}] });
    out.push({ label: "object with odd keys", value: { "": 1, "\u0000": 2, __proto__x: 3, "a.b": { c: null } } });
  }
  return out;
}

/**
 * Bad values for a query parameter (always text in a URL).
 * @param {string} name
 * @param {Schema} schema
 * @returns {Bad[]}
 */
export function badQueryValues(name, schema) {
  return [
    ...shapedValuesFor(name, schema),
    { label: "empty", value: "" },
    { label: "negative", value: "-1" },
    { label: "zero", value: "0" },
    { label: "fraction", value: "1.5" },
    { label: "huge number", value: "99999999999999999999999" },
    { label: "exponent", value: "1e309" },
    { label: "NaN", value: "NaN" },
    { label: "word", value: "abc" },
    { label: "long string (8000 chars)", value: "q".repeat(8000) },
    { label: "bad date", value: "2026-13-45T99:99:99Z" },
    { label: "comma list of junk", value: "a,,b,%,🦄" },
    ...ODD_STRINGS.map((b) => ({ label: `odd: ${b.label}`, value: b.value })),
  ];
}

/** Malformed path ids: wrong shape, too long, traversal, encodings, a well-formed id that does not exist. */
export const BAD_PATH_IDS = [
  { label: "nonexistent well-formed", value: "tech_00000000000000000000000000" },
  { label: "65 chars", value: "a".repeat(65) },
  { label: "2000 chars", value: "b".repeat(2000) },
  { label: "dot-dot", value: ".." },
  { label: "encoded slash", value: "%2F" },
  { label: "encoded NUL", value: "%00" },
  { label: "SQL-ish", value: encodeURIComponent("' OR '1'='1") },
  { label: "unicode", value: encodeURIComponent("🦄é\u202E") },
  { label: "percent junk", value: "%E0%A4%A" },
  { label: "number", value: "12345" },
];
