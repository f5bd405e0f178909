import type { Seeded } from "./seed";

type Ids = Seeded["ids"];
type Scope = "read" | "write" | "admin";
type Body = Record<string, unknown>;

/** What a request carries besides its path: a JSON body and/or a query string. */
export interface Input {
  body?: Body;
  query?: Record<string, string | undefined>;
}

/**
 * One tenant operation. `path` names its ids by the seeded objects they refer to
 * (`/technologies/{technologyId}`); `valid` is an input the route accepts from its own project;
 * `foreign` are inputs that smuggle another project's ids (`theirs`) into a body or query.
 */
export interface Operation {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  scope: Scope;
  valid?: (mine: Ids) => Input;
  foreign?: (theirs: Ids, mine: Ids) => Input[];
}

const read = (path: string, more: Partial<Operation> = {}): Operation => ({
  method: "GET",
  path,
  scope: "read",
  ...more,
});
const write = (method: Operation["method"], path: string, more: Partial<Operation> = {}): Operation => ({
  method,
  path,
  scope: "write",
  ...more,
});
const admin = (method: Operation["method"], path: string, more: Partial<Operation> = {}): Operation => ({
  method,
  path,
  scope: "admin",
  ...more,
});
const later = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
const doc = { title: "security doc", format: "markdown", content: "# Security\n\nA probe document." };

