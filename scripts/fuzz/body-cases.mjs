// @ts-check
// Body cases: every field of a JSON body replaced by bad values, whole bodies of the wrong shape,
// bad JSON, wrong content types, foreign ids, job parameters, multipart uploads and archives.
import { strToU8, zipSync } from "fflate";
import { baselineBody, jobParams, resourceOfField, variantsOf } from "./operations.mjs";
import { badValuesFor, deref, typeOf } from "./values.mjs";

/** @typedef {import("./cases.mjs").Case} Case */
/** @typedef {import("./cases.mjs").Context} Context */
/** @typedef {ReturnType<typeof import("./cases.mjs").caseMaker>} Make */

const DEEP = 20_000;
/** JSON text nested `DEEP` levels, spliced in where a value is the `DEEP_MARK` string. */
const DEEP_MARK = "__fuzz_deep__";
const deepText = () => `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`;

/**
 * A JSON body text, with the deep-nesting mark replaced by deeply nested JSON.
 * @param {unknown} value
 */
function bodyText(value) {
  const text = JSON.stringify(value);
  return text.includes(`"${DEEP_MARK}"`) ? text.replace(`"${DEEP_MARK}"`, deepText()) : text;
}

/** Texts that are not JSON, or JSON a parser may choke on. */
const BAD_JSON = [
  { label: "truncated", text: '{"title": "a' },
  { label: "single quotes", text: "{'title': 'a'}" },
  { label: "trailing comma", text: '{"title": "a",}' },
  { label: "bare word", text: "nul" },
  { label: "NUL byte", text: "\u0000" },
  { label: "lone surrogate escape", text: '{"title": "\\ud800"}' },
  { label: "bad escape", text: '{"title": "\\x41"}' },
  { label: "unclosed nesting 50000", text: "[".repeat(50_000) },
  { label: `nesting ${DEEP} deep`, text: deepText() },
  { label: "duplicate keys", text: '{"title": "a", "title": 1}' },
  { label: "__proto__ key", text: '{"__proto__": {"polluted": true}, "title": "a"}' },
  { label: "constructor key", text: '{"constructor": {"prototype": {"x": 1}}, "title": "a"}' },
  { label: "huge number literal", text: `{"title": "a", "priority": 1${"0".repeat(400)}}` },
  { label: "1.2 MB of JSON (over the 1 MiB limit)", text: JSON.stringify({ title: "a", pad: "p".repeat(1_200_000) }) },
];

/** Content types a JSON body is sent under by mistake ("" sends none at all). */
const CONTENT_TYPES = [
  "",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=zzz",
  "application/xml",
  "application/json; charset=utf-16",
  "APPLICATION/JSON",
  "application/merge-patch+json",
  "*/*",
  "application/json, text/plain",
  "application/octet-stream",
];

/**
 * One field of a body replaced, for every field and every bad value; plus nested array items.
 * @param {Context} ctx
 * @param {Make} make
 * @param {Record<string, unknown>} base
 * @returns {Case[]}
 */
function fieldCases(ctx, make, base) {
  const schema = ctx.op.bodySchema ?? {};
  /** @type {Case[]} */
  const out = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const field = deref(ctx.doc, raw);
    for (const bad of badValuesFor(field, name)) {
      out.push(make("body-field", `${name} = ${bad.label}`, { body: bodyText({ ...base, [name]: bad.value }) }));
    }
    if (typeOf(field) === "object" || field.additionalProperties) {
      out.push(
        make("body-field", `${name} nested ${DEEP} deep`, { body: bodyText({ ...base, [name]: { deep: DEEP_MARK } }) }),
      );
    }
    const item = deref(ctx.doc, field.items);
    if (typeOf(field) === "array" && typeOf(item) === "object") {
      const valid = /** @type {Record<string, unknown>} */ (Array.isArray(base[name]) ? base[name][0] : {}) ?? {};
      for (const [sub, subRaw] of Object.entries(item.properties ?? {})) {
        for (const bad of badValuesFor(deref(ctx.doc, subRaw), sub).slice(0, 24)) {
          const value = [{ ...valid, [sub]: bad.value }];
          out.push(
            make("body-field", `${name}[0].${sub} = ${bad.label}`, { body: bodyText({ ...base, [name]: value }) }),
          );
        }
      }
    }
  }
  for (const variant of variantsOf(ctx.op)) {
    const shape = Object.entries(variant)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    out.push(make("body", `valid ${shape}`, { json: { ...base, ...variant } }));
    for (const name of Object.keys(variant)) {
      for (const bad of badValuesFor(deref(ctx.doc, schema.properties?.[name]), name)) {
        const body = bodyText({ ...base, ...variant, [name]: bad.value });
        out.push(make("body-field", `${shape}; ${name} = ${bad.label}`, { body }));
      }
    }
  }
  for (const name of schema.required ?? []) {
    const { [name]: _, ...rest } = base;
    out.push(make("body", `without required ${name}`, { json: rest }));
  }
  return out;
}

