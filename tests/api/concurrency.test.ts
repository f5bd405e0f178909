import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { technologies, technologyEvents } from "../../worker/db/schema";
import { insertWhere } from "../../worker/lib/conditional-insert";
import { versionedUpdate } from "../../worker/lib/versioned-write";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import {
  auditOf,
  createEntry,
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  historyOf,
  instanceAdmin,
} from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

type TechnologyUpdate = InferRequestType<ReturnType<typeof api>["technologies"][":id"]["$patch"]>["json"];

/** Request options sending `If-Match`, or none. */
const ifMatch = (etag?: string) => (etag === undefined ? undefined : { headers: { "if-match": etag } });

const patch = (id: string, json: TechnologyUpdate, etag?: string) =>
  api(t.write).technologies[":id"].$patch({ param: { id }, json }, ifMatch(etag));
const read = (id: string) => expectStatus(api(t.read).technologies[":id"].$get({ param: { id } }), 200);

/** One of several racing PATCHes: its status, the row if it applied, and the error code if not. */
async function settle(pending: ReturnType<typeof patch>) {
  const res = await pending;
  if (res.status === 200) return { status: res.status, applied: await res.json(), code: undefined };
  return { status: res.status, applied: undefined, code: (await res.json()).error.code };
}

describe("optimistic concurrency with If-Match", () => {
  it("applies a PATCH whose If-Match is the current ETag and bumps the version", async () => {
    const tech = await createTechnology(t.write);
    const got = await expectAnswer(api(t.read).technologies[":id"].$get({ param: { id: tech.id } }), 200);
    const etag = got.headers.get("etag") ?? "";
    const { body, headers } = await expectAnswer(patch(tech.id, { priority: 1 }, etag), 200);
    expect(body.version).toBe(2);
    expect(headers.get("etag")).toBe('"2"');
    const again = await expectStatus(patch(tech.id, { priority: 2 }, headers.get("etag") ?? ""), 200);
    expect(again.version).toBe(3);
  });

  it("accepts a weak ETag and a bare number", async () => {
    const tech = await createTechnology(t.write);
    await expectStatus(patch(tech.id, { priority: 1 }, 'W/"1"'), 200);
    await expectStatus(patch(tech.id, { priority: 2 }, "2"), 200);
  });

  it("answers 409 for a stale If-Match, names both versions and leaves the row unchanged", async () => {
    const tech = await createTechnology(t.write);
    await expectStatus(patch(tech.id, { vendor: "first" }), 200);
    const before = await read(tech.id);
    const body = await expectFailure(patch(tech.id, { vendor: "lost update" }, '"1"'), 409, "conflict");
    expect(body.error.details).toEqual({ expectedVersion: 1, currentVersion: 2 });
    expect(await read(tech.id)).toEqual(before);
  });

  it("treats If-Match: * as no precondition", async () => {
    const tech = await createTechnology(t.write);
    await expectStatus(patch(tech.id, { priority: 1 }), 200);
    await expectStatus(patch(tech.id, { priority: 2 }, "*"), 200);
  });

  it("answers 400 for an If-Match that is not one of its ETags", async () => {
    const tech = await createTechnology(t.write);
    await expectFailure(patch(tech.id, { priority: 1 }, '"abc"'), 400, "bad_request");
    expect((await read(tech.id)).version).toBe(1);
  });

  it("answers 400 when If-Match and the body version disagree", async () => {
    const tech = await createTechnology(t.write);
    await expectFailure(patch(tech.id, { priority: 1, version: 2 }, '"1"'), 400, "bad_request");
    expect((await read(tech.id)).version).toBe(1);
  });
});

