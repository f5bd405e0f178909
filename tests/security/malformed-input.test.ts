import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../../worker/features/imports/imports.service";
import { KNOWLEDGE_LIMITS } from "../../worker/features/knowledge/limits";
import { MAX_SNAPSHOT_BYTES } from "../../worker/features/repository-analysis/analyses.service";
import { DEFAULT_BODY_LIMIT } from "../../worker/middleware/body-limit";
import { ORIGIN } from "../client";
import { call, instanceAdmin } from "../helpers";
import {
  type BadCase,
  fieldCases,
  jsonBodyCases,
  MISSING_ID,
  MISSING_ID_LABEL,
  multipartCases,
  oversizedBody,
  type Parameter,
  pathCases,
  prototypeQueryCases,
  queryCases,
  type Schema,
  sample,
} from "./malformed-cases";
import { fill, type Input, LITERALS, OPERATIONS, template } from "./operations";
import { INSTANCE_ONLY, PORTFOLIO_OPERATIONS } from "./portfolio-operations";
import { seedTenant } from "./seed";

interface Spec {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Spec>>;
  components: { schemas: Record<string, Schema> };
}

const admin = await instanceAdmin();
const a = await seedTenant(admin);
const doc = (await call<Doc>("GET", "/api/v1/openapi.json")).body;
const resolve = (s: Schema): Schema => (s.$ref ? (doc.components.schemas[s.$ref.split("/").pop() ?? ""] ?? {}) : s);

/** Routes whose own limit replaces the 1 MiB default (their limit plus the framing they allow). */
const ROUTE_LIMITS: Record<string, number> = {
  "POST /imports": IMPORT_LIMITS.maxBytes + 64 * 1024,
  "POST /knowledge/documents": KNOWLEDGE_LIMITS.maxUploadBytes + 64 * 1024,
  "POST /repositories/{}/snapshots": MAX_SNAPSHOT_BYTES,
};

/** One documented keyed operation with the key, path pattern, seeded ids and valid input it is probed from. */
interface Target {
  name: string;
  method: string;
  /** The path with `{placeholders}`: the operation's own names where the security suite knows it. */
  pattern: string;
  key: string;
  valid: Input;
  spec: Spec;
}

function targets(): Target[] {
  const known = new Map(
    [...OPERATIONS, ...PORTFOLIO_OPERATIONS].map((op) => [`${op.method} ${template(op.path)}`, op]),
  );
  const instance = new Set(INSTANCE_ONLY.map((op) => `${op.method} ${template(op.path)}`));
  const out: Target[] = [];
  for (const [fullPath, methods] of Object.entries(doc.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      if (Array.isArray(spec.security) && spec.security.length === 0) continue;
      const docPath = fullPath.replace("/api/v1", "");
      const name = `${method.toUpperCase()} ${template(docPath)}`;
      const op = known.get(name);
      const key = op && !instance.has(name) ? a.tenant.admin : admin;
      out.push({
        name,
        method: method.toUpperCase(),
        pattern: op?.path ?? docPath,
        key,
        valid: op?.valid?.(a.ids) ?? {},
        spec,
      });
    }
  }
  return out;
}

/** A placeholder's seeded value: the security suite's ids, else the seeded project or a link alias. */
function seeded(t: Target, name: string): string {
  if (name in a.ids || name in LITERALS) return fill(`{${name}}`, a.ids);
  return t.pattern.startsWith("/projects") ? a.tenant.projectId : "react";
}

