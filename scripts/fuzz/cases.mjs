// @ts-check
// The fuzz cases of one operation: a valid baseline, then every body field, query parameter, path
// parameter and header replaced by bad values, bad JSON and content types, foreign ids, and a burst
// of concurrent duplicates.
import { bodyCases, foreignBodyCases } from "./body-cases.mjs";
import {
  baselineBody,
  baselineQuery,
  idFor,
  pathOf,
  resourceOfField,
  resourceOfParam,
  variantsOf,
} from "./operations.mjs";
import { BAD_PATH_IDS, badQueryValues, ODD_STRINGS } from "./values.mjs";

/** @typedef {import("./values.mjs").Schema} Schema */
/** @typedef {import("./seed.mjs").World} World */
/** @typedef {import("./operations.mjs").Operation} Operation */
/** @typedef {import("./operations.mjs").JobTypeInfo} JobTypeInfo */
/**
 * One request (or `repeat` identical ones sent at once). `foreign` marks a request naming another
 * project's object, which must not succeed; `fresh` asks for a newly created object of A in place
 * of the seeded one (for deletes and revokes, which consume their object).
 * @typedef {{
 *   op: string, kind: string, label: string, method: string, path: string,
 *   headers: Record<string, string>, body?: string | Uint8Array<ArrayBuffer> | FormData,
 *   repeat?: number, foreign?: boolean, fresh?: boolean
 * }} Case
 */
/** What every case builder gets. */
/** @typedef {{ doc: Schema, world: World, op: Operation, jobTypes: JobTypeInfo[], duplicates: number }} Context */

export const DUPLICATES = 20;

/**
 * The query string of `values` (repeated keys when a value is an array).
 * @param {Record<string, string | string[]>} values
 */
export function queryString(values) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  const text = q.toString();
  return text ? `?${text}` : "";
}

/**
 * A case factory bound to one operation: the acting key, the baseline path, query and body.
 * @param {Context} ctx
 */
export function caseMaker(ctx) {
  const { world, op, doc } = ctx;
  const key = op.instance ? world.adminKey : world.a.admin;
  const query = baselineQuery(doc, op);
  /**
   * @param {string} kind
   * @param {string} label
   * @param {Partial<Case> & { json?: unknown, query?: Record<string, string | string[]> }} [over]
   * @returns {Case}
   */
  return (kind, label, over = {}) => {
    const { json, query: q, body: given, headers: extra, ...rest } = over;
    const body = "json" in over ? (json === undefined ? undefined : JSON.stringify(json)) : given;
    /** @type {Record<string, string>} */
    const headers = { authorization: `Bearer ${key}` };
    if (typeof body === "string") headers["content-type"] = "application/json";
    return {
      fresh: op.destructive && !kind.endsWith("path"),
      op: op.key,
      kind,
      label,
      method: op.method,
      path: `${pathOf(world, op)}${queryString(q ?? query)}`,
      headers: { ...headers, ...extra },
      body,
      ...rest,
    };
  };
}

/**
 * Path parameters missing, malformed, naming another project's object, or another resource's id.
 * @param {Context} ctx
 * @returns {Case[]}
 */
function pathCases(ctx) {
  const { world, op } = ctx;
  const make = caseMaker(ctx);
  /** @type {Case[]} */
  const out = [];
  for (const p of op.params) {
    const path = (/** @type {string} */ value) => pathOf(world, op, { name: p.name, value });
    out.push(make("path", `${p.name}: missing`, { path: path("") }));
    for (const bad of BAD_PATH_IDS) out.push(make("path", `${p.name}: ${bad.label}`, { path: path(bad.value) }));
    const resource = resourceOfParam(op.template, p.name);
    const other = resource === "technology" ? "repository" : "technology";
    out.push(make("path", `${p.name}: a ${other} id`, { path: path(world.a.ids[other] ?? "x") }));
    if (!op.instance) {
      const foreign = idFor(world, op, p.name, world.b);
      out.push(make("foreign-path", `${p.name}: project B's ${resource}`, { path: path(foreign), foreign: true }));
    }
  }
  return out;
}

/**
 * Every query parameter with bad values, repeated, unknown, and another project's ids.
 * @param {Context} ctx
 * @returns {Case[]}
 */
function queryCases(ctx) {
  const { op, world } = ctx;
  const make = caseMaker(ctx);
  const base = baselineQuery(ctx.doc, op);
  /** @type {Case[]} */
  const out = [];
  if (op.query.length || op.method === "GET")
    out.push(make("query", "unknown parameter", { query: { ...base, zzz: "1" } }));
  for (const p of op.query) {
    for (const bad of badQueryValues(p.name, p.schema ?? {})) {
      out.push(make("query", `${p.name} = ${bad.label}`, { query: { ...base, [p.name]: String(bad.value) } }));
    }
    out.push(make("query", `${p.name} repeated`, { query: { ...base, [p.name]: ["1", "abc", ""] } }));
    const resource = resourceOfField(p.name);
    if (resource && !op.instance) {
      const value = p.name === "technology" ? world.b.ids.technology : world.b.ids[resource];
      out.push(
        make("foreign-query", `${p.name} = project B's ${resource}`, { query: { ...base, [p.name]: value ?? "" } }),
      );
    }
  }
  for (const variant of variantsOf(op)) {
    const valid = { ...base, ...Object.fromEntries(Object.entries(variant).map(([k, v]) => [k, String(v)])) };
    const shape = Object.entries(variant)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    out.push(make("query", `valid ${shape}`, { query: valid }));
    for (const name of Object.keys(variant)) {
      const schema = op.query.find((p) => p.name === name)?.schema ?? {};
      for (const bad of badQueryValues(name, schema)) {
        out.push(make("query", `${shape}; ${name} = ${bad.label}`, { query: { ...valid, [name]: String(bad.value) } }));
      }
    }
  }
  if (op.query.length > 1) {
    const all = Object.fromEntries(op.query.map((p, i) => [p.name, ODD_STRINGS[i % ODD_STRINGS.length]?.value ?? ""]));
    out.push(make("query", "every parameter odd at once", { query: all }));
  }
  return out;
}

