import { afterEach, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { finishJob, indexRowsOf, postDocument } from "./knowledge-helpers";

const admin = await instanceAdmin();

afterEach(() => vi.restoreAllMocks());

const twenty = <T>(make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: 20 }, (_, i) => make(i)));

describe("the same source at once", () => {
  it("ingests one source sent 20 times at once into one document: 201 once, 200 unchanged for the rest", async () => {
    const t = await createTenant(admin);
    const json = { content: "# Raft\n\nLeaders replicate the log to followers.", sourceUrl: "https://wiki.test/raft" };
    const answers = await twenty(() => postDocument(t.write, json));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    const page = await expectStatus(api(t.read).knowledge.documents.$get({ query: {} }), 200);
    expect(page.total).toBe(1);
    const [doc] = page.data;
    expect(doc).toMatchObject({ status: "indexed", version: 1, chunkCount: 1 });
    const rows = await indexRowsOf(doc?.id ?? "");
    expect(rows).toMatchObject({ fts: 1, vectors: 1 });
  });

  it("replaces one source with 20 different versions at once without a 5xx, leaving chunks and vectors in step", async () => {
    const t = await createTenant(admin);
    const sourceUrl = "https://wiki.test/paxos";
    await expectStatus(postDocument(t.write, { content: "# Paxos\n\nfirst version", sourceUrl }), 201);
    const answers = await twenty((i) =>
      postDocument(t.write, { content: `# Paxos\n\nversion ${i} of the page.\n\n## Part\n\nmore ${i}`, sourceUrl }),
    );
    for (const res of answers) expect([200, 409]).toContain(res.status);
    expect(answers.some((r) => r.status === 200)).toBe(true);
    const page = await expectStatus(api(t.read).knowledge.documents.$get({ query: {} }), 200);
    expect(page.total).toBe(1);
    const doc = page.data[0];
    const rows = await indexRowsOf(doc?.id ?? "");
    expect(rows.vectors).toBe(rows.fts);
    expect(rows.fts).toBe(doc?.chunkCount);
  });

  it("queues one URL sent 20 times at once into one document, indexed once the jobs ran", {
    timeout: 60_000,
  }, async () => {
    const t = await createTenant(admin);
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () =>
        new Response("<h1>Mesh</h1><p>Sidecars add mutual TLS.</p>", { headers: { "content-type": "text/html" } }),
    );
    const answers = await twenty(() => postDocument(t.write, { url: "http://127.0.0.1:9/mesh.html" }));
    const bodies = await Promise.all(answers.map((r) => expectStatus(r, 202)));
    for (const body of bodies) await finishJob(t.read, body.job?.id ?? "");
    const page = await expectStatus(api(t.read).knowledge.documents.$get({ query: {} }), 200);
    expect(page.total).toBe(1);
    expect(page.data[0]).toMatchObject({ status: "indexed", chunkCount: 1 });
    expect(await indexRowsOf(page.data[0]?.id ?? "")).toMatchObject({ fts: 1, vectors: 1 });
  });

  it("follows a feed URL created 20 times at once once: 201 once, 409 for the rest", async () => {
    const t = await createTenant(admin);
    const answers = await twenty(() =>
      api(t.write).knowledge.feeds.$post({ json: { url: "https://feeds.test/same.xml", poll: false } }),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    const feeds = await expectStatus(api(t.read).knowledge.feeds.$get({ query: {} }), 200);
    expect(feeds.total).toBe(1);
  });
});
