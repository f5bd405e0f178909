import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { technologies, technologyEvents } from "../../worker/db/schema";
import { insertWhere } from "../../worker/lib/conditional-insert";
import { versionedUpdate } from "../../worker/lib/versioned-write";
import {
  auditOf,
  call,
  createEntry,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  type ErrorEnvelope,
  expectError,
  historyOf,
  instanceAdmin,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

const patch = (id: string, body: unknown, headers?: Record<string, string>) =>
  call<Row>("PATCH", `/api/v1/technologies/${id}`, { key: t.write, body, headers });
const read = async (id: string) => (await call<Row>("GET", `/api/v1/technologies/${id}`, { key: t.read })).body;

describe("optimistic concurrency with If-Match", () => {
  it("applies a PATCH whose If-Match is the current ETag and bumps the version", async () => {
    const tech = await createTechnology(t.write);
    const got = await call("GET", `/api/v1/technologies/${tech.id}`, { key: t.read });
    const etag = got.headers.get("etag") ?? "";
    const res = await patch(tech.id, { priority: 1 }, { "if-match": etag });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.headers.get("etag")).toBe('"2"');
    const again = await patch(tech.id, { priority: 2 }, { "if-match": res.headers.get("etag") ?? "" });
    expect(again.body.version).toBe(3);
  });

  it("accepts a weak ETag and a bare number", async () => {
    const tech = await createTechnology(t.write);
    expect((await patch(tech.id, { priority: 1 }, { "if-match": 'W/"1"' })).status).toBe(200);
    expect((await patch(tech.id, { priority: 2 }, { "if-match": "2" })).status).toBe(200);
  });

  it("answers 409 for a stale If-Match, names both versions and leaves the row unchanged", async () => {
    const tech = await createTechnology(t.write);
    expect((await patch(tech.id, { vendor: "first" })).status).toBe(200);
    const before = await read(tech.id);
    const res = await patch(tech.id, { vendor: "lost update" }, { "if-match": '"1"' });
    const body = expectError(res, 409, "conflict");
    expect(body.error.details).toEqual({ expectedVersion: 1, currentVersion: 2 });
    expect(await read(tech.id)).toEqual(before);
  });

  it("treats If-Match: * as no precondition", async () => {
    const tech = await createTechnology(t.write);
    await patch(tech.id, { priority: 1 });
    expect((await patch(tech.id, { priority: 2 }, { "if-match": "*" })).status).toBe(200);
  });

  it("answers 400 for an If-Match that is not one of its ETags", async () => {
    const tech = await createTechnology(t.write);
    expectError(await patch(tech.id, { priority: 1 }, { "if-match": '"abc"' }), 400, "bad_request");
    expect((await read(tech.id)).version).toBe(1);
  });

  it("answers 400 when If-Match and the body version disagree", async () => {
    const tech = await createTechnology(t.write);
    expectError(await patch(tech.id, { priority: 1, version: 2 }, { "if-match": '"1"' }), 400, "bad_request");
    expect((await read(tech.id)).version).toBe(1);
  });
});

describe("optimistic concurrency with a body version", () => {
  it("applies a PATCH carrying the current version", async () => {
    const tech = await createTechnology(t.write);
    const res = await patch(tech.id, { relevanceScore: 80, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ relevanceScore: 80, version: 2 });
  });

  it("answers 409 for a stale body version and leaves the row unchanged", async () => {
    const tech = await createTechnology(t.write);
    await patch(tech.id, { relevanceScore: 60 });
    const before = await read(tech.id);
    expectError(await patch(tech.id, { relevanceScore: 10, version: 1 }), 409, "conflict");
    expect(await read(tech.id)).toEqual(before);
  });

  it.each([
    ["repositories", () => createRepository(t.write), { stars: 3 }],
    ["research-tasks", () => createTask(t.write), { status: "done" }],
    ["knowledge/entries", () => createEntry(t.write), { content: "new" }],
  ])("guards %s the same way", async (path, make, change) => {
    const row = await make();
    const ok = await call<Row>("PATCH", `/api/v1/${path}/${row.id}`, {
      key: t.write,
      body: change,
      headers: { "if-match": '"1"' },
    });
    expect(ok.body.version).toBe(2);
    const stale = await call("PATCH", `/api/v1/${path}/${row.id}`, { key: t.write, body: { ...change, version: 1 } });
    expectError(stale, 409, "conflict");
  });

  it("guards projects the same way", async () => {
    const p = await createTenant(admin);
    const ok = await call("PATCH", `/api/v1/projects/${p.projectId}`, {
      key: admin,
      body: { description: "a", version: 1 },
    });
    expect(ok.status).toBe(200);
    const stale = await call("PATCH", `/api/v1/projects/${p.projectId}`, {
      key: admin,
      body: { description: "b" },
      headers: { "if-match": '"1"' },
    });
    expectError(stale, 409, "conflict");
  });
});