/**
 * Job parameters for every job type (POST /jobs, POST /schedules): valid, each parameter bad, and
 * another project's ids.
 * @param {Context} ctx
 * @param {Make} make
 * @param {Record<string, unknown>} base
 * @returns {Case[]}
 */
function jobParamCases(ctx, make, base) {
  const { op, world, doc } = ctx;
  const typeField = op.template === "/api/v1/jobs" ? "type" : op.template === "/api/v1/schedules" ? "jobType" : null;
  if (!typeField || op.method !== "POST") return [];
  const paramsField = typeField === "type" ? "params" : "jobParams";
  /** @type {Case[]} */
  const out = [];
  for (const jobType of ctx.jobTypes) {
    const own = jobParams(doc, jobType, world.a);
    const body = (/** @type {unknown} */ params) => ({ ...base, [typeField]: jobType.type, [paramsField]: params });
    out.push(make("job-params", `${jobType.type}: valid params`, { json: body(own) }));
    out.push(
      make("job-params", `${jobType.type}: no params`, {
        json: { ...base, [typeField]: jobType.type, [paramsField]: {} },
      }),
    );
    const foreign = jobParams(doc, jobType, world.b);
    if (Object.keys(jobType.params.properties ?? {}).some((n) => resourceOfField(n))) {
      out.push(
        make("foreign-body", `${jobType.type}: project B's ids in params`, { json: body(foreign), foreign: true }),
      );
    }
    for (const [name, raw] of Object.entries(jobType.params.properties ?? {})) {
      for (const bad of badValuesFor(raw, name).slice(0, 16)) {
        out.push(
          make("job-params", `${jobType.type}: params.${name} = ${bad.label}`, {
            body: bodyText(body({ ...own, [name]: bad.value })),
          }),
        );
      }
    }
  }
  return out;
}

/**
 * Multipart uploads to the document route: odd files, names and fields.
 * @param {Make} make
 * @param {import("./seed.mjs").World} world
 * @returns {Case[]}
 */
function multipartCases(make, world) {
  /** @param {Record<string, string | Blob>} fields @param {string} [name] */
  const form = (fields, name = "a.md") => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (v instanceof Blob) fd.append(k, v, name);
      else fd.append(k, v);
    }
    return fd;
  };
  const file = (/** @type {string | Uint8Array} */ content, type = "text/markdown") =>
    new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type });
  const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  /** @type {[string, FormData][]} */
  const cases = [
    ["valid markdown file", form({ file: file("# Upload\n\ntext"), title: "upload" })],
    ["empty file", form({ file: file("") })],
    ["no file field", form({ title: "no file" })],
    ["file as a text field", form({ file: "# not a file" })],
    ["binary junk as .pdf", form({ file: file(junk, "application/pdf") }, "junk.pdf")],
    ["truncated PDF header", form({ file: file("%PDF-1.7\n1 0 obj <<", "application/pdf") }, "t.pdf")],
    ["traversal file name", form({ file: file("x") }, "../../../etc/passwd.md")],
    ["unsupported extension", form({ file: file(junk, "application/x-msdownload") }, "a.exe")],
    ["1.5 MB text", form({ file: file("word ".repeat(300_000), "text/plain") }, "big.txt")],
    ["odd technologyIds", form({ file: file("# t"), technologyIds: "a,,b,🦄" })],
    ["project B's technologyIds", form({ file: file("# t"), technologyIds: world.b.ids.technology ?? "" })],
    ["huge tags", form({ file: file("# t"), tags: "t".repeat(100_000) })],
    ["odd format", form({ file: file("# t"), format: "../../pdf" })],
    ["NUL in title", form({ file: file("# t"), title: "a\u0000b" })],
  ];
  return cases.map(([label, body]) =>
    make(label.startsWith("project B") ? "foreign-body" : "multipart", label, {
      body,
      foreign: label.startsWith("project B"),
    }),
  );
}

/**
 * Archives of every kind of wrong sent to the snapshot route.
 * @param {Make} make
 * @returns {Case[]}
 */
