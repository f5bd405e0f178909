import { env, exports } from "cloudflare:workers";
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