describe("no-op updates", () => {
  it("answers 200 without bumping the version, touching updatedAt or writing an audit row", async () => {
    const tech = await createTechnology(t.write, { vendor: "Same", tags: ["a", "b"] });
    const res = await patch(tech.id, { vendor: "Same", tags: ["a", "b"], priority: 3 });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toEqual(tech);
    expect(await read(tech.id)).toEqual(tech);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("still answers 409 for a no-op sent with a stale version", async () => {
    const tech = await createTechnology(t.write);
    await patch(tech.id, { priority: 5 });
    expectError(await patch(tech.id, { priority: 5 }, { "if-match": '"1"' }), 409, "conflict");
  });
});

describe("simultaneous writers", () => {
  it("lets exactly one of several PATCHes sent with the same ETag win", async () => {
    const tech = await createTechnology(t.write);
    const answers = await Promise.all(
      [1, 2, 4, 5].map((priority) => patch(tech.id, { priority }, { "if-match": '"1"' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 200);
    expect(await read(tech.id)).toMatchObject({ version: 2, priority: winner?.body.priority });
    expect((await auditOf(t.admin, tech.id)).filter((a) => a.action === "update")).toHaveLength(1);
    expect((await historyOf(t.read, tech.id)).filter((h) => h.kind === "priority")).toHaveLength(1);
  });

  it("keeps one audit row and one version per applied PATCH when writers send no version", async () => {
    const tech = await createTechnology(t.write);
    const answers = await Promise.all(["a", "b", "c", "d", "e"].map((vendor) => patch(tech.id, { vendor })));
    for (const a of answers) expect([200, 409]).toContain(a.status);
    const applied = answers.filter((a) => a.status === 200).length;
    expect(applied).toBeGreaterThanOrEqual(1);
    expect((await read(tech.id)).version).toBe(1 + applied);
    expect((await auditOf(t.admin, tech.id)).filter((a) => a.action === "update")).toHaveLength(applied);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect((a.body as unknown as ErrorEnvelope).error.code).toBe("conflict");
    }
  });

  it("writes no audit or history row when the row changed between read and write", async () => {
    const tech = await createTechnology(t.write);
    const db = createDb(env.DB);
    const staleRead = await db.query.technologies.findFirst({ where: eq(technologies.id, tech.id) });
    if (!staleRead) throw new Error("technology not found");
    expect((await patch(tech.id, { priority: 1 })).status).toBe(200);
    const lost = versionedUpdate(db, {
      table: technologies,
      entity: "technology",
      scope: eq(technologies.projectId, t.projectId),
      projectId: t.projectId,
      actor: { keyId: null, requestId: "lost-race" },
      current: staleRead,
      changes: { status: "integrated" },
      expected: undefined,
      follow: (d, _before, _after, landed) => [
        insertWhere(
          d,
          technologyEvents,
          {
            id: `tev_lost_${crypto.randomUUID()}`,
            projectId: t.projectId,
            technologyId: tech.id,
            kind: "status",
            fromValue: "discovery",
            toValue: "integrated",
          },
          landed,
        ),
      ],
    });
    await expect(lost).rejects.toMatchObject({ code: "conflict", details: { expectedVersion: 1, currentVersion: 2 } });
    expect(await read(tech.id)).toMatchObject({ status: "discovery", priority: 1, version: 2 });
    expect((await auditOf(t.admin, tech.id)).filter((a) => a.requestId === "lost-race")).toEqual([]);
    expect((await historyOf(t.read, tech.id)).filter((h) => h.kind === "status")).toEqual([]);
  });
});
