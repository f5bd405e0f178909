import { env } from "cloudflare:workers";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../worker/db/schema";
import { call, expectError, instanceAdmin } from "../helpers";
import { fill, type Input, mixedPaths, type Operation, OPERATIONS as TENANT_OPERATIONS, template } from "./operations";
import { INSTANCE_ONLY, PORTFOLIO_OPERATIONS } from "./portfolio-operations";
import { type Seeded, seedTenant } from "./seed";

/** Every route a project key reaches: the tenant routes and the portfolio, which for it is its own project. */
const OPERATIONS: Operation[] = [...TENANT_OPERATIONS, ...PORTFOLIO_OPERATIONS];
const admin = await instanceAdmin();
const a = await seedTenant(admin);
const b = await seedTenant(admin);

/** Every table with a project column, from the drizzle schema (so a new table is counted too). */
const TENANT_TABLES = Object.values(schema).flatMap((t) =>
  is(t, SQLiteTable) && "projectId" in getTableColumns(t) ? [getTableName(t)] : [],
);

const withQuery = (path: string, query: Input["query"]) => {
  const entries = Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length ? `${path}?${new URLSearchParams(entries)}` : path;
};
const send = (op: Operation, path: string, key: string | undefined, input: Input = {}) =>
  call(op.method, withQuery(`/api/v1${path}`, input.query), { key, body: input.body });

/** Rows in every tenant table of a project, straight from D1: "nothing written" means these stay put. */
async function rowCounts(projectId: string): Promise<Record<string, number>> {
  const counts = await env.DB.batch<{ n: number }>(
    TENANT_TABLES.map((t) => env.DB.prepare(`select count(*) as n from "${t}" where project_id = ?`).bind(projectId)),
  );
  return Object.fromEntries(TENANT_TABLES.map((t, i) => [t, counts[i]?.results[0]?.n ?? 0]));
}

/** Every seeded object as its own project reads it, minus what reading itself changes. */
async function objects(s: Seeded): Promise<unknown[]> {
  const reads = OPERATIONS.filter(
    (op) => op.method === "GET" && op.path.includes("{") && !op.path.endsWith("/preview"),
  );
  const answers = await Promise.all(
    reads.map((op) => send(op, fill(op.path, s.ids), s.tenant.admin, op.valid?.(s.ids))),
  );
  return answers.map((res, i) => {
    expect(res.status, `${reads[i]?.path} as its owner: ${JSON.stringify(res.body)}`).toBe(200);
    return JSON.parse(JSON.stringify(res.body), (key, value) => (key === "lastUsedAt" ? undefined : value));
  });
}

const name = (op: Operation) => `${op.method} ${op.path}`;
const allIds = (s: Seeded) => Object.values(s.ids);