/** Every route of one project's data, and the keyed instance routes that act on the key's project. */
export const OPERATIONS: Operation[] = [
  read("/technologies"),
  read("/technologies/radar"),
  read("/technologies/stats"),
  write("POST", "/technologies", { valid: () => ({ body: { title: `t-${crypto.randomUUID()}` } }) }),
  read("/technologies/{technologyId}"),
  write("PATCH", "/technologies/{technologyId}", { valid: () => ({ body: { priority: 2 } }) }),
  write("DELETE", "/technologies/{technologyId}"),
  read("/technologies/{technologyId}/history"),
  read("/technologies/{technologyId}/evidence"),

  read("/repositories"),
  write("POST", "/repositories", {
    valid: () => ({ body: { provider: "github", owner: "acme", name: `r-${crypto.randomUUID().slice(0, 8)}` } }),
  }),
  read("/repositories/{repositoryId}"),
  write("PATCH", "/repositories/{repositoryId}", { valid: () => ({ body: { stars: 7 } }) }),
  write("DELETE", "/repositories/{repositoryId}"),
  write("POST", "/repositories/{repositoryId}/analyse"),
  write("POST", "/repositories/{repositoryId}/snapshots"),
  write("POST", "/repositories/{repositoryId}/snapshots/uploads", { valid: () => ({ body: { size: 1024 } }) }),
  read("/repositories/{repositoryId}/snapshots/uploads/{uploadId}"),
  write("PUT", "/repositories/{repositoryId}/snapshots/uploads/{uploadId}/parts/{partNumber}"),
  write("POST", "/repositories/{repositoryId}/snapshots/uploads/{uploadId}/complete", { valid: () => ({ body: {} }) }),
  write("DELETE", "/repositories/{repositoryId}/snapshots/uploads/{uploadId}"),
  read("/repositories/{repositoryId}/analyses"),
  read("/analyses/{analysisId}"),

  read("/research-tasks", {
    foreign: (t) => [{ query: { technologyId: t.technologyId } }, { query: { repositoryId: t.repositoryId } }],
  }),
  write("POST", "/research-tasks", {
    valid: () => ({ body: { title: "task" } }),
    foreign: (t) => [
      { body: { title: "x", technologyId: t.technologyId } },
      { body: { title: "x", repositoryId: t.repositoryId } },
    ],
  }),
  read("/research-tasks/{taskId}"),
  write("PATCH", "/research-tasks/{taskId}", {
    valid: () => ({ body: { status: "done" } }),
    foreign: (t) => [{ body: { technologyId: t.technologyId } }, { body: { repositoryId: t.repositoryId } }],
  }),
  write("DELETE", "/research-tasks/{taskId}"),

  read("/knowledge/entries", { foreign: (t) => [{ query: { technologyId: t.technologyId } }] }),
  write("POST", "/knowledge/entries", {
    valid: () => ({ body: { title: "entry" } }),
    foreign: (t, m) => [
      { body: { title: "x", technologyIds: [m.technologyId, t.technologyId] } },
      { body: { title: "x", feedId: t.feedId } },
    ],
  }),
  read("/knowledge/entries/{entryId}"),
  write("PATCH", "/knowledge/entries/{entryId}", {
    valid: () => ({ body: { content: "changed" } }),
    foreign: (t) => [{ body: { technologyIds: [t.technologyId] } }, { body: { feedId: t.feedId } }],
  }),
  write("DELETE", "/knowledge/entries/{entryId}"),

  read("/knowledge/documents", {
    foreign: (t) => [{ query: { technologyId: t.technologyId } }, { query: { feedId: t.feedId } }],
  }),
  write("POST", "/knowledge/documents", {
    valid: () => ({ body: { ...doc, title: `d-${crypto.randomUUID()}` } }),
    foreign: (t) => [{ body: { ...doc, title: "foreign", technologyIds: [t.technologyId] } }],
  }),
  read("/knowledge/documents/{documentId}"),
  read("/knowledge/documents/{documentId}/chunks"),
  write("PATCH", "/knowledge/documents/{documentId}", {
    valid: () => ({ body: { tags: ["x"] } }),
    foreign: (t) => [{ body: { technologyIds: [t.technologyId] } }],
  }),
  write("DELETE", "/knowledge/documents/{documentId}"),
  write("POST", "/knowledge/reindex"),
  read("/knowledge/search", {
    valid: () => ({ query: { q: "probe", mode: "keyword" } }),
    foreign: (t) => [{ query: { q: "probe", mode: "keyword", technology: t.technologyId } }],
  }),

  read("/knowledge/feeds"),
  write("POST", "/knowledge/feeds", {
    valid: () => ({ body: { url: `https://feeds.example.test/${crypto.randomUUID()}.xml`, poll: false } }),
    foreign: (t) => [
      { body: { url: "https://feeds.example.test/foreign.xml", poll: false, technologyIds: [t.technologyId] } },
    ],
  }),
  read("/knowledge/feeds/{feedId}"),
  write("POST", "/knowledge/feeds/{feedId}/poll"),
  write("DELETE", "/knowledge/feeds/{feedId}"),

  read("/job-types"),
  read("/jobs", { foreign: (t) => [{ query: { parentId: t.jobId } }] }),
  read("/jobs/stats"),
  write("POST", "/jobs", {
    valid: () => ({ body: { type: "system.probe", params: { steps: 1, intervalMs: 0 }, runAt: later() } }),
    foreign: (t) => [
      { body: { type: "repository.analyse", params: { repositoryId: t.repositoryId }, runAt: later() } },
      { body: { type: "knowledge.poll_feed", params: { feedId: t.feedId }, runAt: later() } },
    ],
  }),
  read("/jobs/{jobId}"),
  write("POST", "/jobs/{jobId}/cancel"),
  write("POST", "/jobs/{jobId}/retry"),
  write("DELETE", "/jobs/{jobId}"),
  read("/jobs/{jobId}/ws-ticket", { method: "POST" }),

  read("/events"),
  read("/events/ws-ticket", { method: "POST" }),

  read("/schedules"),
  read("/schedules/preview", { valid: () => ({ query: { frequency: "daily" } }) }),
  write("POST", "/schedules", {
    valid: () => ({ body: { name: `s-${crypto.randomUUID()}`, frequency: "daily", jobType: "system.probe" } }),
    foreign: (t) => [
      {
        body: {
          name: "foreign",
          frequency: "daily",
          jobType: "repository.analyse",
          jobParams: { repositoryId: t.repositoryId },
        },
      },
    ],
  }),
  read("/schedules/{scheduleId}"),
  write("PATCH", "/schedules/{scheduleId}", {
    valid: () => ({ body: { name: `s-${crypto.randomUUID()}` } }),
    foreign: (t) => [{ body: { jobType: "repository.analyse", jobParams: { repositoryId: t.repositoryId } } }],
  }),
  write("DELETE", "/schedules/{scheduleId}"),
  write("POST", "/schedules/{scheduleId}/enable"),
  write("POST", "/schedules/{scheduleId}/disable"),
  write("POST", "/schedules/{scheduleId}/run"),
  read("/schedules/{scheduleId}/preview"),

  read("/webhooks"),
  write("POST", "/webhooks", {
    valid: () => ({ body: { url: "https://hooks.example.test/other", eventPatterns: ["security.none"] } }),
  }),
  read("/webhooks/{webhookId}"),
  write("PATCH", "/webhooks/{webhookId}", { valid: () => ({ body: { description: "changed" } }) }),
  write("DELETE", "/webhooks/{webhookId}"),
  write("POST", "/webhooks/{webhookId}/rotate-secret"),
  read("/webhooks/{webhookId}/deliveries"),
  read("/webhooks/{webhookId}/deliveries/{deliveryId}"),
  write("POST", "/webhooks/{webhookId}/deliveries/{deliveryId}/retry"),
  write("POST", "/webhooks/{webhookId}/recover", { valid: () => ({ body: { since: "2026-01-01T00:00:00Z" } }) }),
  write("POST", "/webhooks/{webhookId}/test"),
  read("/webhooks/{webhookId}/stats"),

  read("/exports"),
  write("POST", "/exports", {
    valid: () => ({ body: { format: "json", subject: "technologies" } }),
    foreign: (t) => [{ body: { format: "json", subject: "analysis", filters: { analysisId: t.analysisId } } }],
  }),
  write("POST", "/batch/exports", {
    valid: () => ({ body: { formats: ["json", "csv"], subject: "technologies" } }),
    foreign: (t) => [{ body: { formats: ["sarif"], subject: "analysis", filters: { analysisId: t.analysisId } } }],
  }),
  write("POST", "/imports", {
    valid: () => ({ body: { content: `name,ring,quadrant\ni-${crypto.randomUUID()},adopt,tools\n` } }),
  }),
  write("POST", "/batch/technologies", {
    valid: (m) => ({ body: { ids: [m.technologyId], set: { priority: 2 }, note: "batch" } }),
    foreign: (t, m) => [{ body: { ids: [m.technologyId, t.technologyId], set: { priority: 1 } } }],
  }),
  write("POST", "/batch/analyses", {
    valid: (m) => ({ body: { repositoryIds: [m.repositoryId] } }),
    foreign: (t, m) => [{ body: { repositoryIds: [m.repositoryId, t.repositoryId] } }],
  }),
  read("/exports/{exportId}"),
  read("/exports/{exportId}/download"),
  write("DELETE", "/exports/{exportId}"),

  read("/integrations/github"),
  admin("PUT", "/integrations/github"),
  admin("DELETE", "/integrations/github"),

  admin("GET", "/audit", {
    foreign: (t) => [{ query: { entityId: t.technologyId } }, { query: { keyId: t.keyId } }],
  }),
  admin("GET", "/keys"),
  admin("POST", "/keys", { valid: () => ({ body: { name: "k", scopes: ["read"] } }) }),
  admin("GET", "/keys/{keyId}"),
  admin("POST", "/keys/{keyId}/revoke"),

  admin("GET", "/members"),
  admin("PATCH", "/members/{memberId}", { valid: () => ({ body: { role: "viewer" } }) }),
  admin("DELETE", "/members/{memberId}"),
  admin("GET", "/invitations"),
  admin("POST", "/invitations", { valid: () => ({ body: { email: "probe@seed.test", role: "viewer" } }) }),
  admin("DELETE", "/invitations/{invitationId}"),
];

/** Path parameters that are not ids: the same in every project. */
export const LITERALS: Record<string, string> = { partNumber: "1" };

/**
 * The path with one id placeholder taken from `theirs` and the rest from `mine`, once per id
 * placeholder: a nested route must refuse another project's object under one's own parent.
 */
export function mixedPaths(path: string, mine: Ids, theirs: Ids): string[] {
  const names = [...path.matchAll(/\{(\w+)\}/g)].flatMap((m) => (m[1] && !(m[1] in LITERALS) ? [m[1]] : []));
  if (names.length < 2) return [];
  return names.map((foreign) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) =>
      name === foreign ? theirs[name as keyof Ids] : (LITERALS[name] ?? mine[name as keyof Ids]),
    ),
  );
}

/** The path with the seeded ids of one project filled in. */
export function fill(path: string, ids: Ids): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => LITERALS[name] ?? ids[name as keyof Ids]);
}

/** The path as the OpenAPI document writes it, to compare templates regardless of parameter names. */
export const template = (path: string): string => path.replace(/\{\w+\}/g, "{}");
