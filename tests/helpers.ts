import { env, exports } from "cloudflare:workers";
import type { InferRequestType } from "hono/client";
import { expect } from "vitest";
import { generateKey } from "../shared/key-format";
import type { KeyPlan } from "../shared/vocabulary";
import { sha256Hex } from "../worker/lib/crypto";
import { newId } from "../worker/lib/ids";
import { api, expectStatus, ORIGIN } from "./client";

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

/**
 * Writes a key straight into D1, as the start script does for the bootstrap admin key. Test keys
 * get the `service` rate-limit plan (the security suite sends hundreds of requests a minute with
 * one key) unless a test asks for another.
 */
export async function insertKey(
  projectId: string | null,
  scopes: ("read" | "write" | "admin")[],
  plan: KeyPlan = "service",
): Promise<string> {
  const { secret, prefix } = generateKey();
  await env.DB.prepare(
    "insert into api_keys (id, project_id, name, prefix, secret_hash, scopes, plan) values (?, ?, ?, ?, ?, ?, ?)",
  )
    .bind(newId("key"), projectId, "test key", prefix, await sha256Hex(secret), JSON.stringify(scopes), plan)
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
  const project = await expectStatus(api(admin).projects.$post({ json: { name, owner: "tests" } }), 201);
  const projectId = project.id;
  return {
    projectId,
    slug: project.slug,
    write: await insertKey(projectId, ["read", "write"]),
    read: await insertKey(projectId, ["read"]),
    admin: await insertKey(projectId, ["admin"]),
  };
}

/** A short unique suffix so names never collide across tests sharing one file's storage. */
export const uniq = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** The fields every versioned row answers with (hand-typed, for raw calls; typed calls need none). */
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

type Client = ReturnType<typeof api>;
/**
 * The JSON body a typed route takes. The create helpers below POST through the typed client, fail
 * the test unless the answer is 201, and return the created row typed by the route.
 */
type BodyOf<Route> = InferRequestType<Route> extends { json: infer J } ? J : never;

/** A technology with a unique title unless the body names one. */
export const createTechnology = (key: string, body: Partial<BodyOf<Client["technologies"]["$post"]>> = {}) =>
  expectStatus(api(key).technologies.$post({ json: { title: uniq("tech"), ...body } }), 201);

/** A repository with a unique owner/name unless the body names them. */
export const createRepository = (key: string, body: BodyOf<Client["repositories"]["$post"]> = {}) =>
  expectStatus(
    api(key).repositories.$post({ json: { provider: "github", owner: "acme", name: uniq("repo"), ...body } }),
    201,
  );

/** A research task with a unique title unless the body names one. */
export const createTask = (key: string, body: Partial<BodyOf<Client["research-tasks"]["$post"]>> = {}) =>
  expectStatus(api(key)["research-tasks"].$post({ json: { title: uniq("task"), ...body } }), 201);

/** A knowledge entry with a unique title unless the body names one. */
export const createEntry = (key: string, body: Partial<BodyOf<Client["knowledge"]["entries"]["$post"]>> = {}) =>
  expectStatus(api(key).knowledge.entries.$post({ json: { title: uniq("entry"), ...body } }), 201);

/** The audit rows about one entity, newest first, read with an admin key. */
export async function auditOf(adminKey: string, entityId: string) {
  return (await expectStatus(api(adminKey).audit.$get({ query: { entityId, limit: 100 } }), 200)).data;
}

/** A technology's history rows, newest first. */
export async function historyOf(key: string, technologyId: string) {
  const pending = api(key).technologies[":id"].history.$get({ param: { id: technologyId }, query: { limit: 100 } });
  return (await expectStatus(pending, 200)).data;
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
