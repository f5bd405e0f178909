import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus, ORIGIN } from "../client";
import { createTenant, instanceAdmin, type Tenant, uniq } from "../helpers";
import { asPerson, member, type Person } from "../people";

let admin: string;
let a: Tenant;
let b: Tenant;
let owner: Person;

beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, uniq("owners-a"));
  b = await createTenant(admin, uniq("owners-b"));
  owner = await member(a.projectId, "owner");
});

const setRole = (person: Person, role: string) =>
  env.DB.prepare("update memberships set role = ? where user_id = ? and project_id = ?")
    .bind(role, person.userId, a.projectId)
    .run();

/** A key the person makes for themselves from the dashboard. */
async function ownKey(person: Person, scopes: ("read" | "write" | "admin")[]) {
  const made = await expectAnswer(
    api(undefined, asPerson(person, a.projectId)).keys.$post({ json: { name: uniq("mine"), scopes } }),
    201,
  );
  return made.body;
}

const createTech = (key: string) => api(key).technologies.$post({ json: { title: uniq("Owned") } });
const listTech = (key: string) => api(key).technologies.$get({ query: {} });

describe("keys owned by people", () => {
  it("belong to the person who makes them, who cannot ask for more than their role", async () => {
    const editor = await member(a.projectId, "editor");
    const made = await ownKey(editor, ["read", "write"]);
    expect(made.key).toMatchObject({ ownerId: editor.userId, projectId: a.projectId, scopes: ["read", "write"] });
    await expectFailure(
      api(undefined, asPerson(editor, a.projectId)).keys.$post({ json: { name: "too much", scopes: ["admin"] } }),
      403,
      "forbidden",
    );
    await expectFailure(
      api(undefined, asPerson(editor, a.projectId)).keys.$post({
        json: { name: "svc", scopes: ["read"], ownerId: null },
      }),
      403,
      "forbidden",
    );
    const viewer = await member(a.projectId, "viewer");
    expect((await ownKey(viewer, ["read"])).key.ownerId).toBe(viewer.userId);
  });

  it("lets a project admin make service-account keys and lists each key's owner", async () => {
    const svc = await expectStatus(
      api(undefined, asPerson(owner, a.projectId)).keys.$post({
        json: { name: "ci", scopes: ["write"], ownerId: null },
      }),
      201,
    );
    expect(svc.key.ownerId).toBeNull();
    const list = await expectStatus(api(a.admin).keys.$get({ query: {} }), 200);
    expect(list.data.find((k) => k.id === svc.key.id)?.ownerId).toBeNull();
  });

  it("shows a member who is not an admin only their own keys", async () => {
    const editor = await member(a.projectId, "editor");
    const mine = await ownKey(editor, ["read"]);
    const list = await expectStatus(api(undefined, asPerson(editor, a.projectId)).keys.$get({ query: {} }), 200);
    expect(list.data.map((k) => k.id)).toEqual([mine.key.id]);
  });

  it("refuses a key's writes the moment its owner's role is lowered, cached reads included", async () => {
    const editor = await member(a.projectId, "editor");
    const { secret } = await ownKey(editor, ["read", "write"]);
    await expectStatus(listTech(secret), 200);
    await expectStatus(createTech(secret), 201);
    await setRole(editor, "viewer");
    await expectFailure(createTech(secret), 403, "forbidden");
    await expectStatus(listTech(secret), 200);
    await setRole(editor, "editor");
    await expectStatus(createTech(secret), 201);
  });

  it("refuses an admin read through a cached key once the owner is no longer an admin", async () => {
    const projectAdmin = await member(a.projectId, "admin");
    const { secret } = await ownKey(projectAdmin, ["admin"]);
    await expectStatus(api(secret).keys.$get({ query: {} }), 200);
    await expectStatus(api(secret).keys.$get({ query: {} }), 200);
    await setRole(projectAdmin, "editor");
    await expectFailure(api(secret).keys.$get({ query: {} }), 403, "forbidden");
    await expectStatus(listTech(secret), 200);
  });

  it("records the key's owner on audit rows of its writes", async () => {
    const editor = await member(a.projectId, "editor");
    const { secret } = await ownKey(editor, ["read", "write"]);
    const tech = await expectStatus(createTech(secret), 201);
    const row = await env.DB.prepare("select user_id from audit_log where entity_id = ? and action = 'create'")
      .bind(tech.id)
      .first<{ user_id: string | null }>();
    expect(row?.user_id).toBe(editor.userId);
  });

  it("revokes a removed member's keys and kills their socket tickets for that project only", async () => {
    const leaving = await member(a.projectId, "editor");
    const { secret, key } = await ownKey(leaving, ["read", "write"]);
    await expectStatus(listTech(secret), 200);
    const ticket = await expectStatus(api(undefined, asPerson(leaving, a.projectId)).events["ws-ticket"].$post(), 200);
    await env.DB.prepare("insert into memberships (project_id, user_id, role) values (?, ?, 'viewer')")
      .bind(b.projectId, leaving.userId)
      .run();
    const elsewhere = await expectStatus(
      api(undefined, asPerson(leaving, b.projectId)).events["ws-ticket"].$post(),
      200,
    );
    const open = await exports.default.fetch(
      new Request(`${ORIGIN}${ticket.url}`, { headers: { upgrade: "websocket" } }),
    );
    expect(open.status).toBe(101);
    const socket = open.webSocket;
    if (!socket) throw new Error("no socket");
    socket.accept();
    const closed = new Promise<number>((resolve) => socket.addEventListener("close", (e) => resolve(e.code)));
    const unused = await expectStatus(api(undefined, asPerson(leaving, a.projectId)).events["ws-ticket"].$post(), 200);

    const res = await api(undefined, asPerson(owner, a.projectId)).members[":id"].$delete({
      param: { id: leaving.userId },
    });
    expect(res.status).toBe(204);

    expect(await closed).toBe(4403);
    await expectFailure(listTech(secret), 401, "unauthorized");
    const revoked = await expectStatus(api(a.admin).keys[":id"].$get({ param: { id: key.id } }), 200);
    expect(revoked.revokedAt).not.toBeNull();
    const refused = await exports.default.fetch(
      new Request(`${ORIGIN}${unused.url}`, { headers: { upgrade: "websocket" } }),
    );
    expect(refused.status).toBe(401);
    const kept = await exports.default.fetch(
      new Request(`${ORIGIN}${elsewhere.url}`, { headers: { upgrade: "websocket" } }),
    );
    expect(kept.status).toBe(101);
    kept.webSocket?.accept();
    kept.webSocket?.close();
  });

  it("refuses every key of a disabled person at once", async () => {
    const editor = await member(a.projectId, "editor");
    const { secret } = await ownKey(editor, ["read"]);
    await expectStatus(listTech(secret), 200);
    await env.DB.prepare("update users set disabled_at = ? where id = ?")
      .bind(new Date().toISOString(), editor.userId)
      .run();
    await expectFailure(listTech(secret), 401, "unauthorized");
  });
});
