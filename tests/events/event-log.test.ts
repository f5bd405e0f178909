import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

type EventQuery = Parameters<ReturnType<typeof api>["events"]["$get"]>[0]["query"];
const events = (key: string, query: EventQuery = {}) => expectStatus(api(key).events.$get({ query }), 200);
/** The typed client acting as `key` with a request id of our choosing (the events' correlation id). */
const withRequestId = (key: string, requestId: string) => api(key, { headers: { "x-request-id": requestId } });

describe("event log", () => {
  it("records a technology's creation and status move with the request id as correlation id", async () => {
    const created = await expectStatus(
      withRequestId(a.write, "req-create-bun").technologies.$post({ json: { title: "Bun" } }),
      201,
    );
    await expectStatus(
      withRequestId(a.write, "req-move-bun").technologies[":id"].$patch({
        param: { id: created.id },
        json: { status: "evaluation" },
      }),
      200,
    );
    const moved = await events(a.read, { correlationId: "req-move-bun" });
    expect(moved.data.map((e) => e.subject).sort()).toEqual(["technology.status_changed", "technology.updated"]);
    const statusEvent = moved.data.find((e) => e.subject === "technology.status_changed");
    expect(statusEvent?.payload).toMatchObject({ id: created.id, from: "discovery", to: "evaluation" });
    const creation = await events(a.read, { correlationId: "req-create-bun" });
    expect(creation.data.map((e) => e.subject)).toEqual(["technology.created"]);
  });

  it("emits nothing for a change that fails", async () => {
    await expectStatus(api(a.write).technologies.$post({ json: { title: "Deno" } }), 201);
    await expectFailure(
      withRequestId(a.write, "req-dup-deno").technologies.$post({ json: { title: "Deno" } }),
      409,
      "conflict",
    );
    const tech = await expectStatus(api(a.write).technologies.$post({ json: { title: "Zig" } }), 201);
    const stale = api(a.write, { headers: { "if-match": '"7"', "x-request-id": "req-stale-zig" } });
    await expectFailure(
      stale.technologies[":id"].$patch({ param: { id: tech.id }, json: { status: "research" } }),
      409,
      "conflict",
    );
    for (const id of ["req-dup-deno", "req-stale-zig"]) {
      expect((await events(a.read, { correlationId: id })).data).toEqual([]);
    }
  });

  it("filters by subject pattern: exact, prefix wildcard and suffix wildcard", async () => {
    await expectStatus(api(a.write).repositories.$post({ json: { owner: "acme", name: "api" } }), 201);
    const created = await events(a.read, { subject: "*.created", limit: "500" });
    expect(created.data.length).toBeGreaterThan(0);
    expect(created.data.every((e) => e.subject.endsWith(".created"))).toBe(true);
    const tech = await events(a.read, { subject: "technology.*", limit: "500" });
    expect(tech.data.every((e) => e.subject.startsWith("technology."))).toBe(true);
    const exact = await events(a.read, { subject: "repository.created" });
    expect(exact.data.map((e) => e.subject)).toEqual(["repository.created"]);
    const bad = await call("GET", "/api/v1/events?subject=DROP%20TABLE", { key: a.read });
    expect(bad.status).toBe(400);
  });

  it("pages with a cursor in commit order and replays after an event id", async () => {
    for (const title of ["T1", "T2", "T3", "T4", "T5"]) {
      await expectStatus(api(b.write).technologies.$post({ json: { title } }), 201);
    }
    const all = await events(b.read, { subject: "technology.created", limit: "500" });
    expect(all.data.map((e) => e.payload.after && (e.payload.after as { title: string }).title)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
      "T5",
    ]);
    const first = await events(b.read, { subject: "technology.created", limit: "2" });
    expect(first.data).toHaveLength(2);
    const second = await events(b.read, {
      subject: "technology.created",
      limit: "2",
      after: first.nextCursor ?? undefined,
    });
    expect(second.data.map((e) => e.id)).toEqual(all.data.slice(2, 4).map((e) => e.id));
    const replay = await events(b.read, { subject: "technology.created", after: all.data[2]?.id });
    expect(replay.data.map((e) => e.id)).toEqual(all.data.slice(3).map((e) => e.id));
  });

  it("never shows another project's events, even with its event id as cursor", async () => {
    const bEvents = await events(b.read, { limit: "500" });
    const aEvents = await events(a.read, { limit: "500" });
    const bIds = new Set(bEvents.data.map((e) => e.id));
    expect(aEvents.data.some((e) => bIds.has(e.id))).toBe(false);
    const crossCursor = await events(a.read, { after: bEvents.data[0]?.id });
    expect(crossCursor.data).toEqual([]);
  });
});