describe("optimistic concurrency with a body version", () => {
  it("applies a PATCH carrying the current version", async () => {
    const tech = await createTechnology(t.write);
    const updated = await expectStatus(patch(tech.id, { relevanceScore: 80, version: 1 }), 200);
    expect(updated).toMatchObject({ relevanceScore: 80, version: 2 });
  });

  it("answers 409 for a stale body version and leaves the row unchanged", async () => {
    const tech = await createTechnology(t.write);
    await expectStatus(patch(tech.id, { relevanceScore: 60 }), 200);
    const before = await read(tech.id);
    await expectFailure(patch(tech.id, { relevanceScore: 10, version: 1 }), 409, "conflict");
    expect(await read(tech.id)).toEqual(before);
  });

  const c = api(t.write);
  it.each([
    {
      path: "repositories",
      make: () => createRepository(t.write),
      apply: async (id: string) =>
        (await expectStatus(c.repositories[":id"].$patch({ param: { id }, json: { stars: 3 } }, ifMatch('"1"')), 200))
          .version,
      stale: (id: string) => c.repositories[":id"].$patch({ param: { id }, json: { stars: 3, version: 1 } }),
    },
    {
      path: "research-tasks",
      make: () => createTask(t.write),
      apply: async (id: string) =>
        (
          await expectStatus(
            c["research-tasks"][":id"].$patch({ param: { id }, json: { status: "done" } }, ifMatch('"1"')),
            200,
          )
        ).version,
      stale: (id: string) => c["research-tasks"][":id"].$patch({ param: { id }, json: { status: "done", version: 1 } }),
    },
    {
      path: "knowledge/entries",
      make: () => createEntry(t.write),
      apply: async (id: string) =>
        (
          await expectStatus(
            c.knowledge.entries[":id"].$patch({ param: { id }, json: { content: "new" } }, ifMatch('"1"')),
            200,
          )
        ).version,
      stale: (id: string) => c.knowledge.entries[":id"].$patch({ param: { id }, json: { content: "new", version: 1 } }),
    },
  ])("guards $path the same way", async ({ make, apply, stale }) => {
    const row = await make();
    expect(await apply(row.id)).toBe(2);
    await expectFailure(stale(row.id), 409, "conflict");
  });

  it("guards projects the same way", async () => {
    const p = await createTenant(admin);
    const project = api(admin).projects[":id"];
    const param = { id: p.projectId };
    await expectStatus(project.$patch({ param, json: { description: "a", version: 1 } }), 200);
    await expectFailure(project.$patch({ param, json: { description: "b" } }, ifMatch('"1"')), 409, "conflict");
  });
});

describe("no-op updates", () => {
  it("answers 200 without bumping the version, touching updatedAt or writing an audit row", async () => {
    const tech = await createTechnology(t.write, { vendor: "Same", tags: ["a", "b"] });
    const { body, headers } = await expectAnswer(
      patch(tech.id, { vendor: "Same", tags: ["a", "b"], priority: 3 }),
      200,
    );
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toEqual(tech);
    expect(await read(tech.id)).toEqual(tech);
    expect((await auditOf(t.admin, tech.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("still answers 409 for a no-op sent with a stale version", async () => {
    const tech = await createTechnology(t.write);
    await expectStatus(patch(tech.id, { priority: 5 }), 200);
    await expectFailure(patch(tech.id, { priority: 5 }, '"1"'), 409, "conflict");
  });
});

describe("simultaneous writers", () => {
  it("lets exactly one of several PATCHes sent with the same ETag win", async () => {
    const tech = await createTechnology(t.write);
    const answers = await Promise.all([1, 2, 4, 5].map((priority) => settle(patch(tech.id, { priority }, '"1"'))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = answers.find((a) => a.applied);
    expect(await read(tech.id)).toMatchObject({ version: 2, priority: winner?.applied?.priority });
    expect((await auditOf(t.admin, tech.id)).filter((a) => a.action === "update")).toHaveLength(1);
    expect((await historyOf(t.read, tech.id)).filter((h) => h.kind === "priority")).toHaveLength(1);
  });

  it("keeps one audit row and one version per applied PATCH when writers send no version", async () => {
    const tech = await createTechnology(t.write);
    const answers = await Promise.all(["a", "b", "c", "d", "e"].map((vendor) => settle(patch(tech.id, { vendor }))));
    for (const a of answers) expect([200, 409]).toContain(a.status);
    const applied = answers.filter((a) => a.status === 200).length;
    expect(applied).toBeGreaterThanOrEqual(1);
    expect((await read(tech.id)).version).toBe(1 + applied);
    expect((await auditOf(t.admin, tech.id)).filter((a) => a.action === "update")).toHaveLength(applied);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.code).toBe("conflict");
  });

  it("writes no audit or history row when the row changed between read and write", async () => {
    const tech = await createTechnology(t.write);
    const db = createDb(env.DB);
    const staleRead = await db.query.technologies.findFirst({ where: eq(technologies.id, tech.id) });
    if (!staleRead) throw new Error("technology not found");
    await expectStatus(patch(tech.id, { priority: 1 }), 200);
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