function archiveCases(make) {
  const valid = zipSync({ "a/package.json": strToU8('{"dependencies":{"hono":"4"}}') });
  /** @type {[string, Uint8Array, string][]} */
  const cases = [
    ["empty body", new Uint8Array(), "application/zip"],
    ["junk bytes as zip", new Uint8Array(2048).map((_, i) => (i * 31) % 256), "application/zip"],
    ["truncated zip", valid.slice(0, Math.floor(valid.length / 2)), "application/zip"],
    ["gzip magic then junk", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4]), "application/gzip"],
    ["zip sent as gzip", valid, "application/gzip"],
    [
      "zip with traversal names",
      zipSync({ "../../etc/passwd": strToU8("x"), "/abs/package.json": strToU8("{") }),
      "application/zip",
    ],
    ["zip of 20 MB zeros", zipSync({ "a/zeros.txt": new Uint8Array(20 * 1024 * 1024) }), "application/zip"],
    ["zip inside zip", zipSync({ "inner.zip": valid }), "application/zip"],
    [
      "bad manifests",
      zipSync({ "a/package.json": strToU8("{bad json"), "a/Cargo.toml": strToU8("[[[") }),
      "application/zip",
    ],
    ["JSON as octet-stream", strToU8('{"a":1}'), "application/octet-stream"],
    ["zip as text/plain", valid, "text/plain"],
    ["26 MB (over the limit)", new Uint8Array(26 * 1024 * 1024), "application/zip"],
  ];
  return cases.map(([label, bytes, type]) =>
    make("archive", label, { body: new Uint8Array(bytes), headers: { "content-type": type } }),
  );
}

/**
 * Every body case of one operation (none for GET).
 * @param {Context} ctx
 * @param {Make} make
 * @returns {Case[]}
 */
export function bodyCases(ctx, make) {
  const { op, world, doc } = ctx;
  if (op.method === "GET") return [];
  /** @type {Case[]} */
  const out = [];
  const base = /** @type {Record<string, unknown>} */ (op.bodySchema ? baselineBody(doc, op, world.a) : {});
  const text = JSON.stringify(base ?? {});
  for (const bad of BAD_JSON)
    out.push(make("bad-json", bad.label, { body: bad.text, headers: { "content-type": "application/json" } }));
  out.push(make("bad-json", "empty body", { body: "", headers: { "content-type": "application/json" } }));
  for (const type of CONTENT_TYPES) {
    out.push(
      make("content-type", `content-type: ${type || "(none)"}`, { body: text, headers: { "content-type": type } }),
    );
  }
  if (op.template.endsWith("/snapshots")) return [...out, ...archiveCases(make)];
  if (op.bodyTypes.includes("multipart/form-data")) out.push(...multipartCases(make, world));
  if (!op.bodySchema) return out;
  for (const [label, value] of /** @type {[string, unknown][]} */ ([
    ["null", null],
    ["empty object", {}],
    ["empty array", []],
    ["string", "a string"],
    ["number", 42],
    ["boolean", true],
    ["array of the valid body", [base]],
  ])) {
    out.push(make("body", `body is ${label}`, { json: value }));
  }
  out.push(make("body", "extra unknown field", { json: { ...base, unknownField: "x" } }));
  out.push(
    make("body", "extra server-owned fields", {
      json: { ...base, id: "x", projectId: world.b.id, version: 99, createdAt: "x" },
    }),
  );
  out.push(...fieldCases(ctx, make, base));
  out.push(...jobParamCases(ctx, make, base));
  return out;
}

/**
 * Another project's ids in every id-like body field, one at a time and all at once.
 * @param {Context} ctx
 * @param {Make} make
 * @returns {Case[]}
 */
export function foreignBodyCases(ctx, make) {
  const { op, world, doc } = ctx;
  if (!op.bodySchema || op.instance) return [];
  const base = /** @type {Record<string, unknown>} */ (baselineBody(doc, op, world.a));
  /** @type {Case[]} */
  const out = [];
  for (const [name, raw] of Object.entries(op.bodySchema.properties ?? {})) {
    const resource = resourceOfField(name);
    if (!resource) continue;
    const id = world.b.ids[resource] ?? "";
    const value = typeOf(deref(doc, raw)) === "array" ? [id] : id;
    out.push(
      make("foreign-body", `${name} = project B's ${resource}`, { json: { ...base, [name]: value }, foreign: true }),
    );
    const mixed = typeOf(deref(doc, raw)) === "array" ? [world.a.ids[resource], id] : null;
    if (mixed)
      out.push(
        make("foreign-body", `${name} = [A's, B's ${resource}]`, { json: { ...base, [name]: mixed }, foreign: true }),
      );
  }
  if (out.length > 1) {
    out.push(
      make("foreign-body", "every id field from project B", { json: baselineBody(doc, op, world.b), foreign: true }),
    );
  }
  return out;
}