/**
 * Bad Authorization, X-Project-Id, X-Request-Id and If-Match headers.
 * @param {Context} ctx
 * @returns {Case[]}
 */
function headerCases(ctx) {
  const { world, op } = ctx;
  const make = caseMaker(ctx);
  const json = op.bodySchema ? baselineBody(ctx.doc, op, world.a) : undefined;
  const withBody = json === undefined ? {} : { json };
  const unknownKey = `cc_zzzzzzzz_${"A".repeat(43)}`;
  /** @type {Case[]} */
  const out = [
    make("headers", "no Authorization", { ...withBody, headers: { authorization: "" } }),
    make("headers", "Authorization: Bearer (no key)", { ...withBody, headers: { authorization: "Bearer" } }),
    make("headers", "Authorization: Basic", { ...withBody, headers: { authorization: "Basic Zm9vOmJhcg==" } }),
    make("headers", "Authorization: unknown well-formed key", {
      ...withBody,
      headers: { authorization: `Bearer ${unknownKey}` },
    }),
    make("headers", "Authorization: 8000-char key", {
      ...withBody,
      headers: { authorization: `Bearer ${"k".repeat(8000)}` },
    }),
    make("headers", "read key", { ...withBody, headers: { authorization: `Bearer ${world.a.read}` } }),
    make("headers", "X-Request-Id: 4000 chars", { ...withBody, headers: { "x-request-id": "r".repeat(4000) } }),
    make("headers", "X-Request-Id: odd", { ...withBody, headers: { "x-request-id": "<script>'\"%00" } }),
  ];
  if (!op.instance && !op.open) {
    out.push(
      make("foreign-header", "X-Project-Id: project B", {
        ...withBody,
        headers: { "x-project-id": world.b.id },
        foreign: true,
      }),
    );
    out.push(make("headers", "X-Project-Id: odd", { ...withBody, headers: { "x-project-id": "' OR 1=1 --" } }));
    out.push(
      make("headers", "instance key without X-Project-Id", {
        ...withBody,
        headers: { authorization: `Bearer ${world.adminKey}` },
      }),
    );
    out.push(
      make("headers", "instance key, X-Project-Id 2000 chars", {
        ...withBody,
        headers: { authorization: `Bearer ${world.adminKey}`, "x-project-id": "p".repeat(2000) },
      }),
    );
  }
  if (op.method === "PATCH") {
    for (const v of ['W/"1"', "abc", "-1", "99999999999999999999", '"1.5"', "*"]) {
      out.push(make("headers", `If-Match: ${v}`, { ...withBody, headers: { "if-match": v } }));
    }
  }
  if (op.template.startsWith("/api/v1/integrations/github/")) {
    const gh = { "x-github-event": "push", "x-github-delivery": "d-1", "x-hub-signature-256": "sha256=00" };
    out.push(make("headers", "GitHub delivery with a wrong signature", { json: { zen: "x" }, headers: gh }));
    out.push(
      make("headers", "GitHub delivery, odd event", { json: {}, headers: { ...gh, "x-github-event": "../../x" } }),
    );
    out.push(
      make("headers", "GitHub delivery, malformed signature", {
        json: {},
        headers: { ...gh, "x-hub-signature-256": "zz" },
      }),
    );
  }
  return out;
}

/**
 * The same valid request sent `duplicates` times at once (for writes); for deletes, on one fresh
 * object.
 * @param {Context} ctx
 * @returns {Case[]}
 */
function duplicateCases(ctx) {
  const { op, world, doc } = ctx;
  if (op.method === "GET") return [];
  const make = caseMaker(ctx);
  const json = op.bodySchema ? baselineBody(doc, op, world.a) : undefined;
  if (op.template.endsWith("/snapshots")) return [];
  /** @type {Case[]} */
  const out = [
    make("duplicates", `${ctx.duplicates} identical requests at once`, {
      ...(json === undefined ? {} : { json }),
      repeat: ctx.duplicates,
    }),
  ];
  if (op.key === "POST /api/v1/knowledge/entries") {
    const same = { title: "Same source", content: "x", sourceKey: "fuzz-same-source" };
    out.push(
      make("duplicates", `${ctx.duplicates} entries with one sourceKey at once`, {
        json: same,
        repeat: ctx.duplicates,
      }),
    );
  }
  if (op.key === "POST /api/v1/knowledge/documents") {
    const same = { title: "Same", content: "same text", sourceUrl: "http://127.0.0.1:9/same-source" };
    out.push(
      make("duplicates", `${ctx.duplicates} documents with one sourceUrl at once`, {
        json: same,
        repeat: ctx.duplicates,
      }),
    );
  }
  return out;
}

/**
 * Every case of one operation, the valid baseline first.
 * @param {Context} ctx
 * @returns {Case[]}
 */
export function casesOf(ctx) {
  const { op, doc, world } = ctx;
  const make = caseMaker(ctx);
  const json = op.bodySchema ? baselineBody(doc, op, world.a) : undefined;
  return [
    make("baseline", "valid request", json === undefined ? {} : { json }),
    ...pathCases(ctx),
    ...queryCases(ctx),
    ...headerCases(ctx),
    ...bodyCases(ctx, make),
    ...foreignBodyCases(ctx, make),
    ...duplicateCases(ctx),
  ];
}
