// @ts-check
// Seeds the fuzz's world: two projects with admin, write and read keys, and one object of every
// tenant resource in each, so path ids and foreign ids are real.
import { strToU8, zipSync } from "fflate";
import { LOOPBACK_URL, uniq } from "./values.mjs";

/**
 * Ids of one project's objects by resource name (technology, repository, task, …).
 * @typedef {Record<string, string>} Ids
 */
/**
 * One seeded project.
 * @typedef {{ id: string, slug: string, admin: string, write: string, read: string, ids: Ids }} Seeded
 */
/**
 * The world the fuzz runs in: project A (the one acting), project B (the foreign one), the
 * instance admin key, and objects only destructive operations may consume.
 * @typedef {{ base: string, adminKey: string, a: Seeded, b: Seeded, victims: Ids }} World
 */

/**
 * A JSON request that throws unless the answer is one of `ok` statuses.
 * @param {string} base
 * @param {string} key
 * @param {string} method
 * @param {string} path
 * @param {{ body?: unknown, raw?: Uint8Array<ArrayBuffer>, type?: string, ok?: number[] }} [opts]
 * @returns {Promise<any>}
 */
export async function send(base, key, method, path, opts = {}) {
  /** @type {Record<string, string>} */
  const headers = { authorization: `Bearer ${key}` };
  /** @type {Uint8Array<ArrayBuffer> | string | undefined} */
  let body;
  if (opts.raw) {
    headers["content-type"] = opts.type ?? "application/octet-stream";
    body = opts.raw;
  } else if (opts.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  if (!(opts.ok ?? [200, 201, 202, 204]).includes(res.status)) {
    throw new Error(`seeding: ${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  }
  return text ? JSON.parse(text) : null;
}

/** A tiny repository archive (zip) whose analysis finds a few technologies. */
function snapshotZip() {
  const pkg = { name: "fuzz-app", dependencies: { hono: "4.0.0", react: "19.0.0" } };
  const zip = zipSync({
    "fuzz-app/package.json": strToU8(JSON.stringify(pkg)),
    "fuzz-app/src/index.ts": strToU8("export const x = 1;\n"),
  });
  return new Uint8Array(zip);
}

/**
 * Waits until a job has finished (any terminal status), polling its row.
 * @param {string} base
 * @param {string} key
 * @param {string} jobId
 */
async function settle(base, key, jobId) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const job = await send(base, key, "GET", `/api/v1/jobs/${jobId}`);
    if (["completed", "failed", "cancelled", "timed_out"].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`seeding: job ${jobId} did not finish within 60 s`);
}

/**
 * A project with keys of every scope.
 * @param {string} base
 * @param {string} adminKey the instance admin key
 * @param {string} name
 */
export async function makeProject(base, adminKey, name) {
  const project = await send(base, adminKey, "POST", "/api/v1/projects", {
    body: { name: `${name} ${uniq()}`, owner: "fuzz" },
  });
  /** @param {string[]} scopes */
  const key = async (scopes) =>
    (
      await send(base, adminKey, "POST", "/api/v1/keys", {
        body: { name: `fuzz ${scopes[0]}`, scopes, projectId: project.id, plan: "service" },
      })
    ).secret;
  return {
    id: String(project.id),
    slug: String(project.slug),
    admin: await key(["admin"]),
    write: await key(["read", "write"]),
    read: await key(["read"]),
  };
}

/**
 * One object of every tenant resource in a project, through the public API.
 * @param {string} base
 * @param {{ id: string, slug: string, admin: string }} project
 * @returns {Promise<Ids>}
 */
async function seedObjects(base, project) {
  const k = project.admin;
  /** @param {string} method @param {string} path @param {Parameters<typeof send>[4]} [opts] */
  const api = (method, path, opts) => send(base, k, method, `/api/v1${path}`, opts);
  /** @type {Ids} */
  const ids = { project: project.id, projectSlug: project.slug };
  ids.technology = (await api("POST", "/technologies", { body: { title: `Fuzz tech ${uniq()}`, tags: ["fuzz"] } })).id;
  ids.repository = (
    await api("POST", "/repositories", { body: { provider: "upload", owner: "fuzz", name: `repo-${uniq()}` } })
  ).id;
  ids.task = (
    await api("POST", "/research-tasks", {
      body: { title: `Fuzz task ${uniq()}`, technologyId: ids.technology, repositoryId: ids.repository },
    })
  ).id;
  const feed = await api("POST", "/knowledge/feeds", {
    body: { url: `${LOOPBACK_URL}/feed-${uniq()}.xml`, poll: false, technologyIds: [ids.technology] },
  });
  ids.feed = feed.feed.id;
  ids.entry = (
    await api("POST", "/knowledge/entries", {
      body: { title: `Fuzz entry ${uniq()}`, content: "Seed entry text.", technologyIds: [ids.technology] },
    })
  ).id;
  const doc = await api("POST", "/knowledge/documents", {
    body: {
      title: `Fuzz doc ${uniq()}`,
      content: "# Seed\n\nA document about edge caching.",
      technologyIds: [ids.technology],
    },
  });
  ids.document = doc.document.id;
  ids.schedule = (
    await api("POST", "/schedules", {
      body: {
        name: `Fuzz schedule ${uniq()}`,
        frequency: "daily",
        jobType: "system.probe",
        jobParams: { steps: 1, intervalMs: 0 },
        enabled: false,
      },
    })
  ).id;
  ids.webhook = (
    await api("POST", "/webhooks", {
      body: { url: `${LOOPBACK_URL}/hook`, eventPatterns: ["fuzz.none"], enabled: true },
    })
  ).id;
  const sent = await api("POST", `/webhooks/${ids.webhook}/test`);
  ids.delivery = sent.deliveryId;
  ids.event = sent.eventId;
  const snapshot = await api("POST", `/repositories/${ids.repository}/snapshots`, {
    raw: snapshotZip(),
    type: "application/zip",
  });
  await settle(base, k, snapshot.id);
  const analyses = await api("GET", `/repositories/${ids.repository}/analyses`);
  ids.analysis = analyses.data[0]?.id ?? "ana_missing";
  ids.job = (await api("POST", "/jobs", { body: { type: "system.probe", params: { steps: 1, intervalMs: 0 } } })).id;
  await settle(base, k, String(ids.job));
  await api("PUT", "/integrations/github");
  return ids;
}

/**
 * Two seeded projects and the victims (a project and a key) that destructive operations consume.
 * @param {string} base
 * @param {string} adminKey
 * @returns {Promise<World>}
 */
export async function seedWorld(base, adminKey) {
  const a = await makeProject(base, adminKey, "Fuzz A");
  const b = await makeProject(base, adminKey, "Fuzz B");
  /** @type {World} */
  const world = {
    base,
    adminKey,
    a: { ...a, ids: await seedObjects(base, a) },
    b: { ...b, ids: await seedObjects(base, b) },
    victims: {},
  };
  const victim = await makeProject(base, adminKey, "Fuzz victim");
  world.victims.project = victim.id;
  const victimKey = await send(base, adminKey, "POST", "/api/v1/keys", {
    body: { name: "fuzz victim", scopes: ["read"], projectId: a.id, plan: "service" },
  });
  world.victims.key = victimKey.key.id;
  world.a.ids.key = victimKey.key.id;
  return world;
}
