import { env, exports } from "cloudflare:workers";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import type { Role } from "../../worker/db/schema";
import * as schema from "../../worker/db/schema";
import { api, expectAnswer, ORIGIN } from "../client";
import { call, expectError, instanceAdmin, uniq } from "../helpers";
import { connectV2 } from "../mcp/clients";
import { addMember, asPerson, insertUser, member, type Person, signIn } from "../people";
import { fill, type Input, OPERATIONS, type Operation } from "./operations";
import { seedTenant } from "./seed";

const admin = await instanceAdmin();
const a = await seedTenant(admin);
const b = await seedTenant(admin);

const people: Record<Role, Person> = {
  viewer: await member(a.tenant.projectId, "viewer"),
  editor: await member(a.tenant.projectId, "editor"),
  admin: await member(a.tenant.projectId, "admin"),
  owner: await member(a.tenant.projectId, "owner"),
};
/** A member of project b only: project a is someone else's. */
const outsider = await signIn(await insertUser());
await addMember(b.tenant.projectId, outsider.userId, "owner");

const withQuery = (path: string, query: Input["query"]) => {
  const entries = Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length ? `${path}?${new URLSearchParams(entries)}` : path;
};

/** A dashboard request from the person's browser (cookie, CSRF token, this origin) naming project a. */
const send = (op: Operation, person: Person, input: Input = {}) =>
  call(op.method, withQuery(`/api/v1${fill(op.path, a.ids)}`, input.query), {
    body: input.body,
    headers: { cookie: person.cookie, "x-csrf-token": person.csrf, origin: ORIGIN, "x-project-id": a.tenant.projectId },
  });

/** Every table with a project column, from the drizzle schema (as tenant-routes.test.ts counts them). */
const TABLES = Object.values(schema).flatMap((t) =>
  is(t, SQLiteTable) && "projectId" in getTableColumns(t) ? [getTableName(t)] : [],
);

/** Rows per tenant table and unrevoked keys of a project: "nothing written" means this stays put. */
async function projectRows(projectId: string): Promise<string> {
  const tables = TABLES;
  const counts = await env.DB.batch<{ n: number }>(
    tables.map((t) => env.DB.prepare(`select count(*) as n from "${t}" where project_id = ?`).bind(projectId)),
  );
  const keys = await env.DB.prepare("select count(*) as n from api_keys where project_id = ? and revoked_at is null")
    .bind(projectId)
    .first<{ n: number }>();
  return JSON.stringify([counts.map((c) => c.results[0]?.n), keys?.n]);
}

/**
 * Key routes every member may use for their own keys (list, make within their role, read, revoke);
 * another member's key answers 404 and asking above one's role 403 (tests/api/key-owners.test.ts).
 */
const SELF_SERVICE = new Set(["/keys", "/keys/{keyId}", "/keys/{keyId}/revoke"]);

const name = (op: Operation) => `${op.method} ${op.path}`;
const refusedTo: Record<Operation["scope"], Role[]> = { read: [], write: ["viewer"], admin: ["viewer", "editor"] };

describe.each(OPERATIONS.map((op) => [name(op), op] as const))("%s for people", (_, op) => {
  it("answers 404 to a person who is not a member of the project", async () => {
    const before = await projectRows(a.tenant.projectId);
    expectError(await send(op, outsider, op.valid?.(a.ids)), 404, "not_found");
    expect(await projectRows(a.tenant.projectId)).toBe(before);
  });

  const refused = SELF_SERVICE.has(op.path) ? [] : refusedTo[op.scope];
  if (refused.length)
    it(`answers 403 to ${refused.join(" and ")}, and writes nothing`, async () => {
      for (const role of refused) {
        const before = await projectRows(a.tenant.projectId);
        expectError(await send(op, people[role], op.valid?.(a.ids)), 403, "forbidden");
        expect(await projectRows(a.tenant.projectId), role).toBe(before);
      }
    });

  if (op.method === "GET")
    it("lets the weakest role that holds the scope read it", async () => {
      const role: Role = op.scope === "read" ? "viewer" : op.scope === "write" ? "editor" : "admin";
      const res = await send(op, people[role], op.valid?.(a.ids));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });
});

