import { beforeAll, describe, expect, it } from "vitest";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";

interface EventRow {
  id: string;
  subject: string;
  payload: Record<string, unknown>;
  correlationId: string | null;
}
interface Page {
  data: EventRow[];
  nextCursor: string | null;
}

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

const events = (key: string, query = "") => call<Page>("GET", `/api/v1/events${query}`, { key });

describe("event log", () => {
  it("records a technology's creation and status move with the request id as correlation id", async () => {
    const created = await call<{ id: string; version: number }>("POST", "/api/v1/technologies", {
      key: a.write,
      body: { title: "Bun" },
      headers: { "x-request-id": "req-create-bun" },
    });
    await call("PATCH", `/api/v1/technologies/${created.body.id}`, {
      key: a.write,
      body: { status: "evaluation" },
      headers: { "x-request-id": "req-move-bun" },
    });
    const moved = await events(a.read, "?correlationId=req-move-bun");
    expect(moved.body.data.map((e) => e.subject).sort()).toEqual(["technology.status_changed", "technology.updated"]);
    const statusEvent = moved.body.data.find((e) => e.subject === "technology.status_changed");
    expect(statusEvent?.payload).toMatchObject({ id: created.body.id, from: "discovery", to: "evaluation" });
    const creation = await events(a.read, "?correlationId=req-create-bun");
    expect(creation.body.data.map((e) => e.subject)).toEqual(["technology.created"]);
  });

  it("emits nothing for a change that fails", async () => {
    await call("POST", "/api/v1/technologies", { key: a.write, body: { title: "Deno" } });
    const dup = await call("POST", "/api/v1/technologies", {
      key: a.write,
      body: { title: "Deno" },
      headers: { "x-request-id": "req-dup-deno" },
    });
    expect(dup.status).toBe(409);
    const tech = await call<{ id: string }>("POST", "/api/v1/technologies", { key: a.write, body: { title: "Zig" } });
    const stale = await call("PATCH", `/api/v1/technologies/${tech.body.id}`, {
      key: a.write,
      body: { status: "research" },
      headers: { "if-match": '"7"', "x-request-id": "req-stale-zig" },
    });
    expect(stale.status).toBe(409);
    for (const id of ["req-dup-deno", "req-stale-zig"]) {
      expect((await events(a.read, `?correlationId=${id}`)).body.data).toEqual([]);
    }
  });

  it("filters by subject pattern: exact, prefix wildcard and suffix wildcard", async () => {
    await call("POST", "/api/v1/repositories", { key: a.write, body: { owner: "acme", name: "api" } });
    const created = await events(a.read, "?subject=*.created&limit=500");
    expect(created.body.data.length).toBeGreaterThan(0);
    expect(created.body.data.every((e) => e.subject.endsWith(".created"))).toBe(true);
    const tech = await events(a.read, "?subject=technology.*&limit=500");
    expect(tech.body.data.every((e) => e.subject.startsWith("technology."))).toBe(true);
    const exact = await events(a.read, "?subject=repository.created");
    expect(exact.body.data.map((e) => e.subject)).toEqual(["repository.created"]);
    const bad = await call("GET", "/api/v1/events?subject=DROP%20TABLE", { key: a.read });
    expect(bad.status).toBe(400);
  });

  it("pages with a cursor in commit order and replays after an event id", async () => {
    for (const title of ["T1", "T2", "T3", "T4", "T5"]) {
      await call("POST", "/api/v1/technologies", { key: b.write, body: { title } });
    }
    const all = await events(b.read, "?subject=technology.created&limit=500");
    expect(all.body.data.map((e) => e.payload.after && (e.payload.after as { title: string }).title)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
      "T5",
    ]);
    const first = await events(b.read, "?subject=technology.created&limit=2");
    expect(first.body.data).toHaveLength(2);
    const second = await events(b.read, `?subject=technology.created&limit=2&after=${first.body.nextCursor}`);
    expect(second.body.data.map((e) => e.id)).toEqual(all.body.data.slice(2, 4).map((e) => e.id));
    const replay = await events(b.read, `?subject=technology.created&after=${all.body.data[2]?.id}`);
    expect(replay.body.data.map((e) => e.id)).toEqual(all.body.data.slice(3).map((e) => e.id));
  });

  it("never shows another project's events, even with its event id as cursor", async () => {
    const bEvents = await events(b.read, "?limit=500");
    const aEvents = await events(a.read, "?limit=500");
    const bIds = new Set(bEvents.body.data.map((e) => e.id));
    expect(aEvents.body.data.some((e) => bIds.has(e.id))).toBe(false);
    const crossCursor = await events(a.read, `?after=${bEvents.body.data[0]?.id}`);
    expect(crossCursor.body.data).toEqual([]);
  });
});