/** Every bad request of one operation, derived from its parameters and body schema. */
function casesOf(t: Target): BadCase[] {
  const params = t.spec.parameters ?? [];
  const query = Object.entries(t.valid.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  const out: BadCase[] = params.filter((p) => p.in === "path").flatMap((p, i) => pathCases(p, i, resolve));
  for (const p of params.filter((p) => p.in === "query"))
    out.push(...queryCases(p, query, resolve, t.method === "GET"));
  if (t.method === "GET") out.push(...prototypeQueryCases(query));
  const body = t.spec.requestBody;
  const jsonSchema = body?.content["application/json"]?.schema;
  if (body && jsonSchema) {
    const base = t.valid.body ?? (sample(jsonSchema, resolve) as Record<string, unknown>);
    out.push(...withOtherKinds(jsonBodyCases(jsonSchema, base, resolve, body.required === true)));
    out.push(oversizedBody(ROUTE_LIMITS[t.name] ?? DEFAULT_BODY_LIMIT));
    const form = body.content["multipart/form-data"]?.schema;
    if (form) out.push(...multipartCases(form, resolve));
  } else if (body) {
    const types = Object.keys(body.content);
    out.push({ label: "JSON where the route takes a binary body", body: "{}", contentType: "application/json" });
    if (types.some((type) => /gzip|zip/.test(type))) {
      for (const type of types) {
        out.push({ label: `bytes that are no archive as ${type}`, body: "not an archive at all", contentType: type });
        out.push({ label: `an empty ${type} body`, body: "", contentType: type });
      }
    }
  }
  return out;
}

interface JobType {
  type: string;
  params: Schema;
}

/**
 * Once per job type, POST /jobs with its `params` and POST /schedules with its `jobParams` spoiled
 * field by field, from the type's own schema as GET /job-types describes it.
 */
async function jobTargets(): Promise<(readonly [string, Target, BadCase[]])[]> {
  const listed = await call<JobType[]>("GET", "/api/v1/job-types", { key: a.tenant.admin });
  const later = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const doors = [
    { path: "/jobs", field: "params", body: (type: string) => ({ type, runAt: later }) },
    {
      path: "/schedules",
      field: "jobParams",
      body: (jobType: string) => ({ name: "fuzz", frequency: "daily", jobType }),
    },
  ];
  return listed.body.flatMap((jt) => {
    const base = { ...(sample(jt.params, resolve) as Record<string, unknown>) };
    for (const name of Object.keys(base)) if (name in a.ids) base[name] = a.ids[name as keyof typeof a.ids];
    return doors.map((door) => {
      const wrap = (params: Record<string, unknown>) => ({ ...door.body(jt.type), [door.field]: params });
      const spec = doc.paths[`/api/v1${door.path}`]?.post ?? {};
      const name = `POST ${door.path} (${jt.type})`;
      const t: Target = { name, method: "POST", pattern: door.path, key: a.tenant.admin, valid: {}, spec };
      // The parameters are a free-form record first, and zod's records drop a `__proto__` key by design.
      const cases = withOtherKinds(fieldCases(jt.params, base, resolve, wrap, `${door.field}.`)).filter(
        (c) => !c.field?.endsWith(".__proto__"),
      );
      return [name, t, cases] as const;
    });
  });
}

/**
 * Each "id that does not exist" case again with an id that exists but is of another kind: a
 * repository's id where a technology's goes, a technology's anywhere else.
 */
function withOtherKinds(cases: BadCase[]): BadCase[] {
  return cases.flatMap((c) => {
    if (!c.body || !c.label.endsWith(MISSING_ID_LABEL)) return [c];
    const field = c.label.split(":")[0] ?? "";
    const other = /(^|\.)(technolog\w*|ids)$/.test(field) ? a.ids.repositoryId : a.ids.technologyId;
    const label = c.label.replace(MISSING_ID_LABEL, "an existing id of another kind");
    return [c, { label, body: c.body.replace(MISSING_ID, other) }];
  });
}

interface Outcome {
  label: string;
  status: number;
  text: string;
}

function formOf(fields: NonNullable<BadCase["form"]>): FormData {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new File([value.content], value.filename, { type: value.type }));
  }
  return form;
}

