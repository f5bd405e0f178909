import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { generateKey } from "../worker/features/keys/key-format";
import { sha256Hex } from "../worker/lib/crypto";
import { newId } from "../worker/lib/ids";

const ORIGIN = "http://commandcenter.test";

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the Worker's real fetch handler with an optional key, JSON body and extra headers. */
export async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  opts: { key?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<Answer<T>> {
  const headers = new Headers(opts.headers);
  if (opts.key) headers.set("authorization", `Bearer ${opts.key}`);
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const res = await exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }));
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** Writes a key straight into D1, as the start script does for the bootstrap admin key. */
export async function insertKey(projectId: string | null, scopes: ("read" | "write" | "admin")[]): Promise<string> {
  const { secret, prefix } = generateKey();
  await env.DB.prepare(
    "insert into api_keys (id, project_id, name, prefix, secret_hash, scopes) values (?, ?, ?, ?, ?, ?)",
  )
    .bind(newId("key"), projectId, "test key", prefix, await sha256Hex(secret), JSON.stringify(scopes))
    .run();
  return secret;
}

export interface Tenant {
  projectId: string;
  slug: string;
  /** A project key with the write scope. */
  write: string;
  /** A project key with the read scope only. */
  read: string;
  /** A project key with the admin scope. */
  admin: string;
}

/** An instance admin key, created once per test file. */
export async function instanceAdmin(): Promise<string> {
  return insertKey(null, ["admin"]);
}

/** Creates a project through the API and mints keys for it. */
export async function createTenant(admin: string, name = `p-${crypto.randomUUID().slice(0, 8)}`): Promise<Tenant> {
  const res = await call<{ id: string; slug: string }>("POST", "/api/v1/projects", {
    key: admin,
    body: { name, owner: "tests" },
  });
  if (res.status !== 201) throw new Error(`project create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const projectId = res.body.id;
  return {
    projectId,
    slug: res.body.slug,
    write: await insertKey(projectId, ["read", "write"]),
    read: await insertKey(projectId, ["read"]),
    admin: await insertKey(projectId, ["admin"]),
  };
}

/** A short unique suffix so names never collide across tests sharing one file's storage. */
export const uniq = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** The fields every versioned row answers with. */
export interface Row {
  id: string;
  projectId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** A list answer. */
export interface Page<T = Row> {
  data: T[];
  page: number;
  limit: number;
  total: number;
}

/** The error envelope every failure answers with. */
export interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown };
  requestId: string;
}

/** One audit log row as the API answers it. */
export interface AuditRow {
  id: string;
  projectId: string | null;
  keyId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  createdAt: string;
}

/** One technology history row. */
export interface HistoryRow {
  id: string;
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  note: string | null;
  actorKeyId: string | null;
}

/** POSTs to a collection, fails the test unless it answers 201, and returns the created row. */
export async function create<T extends Row = Row>(key: string, path: string, body: unknown): Promise<T> {
  const res = await call<T>("POST", path, { key, body });
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A technology with a unique title unless the body names one. */
export const createTechnology = (key: string, body: Record<string, unknown> = {}) =>
  create(key, "/api/v1/technologies", { title: uniq("tech"), ...body });

/** A repository with a unique owner/name unless the body names them. */
export const createRepository = (key: string, body: Record<string, unknown> = {}) =>
  create(key, "/api/v1/repositories", { provider: "github", owner: "acme", name: uniq("repo"), ...body });

/** A research task with a unique title unless the body names one. */
export const createTask = (key: string, body: Record<string, unknown> = {}) =>
  create(key, "/api/v1/research-tasks", { title: uniq("task"), ...body });

/** A knowledge entry with a unique title unless the body names one. */
export const createEntry = (key: string, body: Record<string, unknown> = {}) =>
  create(key, "/api/v1/knowledge/entries", { title: uniq("entry"), ...body });

/** The audit rows about one entity, newest first, read with an admin key. */
export async function auditOf(adminKey: string, entityId: string): Promise<AuditRow[]> {
  const res = await call<Page<AuditRow>>("GET", `/api/v1/audit?entityId=${encodeURIComponent(entityId)}&limit=100`, {
    key: adminKey,
  });
  if (res.status !== 200) throw new Error(`audit read answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** A technology's history rows, newest first. */
export async function historyOf(key: string, technologyId: string): Promise<HistoryRow[]> {
  const res = await call<Page<HistoryRow>>("GET", `/api/v1/technologies/${technologyId}/history?limit=100`, { key });
  if (res.status !== 200) throw new Error(`history read answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** The `path` of each field issue in a validation error's details. */
export function issuePaths(body: unknown): string[] {
  const details = (body as ErrorEnvelope).error?.details;
  if (!Array.isArray(details)) return [];
  return details.map((d: { path?: unknown }) => String(d.path));
}

/** Asserts the error envelope: status, stable code, a message, and the request id echoed in the header. */
export function expectError(res: Answer<unknown>, status: number, code: string): ErrorEnvelope {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as ErrorEnvelope;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  return body;
}