describe("every tenant route is covered by this suite", () => {
  it("lists each keyed operation of the OpenAPI document except the instance-level projects routes", async () => {
    const doc = await call<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>(
      "GET",
      "/api/v1/openapi.json",
    );
    const covered = new Set([...OPERATIONS, ...INSTANCE_ONLY].map((op) => `${op.method} ${template(op.path)}`));
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.body.paths)) {
      for (const [method, spec] of Object.entries(methods)) {
        const isPublic = Array.isArray(spec.security) && spec.security.length === 0;
        // Projects and the caller's own session act on no one project: tests/api/projects.test.ts, sessions.test.ts.
        if (isPublic || path.startsWith("/api/v1/projects") || path.startsWith("/api/v1/auth/")) continue;
        const id = `${method.toUpperCase()} ${template(path.replace("/api/v1", ""))}`;
        if (!covered.has(id)) missing.push(id);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe.each(OPERATIONS.map((op) => [name(op), op] as const))("%s", (_, op) => {
  it("answers 401 without a key", async () => {
    expectError(await send(op, fill(op.path, a.ids), undefined, op.valid?.(a.ids)), 401, "unauthorized");
  });

  if (op.scope !== "read")
    it("answers 403 to a key without the scope, and writes nothing", async () => {
      const before = await rowCounts(a.tenant.projectId);
      const keys = op.scope === "admin" ? [a.tenant.read, a.tenant.write] : [a.tenant.read];
      for (const key of keys) {
        expectError(await send(op, fill(op.path, a.ids), key, op.valid?.(a.ids)), 403, "forbidden");
      }
      expect(await rowCounts(a.tenant.projectId)).toEqual(before);
    });

  if (op.path.includes("{"))
    it("answers 404 for another project's object and leaves it unchanged", async () => {
      const before = await objects(b);
      const counts = await rowCounts(b.tenant.projectId);
      const res = await send(op, fill(op.path, b.ids), a.tenant.admin, op.valid?.(a.ids));
      expectError(res, 404, "not_found");
      expect(await objects(b)).toEqual(before);
      expect(await rowCounts(b.tenant.projectId)).toEqual(counts);
    });

  if (mixedPaths(op.path, a.ids, b.ids).length)
    it("answers 404 when one id of its path is another project's, and writes nothing", async () => {
      for (const path of mixedPaths(op.path, a.ids, b.ids)) {
        const counts = [await rowCounts(a.tenant.projectId), await rowCounts(b.tenant.projectId)];
        expectError(await send(op, path, a.tenant.admin, op.valid?.(a.ids)), 404, "not_found");
        expect([await rowCounts(a.tenant.projectId), await rowCounts(b.tenant.projectId)], path).toEqual(counts);
      }
    });

  if (op.foreign !== undefined)
    it("refuses another project's ids in its body or query", async () => {
      for (const input of op.foreign?.(b.ids, a.ids) ?? []) {
        const before = await rowCounts(a.tenant.projectId);
        const theirs = await rowCounts(b.tenant.projectId);
        const res = await send(op, fill(op.path, a.ids), a.tenant.admin, input);
        const why = `${JSON.stringify(input)} answered ${res.status} ${JSON.stringify(res.body)}`;
        if (op.method === "GET" && res.status === 200) {
          // A read filtered by a foreign id finds nothing, exactly as for an id that does not exist.
          expect((res.body as { data?: unknown[] }).data ?? (res.body as { results?: unknown[] }).results, why).toEqual(
            [],
          );
        } else {
          expect([400, 404], why).toContain(res.status);
        }
        expect(await rowCounts(a.tenant.projectId), why).toEqual(before);
        expect(await rowCounts(b.tenant.projectId), why).toEqual(theirs);
      }
    });

  if (op.method === "GET")
    it("never answers with another project's ids", async () => {
      const res = await send(op, fill(op.path, a.ids), a.tenant.admin, op.valid?.(a.ids));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const text = JSON.stringify(res.body);
      expect(allIds(b).filter((id) => text.includes(id))).toEqual([]);
    });
});

describe.each(INSTANCE_ONLY.map((op) => [name(op), op] as const))("%s (instance-level)", (_, op) => {
  const path = op.path.replace("{alias}", "react");
  it("answers 401 without a key and 403 to every project key, and writes nothing", async () => {
    expectError(await send(op, path, undefined, op.valid?.(a.ids)), 401, "unauthorized");
    const before = await env.DB.prepare("select count(*) as n from technology_links").first<{ n: number }>();
    for (const key of [a.tenant.read, a.tenant.write, a.tenant.admin]) {
      expectError(await send(op, path, key, op.valid?.(a.ids)), 403, "forbidden");
    }
    expect(await env.DB.prepare("select count(*) as n from technology_links").first<{ n: number }>()).toEqual(before);
  });
});

describe("sockets", () => {
  const upgrade = { upgrade: "websocket" };

  it("answers 401 to a socket without a key or ticket", async () => {
    expectError(await call("GET", `/api/v1/jobs/${a.ids.jobId}/ws`, { headers: upgrade }), 401, "unauthorized");
    expectError(await call("GET", "/api/v1/events/ws", { headers: upgrade }), 401, "unauthorized");
  });

  it("answers 404 to another project's job socket", async () => {
    const res = await call("GET", `/api/v1/jobs/${b.ids.jobId}/ws`, { key: a.tenant.read, headers: upgrade });
    expectError(res, 404, "not_found");
  });

  it("refuses one job's ticket on another project's job", async () => {
    const issued = await call<{ ticket: string }>("POST", `/api/v1/jobs/${a.ids.jobId}/ws-ticket`, {
      key: a.tenant.read,
    });
    expect(issued.status).toBe(200);
    const res = await call("GET", `/api/v1/jobs/${b.ids.jobId}/ws?ticket=${issued.body.ticket}`, { headers: upgrade });
    expect([401, 404]).toContain(res.status);
  });

  it("refuses an events ticket that names another project", async () => {
    const issued = await call<{ ticket: string }>("POST", "/api/v1/events/ws-ticket", { key: a.tenant.read });
    const secret = issued.body.ticket.split(".")[1];
    const res = await call("GET", `/api/v1/events/ws?ticket=${b.tenant.projectId}.${secret}`, { headers: upgrade });
    expect([401, 404]).toContain(res.status);
  });
});