async function send(t: Target, c: BadCase): Promise<Outcome> {
  let i = 0;
  const path = t.pattern.replace(/\{(\w+)\}/g, (_, name: string) =>
    c.pathValue && i++ === c.pathValue.index ? c.pathValue.value : seeded(t, name),
  );
  const query = c.query ?? Object.entries(t.valid.query ?? {}).filter((e): e is [string, string] => !!e[1]);
  const text = [new URLSearchParams(query).toString(), c.rawQuery ?? ""].filter(Boolean).join("&");
  const qs = text ? `?${text}` : "";
  const headers = new Headers({ ...c.headers, authorization: `Bearer ${t.key}` });
  const body = c.form ? formOf(c.form) : (c.body ?? (t.valid.body ? JSON.stringify(t.valid.body) : undefined));
  const type = c.contentType === undefined ? "application/json" : c.contentType;
  if (typeof body === "string" && type !== null) headers.set("content-type", type);
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1${path}${qs}`, { method: t.method, headers, body }),
  );
  return { label: c.label, status: res.status, text: await res.text() };
}

/** Text of a JS error or its stack, or of SQL, in an answer. */
const LEAK =
  /\bat [\w.<>$]+ \(|\.[jt]s:\d|\b(?:Type|Reference|Syntax|Range)?Error: |D1_ERROR|SQLITE_|\bno such (?:table|column)/;

/** What is wrong with one answer to a bad request, or undefined when it is the product's clear 4xx. */
function problem(c: BadCase, o: Outcome): string | undefined {
  if (o.status >= 500 || (o.status < 400 && !c.lenient)) return `answered ${o.status}`;
  if (LEAK.test(o.text)) return "leaks an error's text or stack";
  if (o.status < 400) return undefined;
  if (LEAK.test(o.text)) return "leaks an error's text or stack";
  let body: unknown;
  try {
    body = JSON.parse(o.text);
  } catch {
    return "answers a body that is not JSON";
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string") return "answers without the error envelope";
  // The field as a whole word of the error (so `q` is not found inside `requestId`).
  const leaf = c.field?.split(".").pop();
  const word = leaf && new RegExp(`(?<![\\w$])${leaf.replaceAll("$", "\\$")}(?![\\w$])`);
  if (o.status === 400 && word && !word.test(JSON.stringify(error))) return `does not name ${c.field}`;
  return undefined;
}

/** Tables that count traffic rather than hold anyone's data; columns a read itself moves. */
const VOLATILE_TABLES = new Set(["metric_counters", "d1_migrations"]);
const VOLATILE_COLUMNS = new Set(["last_used_at"]);

/** Every row of every table, minus counters: "changes nothing" means this stays put. */
async function fingerprint(): Promise<Record<string, unknown[]>> {
  const tables = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like '_cf_%' escape '\\' and name not like 'sqlite_%' escape '\\' and sql not like 'CREATE VIRTUAL%' order by name",
  ).all<{ name: string }>();
  const names = tables.results.map((r) => r.name).filter((n) => !VOLATILE_TABLES.has(n) && !n.includes("_fts"));
  const rows = await env.DB.batch(names.map((n) => env.DB.prepare(`select * from "${n}" order by rowid`)));
  const strip = (row: unknown) =>
    Object.fromEntries(Object.entries(row as Record<string, unknown>).filter(([k]) => !VOLATILE_COLUMNS.has(k)));
  return Object.fromEntries(names.map((n, i) => [n, rows[i]?.results.map(strip) ?? []]));
}

const CONCURRENCY = 16;

const PROBED = [
  ...targets().flatMap((t) => {
    const cases = casesOf(t);
    return cases.length ? [[t.name, t, cases] as const] : [];
  }),
  ...(await jobTargets()),
];

describe.each(PROBED)("%s", (_, t, cases) => {
  it(`answers each of its ${cases.length} malformed inputs with a 4xx error naming what was wrong, and changes nothing`, async () => {
    // A read writes nothing either way: only writes pay for the two dumps of every table.
    const before = t.method === "GET" ? undefined : await fingerprint();
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i += CONCURRENCY) {
      const batch = cases.slice(i, i + CONCURRENCY);
      const outcomes = await Promise.all(batch.map((c) => send(t, c)));
      outcomes.forEach((o, j) => {
        const c = batch[j];
        const why = c && problem(c, o);
        if (why) failures.push(`${o.label}: ${why}: ${o.text.slice(0, 300)}`);
      });
    }
    expect(failures).toEqual([]);
    if (before) expect(await fingerprint()).toEqual(before);
  });
});

describe("an instance key naming a malformed project", () => {
  const named = ["", "  ", "x".repeat(500), "prj_nope", "../", "%00", `${a.tenant.projectId},${a.tenant.projectId}`];
  const picked = targets().filter((t) =>
    ["GET /technologies", "POST /technologies", "PATCH /technologies/{}"].includes(t.name),
  );

  it.each(picked.map((t) => [t.name, t] as const))(
    "%s answers a 4xx for each X-Project-Id and changes nothing",
    async (_, t) => {
      const before = await fingerprint();
      const outcomes = await Promise.all(
        named.map((id) =>
          send({ ...t, key: admin }, { label: `X-Project-Id ${JSON.stringify(id)}`, headers: { "x-project-id": id } }),
        ),
      );
      expect(
        outcomes.flatMap((o) => (problem({ label: o.label }, o) ? [`${o.label}: ${o.status} ${o.text}`] : [])),
      ).toEqual([]);
      expect(await fingerprint()).toEqual(before);
    },
  );
});