describe("projects for people", () => {
  it("lists only the projects the person belongs to", async () => {
    const res = await call<{ data: { id: string }[]; total: number }>("GET", "/api/v1/projects", {
      headers: { cookie: outsider.cookie },
    });
    expect(res.body.data.map((p) => p.id)).toEqual([b.tenant.projectId]);
    expect(res.body.total).toBe(1);
  });

  it("answers 404 for another project by id, for a member of a different one", async () => {
    const res = await call("GET", `/api/v1/projects/${a.tenant.projectId}`, { headers: { cookie: outsider.cookie } });
    expectError(res, 404, "not_found");
  });

  it("lets a project admin change its settings and refuses an editor", async () => {
    const patch = (p: Person, description: string) =>
      call("PATCH", `/api/v1/projects/${a.tenant.projectId}`, {
        body: { description },
        headers: { cookie: p.cookie, "x-csrf-token": p.csrf, origin: ORIGIN },
      });
    expectError(await patch(people.editor, "by an editor"), 403, "forbidden");
    expect((await patch(people.admin, "by an admin")).status).toBe(200);
  });

  it("refuses project creation to anyone but an instance admin", async () => {
    const body = { name: "by owner", owner: "people" };
    const headers = { cookie: people.owner.cookie, "x-csrf-token": people.owner.csrf, origin: ORIGIN };
    expectError(await call("POST", "/api/v1/projects", { body, headers }), 403, "forbidden");
    const root = await signIn(await insertUser({ instanceAdmin: true }));
    const asRoot = { cookie: root.cookie, "x-csrf-token": root.csrf, origin: ORIGIN };
    expect((await call("POST", "/api/v1/projects", { body, headers: asRoot })).status).toBe(201);
  });

  it("loses access to a project the moment the membership is removed", async () => {
    const leaving = await member(a.tenant.projectId, "editor");
    const read = () =>
      call("GET", "/api/v1/technologies", { headers: { cookie: leaving.cookie, "x-project-id": a.tenant.projectId } });
    expect((await read()).status).toBe(200);
    await env.DB.prepare("delete from memberships where user_id = ?").bind(leaving.userId).run();
    expectError(await read(), 404, "not_found");
  });
});

/** The ticket routes of both socket kinds, as the dashboard asks for them. */
const TICKETS = [
  { kind: "event", path: () => "/events/ws-ticket" },
  { kind: "job", path: () => `/jobs/${a.ids.jobId}/ws-ticket` },
] as const;

describe.each(TICKETS)("$kind sockets for people", ({ path }) => {
  const ticket = (person: Person) =>
    call<{ url: string }>("POST", `/api/v1${path()}`, {
      headers: {
        cookie: person.cookie,
        "x-csrf-token": person.csrf,
        origin: ORIGIN,
        "x-project-id": a.tenant.projectId,
      },
    });

  it("lets a viewer watch", async () => {
    const issued = await ticket(people.viewer);
    expect(issued.status).toBe(200);
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}${issued.body.url}`, { headers: { upgrade: "websocket" } }),
    );
    expect(res.status).toBe(101);
    res.webSocket?.accept();
    res.webSocket?.close();
  });

  it("answers 404 on the ticket to a person who is not a member", async () => {
    expectError(await ticket(outsider), 404, "not_found");
  });
});

describe("MCP for people's keys", () => {
  const keyOf = async (person: Person, scopes: ("read" | "write")[]) =>
    (
      await expectAnswer(
        api(undefined, asPerson(person, a.tenant.projectId)).keys.$post({ json: { name: uniq("mcp"), scopes } }),
        201,
      )
    ).body.secret;
  const move = { id: a.ids.technologyId, status: "archived" };

  it("refuses write tools to a viewer's key, and to an editor's key once the editor is made a viewer", async () => {
    const viewerKey = await keyOf(people.viewer, ["read"]);
    const demoted = await member(a.tenant.projectId, "editor");
    const editorKey = await keyOf(demoted, ["read", "write"]);
    await env.DB.prepare("update memberships set role = 'viewer' where user_id = ?").bind(demoted.userId).run();
    for (const key of [viewerKey, editorKey]) {
      const before = await projectRows(a.tenant.projectId);
      const client = await connectV2(key);
      const answer = await client.callTool({ name: "move_technology", arguments: move });
      expect(answer.isError).toBe(true);
      expect(JSON.stringify(answer.content)).toContain("forbidden");
      const read = await client.callTool({ name: "get_technology", arguments: { id: a.ids.technologyId } });
      expect(read.isError).toBeFalsy();
      await client.close();
      expect(await projectRows(a.tenant.projectId)).toBe(before);
    }
  });

  it("refuses a removed member's key", async () => {
    const leaving = await member(a.tenant.projectId, "editor");
    const key = await keyOf(leaving, ["read"]);
    const ping = () => call("POST", "/mcp", { key, body: { jsonrpc: "2.0", id: 1, method: "ping" } });
    expect((await ping()).status).not.toBe(401);
    const removed = await call("DELETE", `/api/v1/members/${leaving.userId}`, {
      headers: {
        cookie: people.owner.cookie,
        "x-csrf-token": people.owner.csrf,
        origin: ORIGIN,
        "x-project-id": a.tenant.projectId,
      },
    });
    expect(removed.status).toBe(204);
    expect((await ping()).status).toBe(401);
  });
});
