import { describe, expect, it } from "vitest";
import {
  auditOf,
  call,
  createTechnology,
  createTenant,
  expectError,
  type HistoryRow,
  historyOf,
  instanceAdmin,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();

const patch = (key: string, id: string, body: unknown, headers?: Record<string, string>) =>
  call<Row>("PATCH", `/api/v1/technologies/${id}`, { key, body, headers });

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
    const res = await patch(t.write, tech.id, { status: "integrated", note: "shipped in Q3" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "integrated", version: 2 });
    expect(res.body).not.toHaveProperty("note");
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "ring", fromValue: "assess", toValue: "adopt", note: "shipped in Q3" },
      { kind: "status", fromValue: "discovery", toValue: "integrated", note: "shipped in Q3" },
    ]);
  });

  it("writes only a status row when the ring stays the same", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    expect((await patch(t.write, tech.id, { status: "research" })).status).toBe(200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "status", fromValue: "discovery", toValue: "research", note: null },
    ]);
  });

  it.each([
    ["implementation", "trial"],
    ["archived", "hold"],
  ])("moves the ring from assess when the status becomes %s", async (status, ring) => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    expect((await patch(t.write, tech.id, { status })).status).toBe(200);
    const ringRows = moves(await historyOf(t.read, tech.id)).filter((r) => r.kind === "ring");
    expect(ringRows).toEqual([{ kind: "ring", fromValue: "assess", toValue: ring, note: null }]);
  });

  it("writes a priority row for a priority change", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    expect((await patch(t.write, tech.id, { priority: 5, note: "customer ask" })).status).toBe(200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([
      { kind: "priority", fromValue: "3", toValue: "5", note: "customer ask" },
    ]);
  });

  it("writes status, ring and priority rows for one PATCH that moves all three", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { status: "implementation", priority: 1 });
    expect((await patch(t.write, tech.id, { status: "integrated", priority: 2 })).status).toBe(200);
    expect(moves(await historyOf(t.read, tech.id)).map((r) => `${r.kind}:${r.fromValue}>${r.toValue}`)).toEqual([
      "priority:1>2",
      "ring:trial>adopt",
      "status:implementation>integrated",
    ]);
  });

  it("records the key that made each move", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await patch(t.admin, tech.id, { priority: 4 });
    const [created] = (await historyOf(t.read, tech.id)).filter((r) => r.kind === "created");
    const [moved] = (await historyOf(t.read, tech.id)).filter((r) => r.kind === "priority");
    const keys = await call<Page<{ id: string; scopes: string[] }>>("GET", "/api/v1/keys", { key: t.admin });
    const idOf = (scopes: string) => keys.body.data.find((k) => k.scopes.join(",") === scopes)?.id;
    expect(created?.actorKeyId).toBe(idOf("read,write"));
    expect(moved?.actorKeyId).toBe(idOf("admin"));
  });

  it("writes no history row for changes that are not moves", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    expect((await patch(t.write, tech.id, { description: "d", tags: ["x"], note: "ignored" })).status).toBe(200);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([]);
  });

  it("writes no history or audit row for a PATCH that sets the same status", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write, { status: "research" });
    const res = await patch(t.write, tech.id, { status: "research", note: "still researching" });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(moves(await historyOf(t.read, tech.id))).toEqual([]);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("writes neither history nor audit rows for a write rejected as stale", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    expect((await patch(t.write, tech.id, { priority: 4 })).status).toBe(200);
    const stale = await patch(t.write, tech.id, { status: "integrated", priority: 1 }, { "if-match": '"1"' });
    expectError(stale, 409, "conflict");
    expect(moves(await historyOf(t.read, tech.id)).map((r) => r.kind)).toEqual(["priority"]);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action).sort()).toEqual(["create", "update"]);
    const read = await call<Row>("GET", `/api/v1/technologies/${tech.id}`, { key: t.read });
    expect(read.body).toMatchObject({ status: "discovery", priority: 4, version: 2 });
  });

  it("lists newest first and pages with the total", async () => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    await patch(t.write, tech.id, { priority: 1 });
    await patch(t.write, tech.id, { priority: 2 });
    const all = await historyOf(t.read, tech.id);
    expect(all).toHaveLength(3);
    expect(all.at(-1)?.kind).toBe("created");
    const page = await call<Page<HistoryRow>>("GET", `/api/v1/technologies/${tech.id}/history?limit=1&page=3`, {
      key: t.read,
    });
    expect(page.body).toMatchObject({ page: 3, limit: 1, total: 3 });
    expect(page.body.data.map((r) => r.kind)).toEqual(["created"]);
  });

  it("answers 404 for the history of a technology that does not exist", async () => {
    const t = await createTenant(admin);
    expectError(await call("GET", "/api/v1/technologies/tech_nope/history", { key: t.read }), 404, "not_found");
  });
});
