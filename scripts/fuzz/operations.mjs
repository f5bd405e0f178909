// @ts-check
// What the fuzz needs to know about each operation of the OpenAPI document: which key acts, which
// seeded object each path parameter names, which body and query fields hold ids, and a valid body.
import { deref, example, LOOPBACK_URL, uniq } from "./values.mjs";

/** @typedef {import("./values.mjs").Schema} Schema */
/** @typedef {import("./seed.mjs").World} World */
/** @typedef {import("./seed.mjs").Seeded} Seeded */
/**
 * One operation of the document, with what the fuzz derives from it.
 * @typedef {{
 *   key: string, method: string, template: string, params: Schema[], query: Schema[],
 *   bodyTypes: string[], bodySchema: Schema | null, instance: boolean, destructive: boolean, open: boolean
 * }} Operation
 */
/** @typedef {{ type: string, params: Schema }} JobTypeInfo */

/** Path segments before a path parameter, mapped to the seeded resource they name. */
const SEGMENT_RESOURCE = {
  projects: "project",
  keys: "key",
  technologies: "technology",
  repositories: "repository",
  "research-tasks": "task",
  documents: "document",
  feeds: "feed",
  entries: "entry",
  jobs: "job",
  analyses: "analysis",
  schedules: "schedule",
  webhooks: "webhook",
  deliveries: "delivery",
  github: "projectSlug",
};

/** Id-like field names (body, query, job params) mapped to the resource they point at. */
const FIELD_RESOURCE = {
  technology: "technology",
  repository: "repository",
  feed: "feed",
  project: "project",
  parent: "job",
  job: "job",
  key: "key",
  event: "event",
  entity: "technology",
  document: "document",
  entry: "entry",
  webhook: "webhook",
  schedule: "schedule",
  analysis: "analysis",
  delivery: "delivery",
  task: "task",
};

/**
 * The seeded resource an id-like field points at (`technologyIds` → technology), or null.
 * @param {string} name
 * @returns {string | null}
 */
export function resourceOfField(name) {
  const stem = name === "technology" ? name : /^(.+?)Ids?$/.exec(name)?.[1];
  if (!stem) return null;
  return FIELD_RESOURCE[/** @type {keyof typeof FIELD_RESOURCE} */ (stem)] ?? null;
}

/**
 * The seeded resource a path parameter names.
 * @param {string} template
 * @param {string} param
 * @returns {string}
 */
export function resourceOfParam(template, param) {
  const parts = template.split("/");
  const at = parts.indexOf(`{${param}}`);
  const segment = parts[at - 1] ?? "";
  return SEGMENT_RESOURCE[/** @type {keyof typeof SEGMENT_RESOURCE} */ (segment)] ?? "technology";
}

/**
 * Routes an instance admin key acts on across projects, where "another project's id" is not
 * foreign. (`open` operations need no key at all.)
 */
const INSTANCE_ROOTS = ["/api/v1/projects", "/api/v1/keys", "/api/v1/audit"];

/** Socket routes the document leaves out (they upgrade, so they have no JSON answer to describe). */
const SOCKET_ROUTES = {
  "/api/v1/jobs/{id}/ws": {
    get: {
      parameters: [
        { name: "id", in: "path" },
        { name: "ticket", in: "query" },
      ],
    },
  },
  "/api/v1/events/ws": { get: { parameters: [{ name: "ticket", in: "query" }] } },
};

/**
 * Every operation of the document, in document order, then the socket routes it leaves out
 * (fuzzed without an upgrade).
 * @param {Schema} doc
 * @returns {Operation[]}
 */
