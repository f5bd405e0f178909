import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, uniq } from "../helpers";
import { asPerson, member } from "../people";

const admin = await instanceAdmin();

type Technologies = ReturnType<typeof api>["technologies"];
type TechnologyInput = Parameters<Technologies["$post"]>[0]["json"];
type TechnologyChange = Parameters<Technologies[":id"]["$patch"]>[0]["json"];

/** Adds a technology (a unique title unless one is given) and returns it. */
const createTechnology = (key: string, json: Partial<TechnologyInput> = {}) =>
  expectStatus(api(key).technologies.$post({ json: { title: uniq("tech"), ...json } }), 201);

const patch = (key: string, id: string, json: TechnologyChange, headers?: Record<string, string>) =>
  api(key, { headers }).technologies[":id"].$patch({ param: { id }, json });

/** A technology's history rows, newest first. */
const historyOf = async (key: string, id: string) =>
  (await expectStatus(api(key).technologies[":id"].history.$get({ param: { id }, query: { limit: "100" } }), 200)).data;

/** The audit rows about one entity, newest first, read with an admin key. */
const auditOf = async (key: string, entityId: string) =>
  (await expectStatus(api(key).audit.$get({ query: { entityId, limit: "100" } }), 200)).data;

type HistoryRow = Awaited<ReturnType<typeof historyOf>>[number];

/** History rows written after creation, without ids, in a stable order for comparison. */
const moves = (rows: HistoryRow[]) =>
  rows
    .filter((r) => r.kind !== "created")
    .map(({ kind, fromValue, toValue, note }) => ({ kind, fromValue, toValue, note }))
    .sort((a, b) => a.kind.localeCompare(b.kind));

describe("technology history", () => {
  it("starts with a created row holding the initial status", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { status: "evaluation" });
    const rows = await historyOf(t.read, tech.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "created", fromValue: null, toValue: "evaluation" });
  });

  it("writes a status row and a ring row when the move crosses rings, both with the note", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const moved = await expectStatus(patch(t.write, tech.id, { status: "integrated", note: "shipped in Q3" }), 200);
    expect(moved).toMatchObject({ status: "integrated", version: 2 });
    expect(moved).not.toHaveProperty("note");
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "ring", fromValue: "assess", toValue: "adopt", note: "shipped in Q3" },
      { kind: "status", fromValue: "discovery", toValue: "integrated", note: "shipped in Q3" },
    ]);
  });

  it("writes only a status row when the ring stays the same", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { status: "research" }), 200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "status", fromValue: "discovery", toValue: "research", note: null },
    ]);
  });

  it.each([
    ["implementation", "trial"],
    ["archived", "hold"],
  ] as const)("moves the ring from assess when the status becomes %s", async (status, ring) => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { status }), 200);
    const ringRows = moves(await historyOf(t.read, tech.id)).filter((r) => r.kind === "ring");
    expect(ringRows).toEqual([{ kind: "ring", fromValue: "assess", toValue: ring, note: null }]);
  });

  it("writes a priority row for a priority change", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { priority: 5, note: "customer ask" }), 200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "priority", fromValue: "3", toValue: "5", note: "customer ask" },
    ]);
  });

  it("writes status, ring and priority rows for one PATCH that moves all three", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { status: "implementation", priority: 1 });
    await expectStatus(patch(t.write, tech.id, { status: "integrated", priority: 2 }), 200);
    expect(moves(await historyOf(t.read, tech.id)).map((r) => `${r.kind}:${r.fromValue}>${r.toValue}`)).toEqual([
      "priority:1>2",
      "ring:trial>adopt",
      "status:implementation>integrated",
    ]);
  });

  it("records the key that made each move", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.admin, tech.id, { priority: 4 }), 200);
    const [created] = (await historyOf(t.read, tech.id)).filter((r) => r.kind === "created");
    const [moved] = (await historyOf(t.read, tech.id)).filter((r) => r.kind === "priority");
    const keys = await expectStatus(api(t.admin).keys.$get({ query: {} }), 200);
    const idOf = (scopes: string) => keys.data.find((k) => k.scopes.join(",") === scopes)?.id;
    expect(created?.actorKeyId).toBe(idOf("read,write"));
    expect(moved?.actorKeyId).toBe(idOf("admin"));
  });

  it("names who made each move: the person, the person and their key, or a service key alone", async () => {
    const t = await createTenant(admin);
    const editor = await member(t.projectId, "editor");
    const asEditor = asPerson(editor, t.projectId);
    const own = await expectStatus(
      api(undefined, asEditor).keys.$post({ json: { name: "editor laptop", scopes: ["read", "write"] } }),
      201,
    );
    const tech = await createTechnology(t.write);
    await expectStatus(
      api(undefined, asEditor).technologies[":id"].$patch({ param: { id: tech.id }, json: { priority: 2 } }),
      200,
    );
    await expectStatus(patch(own.secret, tech.id, { priority: 3 }), 200);
    const rows = await historyOf(t.read, tech.id);
    const byTo = (to: string) => rows.find((r) => r.toValue === to)?.actor;
    const person = { id: editor.userId, email: editor.email, name: expect.stringMatching(/^Person /) };
    expect(byTo("2")).toEqual({ person, key: null });
    expect(byTo("3")).toEqual({ person, key: { id: own.key.id, name: "editor laptop" } });
    const created = rows.find((r) => r.kind === "created");
    expect(created?.actor.person).toBeNull();
    expect(created?.actor.key?.id).toBe(created?.actorKeyId);
  });

  it("writes no history row for changes that are not moves", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { description: "d", tags: ["x"], note: "ignored" }), 200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([]);
  });

  it("writes no history or audit row for a PATCH that sets the same status", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { status: "research" });
    const same = await expectStatus(patch(t.write, tech.id, { status: "research", note: "still researching" }), 200);
    expect(same.version).toBe(1);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([]);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("writes neither history nor audit rows for a write rejected as stale", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { priority: 4 }), 200);
    await expectFailure(
      patch(t.write, tech.id, { status: "integrated", priority: 1 }, { "if-match": '"1"' }),
      409,
      "conflict",
    );
    expect(moves(await historyOf(t.read, tech.id)).map((r) => r.kind)).toEqual(["priority"]);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action).sort()).toEqual(["create", "update"]);
    const read = await expectStatus(api(t.read).technologies[":id"].$get({ param: { id: tech.id } }), 200);
    expect(read).toMatchObject({ status: "discovery", priority: 4, version: 2 });
  });

  it("lists newest first and pages with the total", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await expectStatus(patch(t.write, tech.id, { priority: 1 }), 200);
    await expectStatus(patch(t.write, tech.id, { priority: 2 }), 200);
    const all = await historyOf(t.read, tech.id);
    expect(all).toHaveLength(3);
    expect(all.at(-1)?.kind).toBe("created");
    const page = await expectStatus(
      api(t.read).technologies[":id"].history.$get({ param: { id: tech.id }, query: { limit: "1", page: "3" } }),
      200,
    );
    expect(page).toMatchObject({ page: 3, limit: 1, total: 3 });
    expect(page.data.map((r) => r.kind)).toEqual(["created"]);
  });

  it("answers 404 for the history of a technology that does not exist", async () => {
    const t = await createTenant(admin);
    await expectFailure(
      api(t.read).technologies[":id"].history.$get({ param: { id: "tech_nope" }, query: {} }),
      404,
      "not_found",
    );
  });
});
