import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createTechnology, createTenant, expectError, instanceAdmin } from "../helpers";
import { ingestDoc, search } from "./knowledge-helpers";

const admin = await instanceAdmin();
const MODES = ["keyword", "semantic", "hybrid"] as const;

describe("project isolation", () => {
  it.each(MODES)("never returns another project's chunks in %s mode", async (mode) => {
    const a = await createTenant(admin);
    const b = await createTenant(admin);
    const text = "# Shared words\n\nBlue green deployments switch traffic between two identical environments.";
    const mine = await ingestDoc(a.write, { content: text, sourceUrl: "https://docs.test/a" });
    const theirs = await ingestDoc(b.write, { content: text, sourceUrl: "https://docs.test/a" });
    expect(theirs.outcome).toBe("created");
    const hits = await search(a.read, { q: "blue green deployments traffic", mode });
    expect(hits.map((h) => h.document.id)).toEqual([mine.document.id]);
    const other = await search(b.read, { q: "blue green deployments traffic", mode });
    expect(other.map((h) => h.document.id)).toEqual([theirs.document.id]);
  });

  it("answers 404 for another project's document and its chunks", async () => {
    const a = await createTenant(admin);
    const b = await createTenant(admin);
    const doc = await ingestDoc(b.write, { content: "private notes" });
    const param = { id: doc.document.id };
    const documents = (key: string) => api(key).knowledge.documents[":id"];
    await expectFailure(documents(a.read).$get({ param }), 404, "not_found");
    await expectFailure(documents(a.read).chunks.$get({ param }), 404, "not_found");
    await expectFailure(documents(a.write).$delete({ param }), 404, "not_found");
    expect(await expectStatus(documents(b.read).$get({ param }), 200)).toMatchObject({ title: doc.document.title });
  });
});

describe("filters", () => {
  it.each(MODES)("applies tag and technology filters before ranking in %s mode", async (mode) => {
    const t = await createTenant(admin);
    const tech = await createTechnology(t.write);
    const body = (n: number) =>
      `# Rate limiting ${n}\n\nToken buckets refill at a fixed rate to smooth bursts of requests.`;
    const plain = await ingestDoc(t.write, { content: body(1), sourceUrl: "https://x.test/1" });
    const tagged = await ingestDoc(t.write, { content: body(2), sourceUrl: "https://x.test/2", tags: ["edge"] });
    const linked = await ingestDoc(t.write, {
      content: `${body(3)} Buckets and windows.`,
      sourceUrl: "https://x.test/3",
      tags: ["api"],
      technologyIds: [tech.id],
    });
    const q = "token bucket rate limiting";
    expect((await search(t.read, { q, mode })).map((h) => h.document.id).sort()).toEqual(
      [plain, tagged, linked].map((d) => d.document.id).sort(),
    );
    expect((await search(t.read, { q, mode, tags: "edge" })).map((h) => h.document.id)).toEqual([tagged.document.id]);
    expect((await search(t.read, { q, mode, tags: "edge,api" })).map((h) => h.document.id).sort()).toEqual(
      [tagged, linked].map((d) => d.document.id).sort(),
    );
    expect((await search(t.read, { q, mode, technology: tech.id })).map((h) => h.document.id)).toEqual([
      linked.document.id,
    ]);
    expect(await search(t.read, { q, mode, tags: "edge", technology: tech.id })).toEqual([]);
    expect(await search(t.read, { q, mode, tags: "nothing-has-this" })).toEqual([]);
  });

  it("reports each list's rank and the fused score in hybrid mode", async () => {
    const t = await createTenant(admin);
    await ingestDoc(t.write, { content: "# Backpressure\n\nQueues apply backpressure when consumers fall behind." });
    const answer = await expectStatus(
      api(t.read).knowledge.search.$get({ query: { q: "backpressure queues", mode: "hybrid" } }),
      200,
    );
    const [hit] = answer.data;
    const chunk = hit?.chunks[0];
    expect(chunk?.ranks).toEqual({ keyword: 1, semantic: 1 });
    // The only chunk tops both lists, so each list's scaled score is 1 and the fused score is the weights' sum.
    expect(answer.weights).not.toBeNull();
    expect(chunk?.score).toBeCloseTo((answer.weights?.keyword ?? 0) + (answer.weights?.semantic ?? 0), 10);
    expect(hit?.score).toBe(chunk?.score);
  });

  it("answers 400 for an unknown mode and a missing query", async () => {
    const t = await createTenant(admin);
    expectError(
      await call("GET", "/api/v1/knowledge/search?q=x&mode=fuzzy", { key: t.read }),
      400,
      "validation_failed",
    );
    expectError(await call("GET", "/api/v1/knowledge/search", { key: t.read }), 400, "validation_failed");
  });
});