export function operationsOf(doc) {
  /** @type {Operation[]} */
  const out = [];
  for (const [template, item] of Object.entries({ ...doc.paths, ...SOCKET_ROUTES })) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = /** @type {Schema[]} */ (op.parameters ?? []);
      const content = op.requestBody?.content ?? {};
      const M = method.toUpperCase();
      out.push({
        key: `${M} ${template}`,
        method: M,
        template,
        params: parameters.filter((p) => p.in === "path"),
        query: parameters.filter((p) => p.in === "query"),
        bodyTypes: Object.keys(content),
        bodySchema: content["application/json"] ? deref(doc, content["application/json"].schema) : null,
        instance: INSTANCE_ROOTS.some((root) => template === root || template.startsWith(`${root}/`)),
        destructive: M === "DELETE" || template.endsWith("/revoke"),
        open: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return out;
}

/**
 * The id a path parameter takes for `project`; the instance routes act on the victims so the
 * fuzz never deletes or revokes what it runs on.
 * @param {World} world
 * @param {Operation} op
 * @param {string} param
 * @param {Seeded} project
 */
export function idFor(world, op, param, project) {
  const resource = resourceOfParam(op.template, param);
  if (op.template.startsWith("/api/v1/projects/")) return world.victims.project ?? "";
  if (op.template.startsWith("/api/v1/keys/")) return world.victims.key ?? "";
  return project.ids[resource] ?? `${resource}_missing`;
}

/**
 * The concrete path of `op` with every path parameter replaced (`override` for one of them).
 * @param {World} world
 * @param {Operation} op
 * @param {{ name: string, value: string } | null} [override]
 */
export function pathOf(world, op, override = null) {
  return op.template.replace(/\{(\w+)\}/g, (_, name) =>
    override && override.name === name ? override.value : encodeURIComponent(idFor(world, op, name, world.a)),
  );
}

/**
 * Valid parameters for a job type: its schema's example with every id-like field set to one of
 * `project`'s objects, and probes kept short.
 * @param {Schema} doc
 * @param {JobTypeInfo} jobType
 * @param {Seeded} project
 * @returns {Record<string, unknown>}
 */
export function jobParams(doc, jobType, project) {
  if (jobType.type === "system.probe") return { steps: 1, intervalMs: 0 };
  const params = /** @type {Record<string, unknown>} */ (example(doc, jobType.params) ?? {});
  for (const name of Object.keys(jobType.params.properties ?? {})) {
    const resource = resourceOfField(name);
    if (resource) params[name] = project.ids[resource];
  }
  return params;
}

/**
 * A valid body for `op` acting in `project` (A's objects for the baseline, B's where a test wants
 * foreign ids everywhere). Hand-written where the product needs real ids or loopback URLs.
 * @param {Schema} doc
 * @param {Operation} op
 * @param {Seeded} project
 * @returns {unknown}
 */
export function baselineBody(doc, op, project) {
  const ids = project.ids;
  const tag = uniq();
  /** @type {Record<string, unknown>} */
  const known = {
    "POST /api/v1/projects": { name: `Fuzz ${tag}`, owner: "fuzz", description: "made by the fuzz" },
    "PATCH /api/v1/projects/{id}": { description: `patched ${tag}` },
    "POST /api/v1/keys": { name: `fuzz ${tag}`, scopes: ["read"], projectId: ids.project },
    "POST /api/v1/technologies": {
      title: `Fuzz ${tag}`,
      tags: ["fuzz", "edge"],
      links: [{ title: "home", url: `${LOOPBACK_URL}/t` }],
    },
    "PATCH /api/v1/technologies/{id}": { priority: 3, tags: ["fuzz"] },
    "POST /api/v1/repositories": { provider: "upload", owner: "fuzz", name: `repo-${tag}` },
    "PATCH /api/v1/repositories/{id}": { description: `patched ${tag}` },
    "POST /api/v1/research-tasks": { title: `Task ${tag}`, technologyId: ids.technology, repositoryId: ids.repository },
    "PATCH /api/v1/research-tasks/{id}": { status: "in_progress", technologyId: ids.technology },
    "POST /api/v1/knowledge/documents": {
      title: `Doc ${tag}`,
      content: `# Doc ${tag}\n\nSome text about caching at the edge.`,
      format: "markdown",
      tags: ["fuzz"],
      technologyIds: [ids.technology],
    },
    "PATCH /api/v1/knowledge/documents/{id}": { title: `Doc ${tag}`, technologyIds: [ids.technology] },
    "POST /api/v1/knowledge/feeds": {
      url: `${LOOPBACK_URL}/feed-${tag}.xml`,
      poll: false,
      technologyIds: [ids.technology],
    },
    "POST /api/v1/knowledge/entries": {
      title: `Entry ${tag}`,
      content: "Entry text.",
      technologyIds: [ids.technology],
      feedId: ids.feed,
    },
    "PATCH /api/v1/knowledge/entries/{id}": { title: `Entry ${tag}`, technologyIds: [ids.technology] },
    "POST /api/v1/jobs": { type: "system.probe", params: { steps: 1, intervalMs: 0 } },
    "POST /api/v1/repositories/{id}/analyse": { ref: "main" },
    "POST /api/v1/schedules": {
      name: `Schedule ${tag}`,
      frequency: "daily",
      jobType: "system.probe",
      jobParams: { steps: 1, intervalMs: 0 },
      enabled: false,
    },
    "PATCH /api/v1/schedules/{id}": { name: `Schedule ${tag}`, hour: 3 },
    "POST /api/v1/webhooks": { url: `${LOOPBACK_URL}/hook-${tag}`, eventPatterns: ["fuzz.none"], enabled: false },
    "PATCH /api/v1/webhooks/{id}": { description: `patched ${tag}` },
    "POST /api/v1/webhooks/{id}/recover": { since: "2026-01-01" },
  };
  if (op.key in known) return known[op.key];
  return op.bodySchema ? example(doc, op.bodySchema) : undefined;
}

/** Required query values that make a useful baseline (frequency once would also need runAt). */
const KNOWN_QUERY = /** @type {Record<string, string>} */ ({ q: "edge caching", frequency: "daily" });

/**
 * Valid query values for the required query parameters of `op`.
 * @param {Schema} doc
 * @param {Operation} op
 * @returns {Record<string, string>}
 */
export function baselineQuery(doc, op) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const p of op.query) {
    if (p.required) out[p.name] = KNOWN_QUERY[p.name] ?? String(example(doc, p.schema));
  }
  return out;
}

const SCHEDULE_TIMINGS = [
  { frequency: "cron", cronExpression: "*/15 * * * *", timezone: "Europe/Berlin" },
  { frequency: "once", runAt: "2027-03-01T10:00:00Z" },
  { frequency: "weekly", dayOfWeek: 1, hour: 3, minute: 30, timezone: "America/New_York" },
  { frequency: "monthly", dayOfMonth: 31, hour: 2, timezone: "Australia/Lord_Howe" },
];

/**
 * Other valid shapes of an operation's body or query whose fields only matter together (a cron
 * expression only with frequency cron): the fuzz also replaces each of their fields with bad values.
 * @param {Operation} op
 * @returns {Record<string, unknown>[]}
 */
export function variantsOf(op) {
  if (op.template.startsWith("/api/v1/schedules") && (op.method === "POST" || op.method === "PATCH")) {
    return op.bodySchema ? SCHEDULE_TIMINGS : [];
  }
  if (op.key === "GET /api/v1/schedules/preview") return SCHEDULE_TIMINGS;
  return [];
}
