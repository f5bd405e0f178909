import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { finishJob, ftsCount, ingestDoc, search } from "./knowledge-helpers";

const admin = await instanceAdmin();

describe("knowledge.reindex", () => {
  it("rebuilds the keyword index and the vectors of a project, with progress", async () => {
    const t = await createTenant(admin);
    const doc = await ingestDoc(t.write, {
      content: "# Sharding\n\nConsistent hashing moves few keys when nodes join.",
    });
    await env.DB.prepare("insert into knowledge_fts(knowledge_fts) values ('delete-all')").run();
    await env.DB.prepare("delete from knowledge_vectors where project_id = ?").bind(t.projectId).run();
    await env.DB.prepare("update knowledge_index_state set generation = generation + 1 where project_id = ?")
      .bind(t.projectId)
      .run();
    expect(await ftsCount("hashing")).toBe(0);
    expect(await search(t.read, { q: "consistent hashing", mode: "semantic" })).toEqual([]);

    const started = await expectStatus(api(t.write).knowledge.reindex.$post(), 202);
    expect(started.type).toBe("knowledge.reindex");
    const job = await finishJob(t.read, started.id);
    expect(job).toMatchObject({ status: "completed", progress: 100, result: { chunks: 1, index: "d1" } });
    expect(await ftsCount("hashing")).toBe(1);
    for (const mode of ["keyword", "semantic"] as const) {
      expect((await search(t.read, { q: "consistent hashing", mode }))[0]?.document.id, mode).toBe(doc.document.id);
    }
  });

  it("chunks documents that were stored but never indexed", async () => {
    const t = await createTenant(admin);
    await env.DB.prepare("insert into knowledge_entries (id, project_id, title, content) values (?, ?, ?, ?)")
      .bind(
        `kn_legacy_${t.projectId}`,
        t.projectId,
        "Legacy note",
        "Written before indexing existed: raft elects a leader.",
      )
      .run();
    const started = await expectStatus(api(t.write).knowledge.reindex.$post(), 202);
    expect(await finishJob(t.read, started.id)).toMatchObject({ result: { documentsChunked: 1 } });
    expect((await search(t.read, { q: "raft leader" }))[0]?.document.title).toBe("Legacy note");
  });

  it("starts a reindex as the system, not as the read key that searched, when a search meets vectors of an earlier embedder", async () => {
    const t = await createTenant(admin);
    const doc = await ingestDoc(t.write, {
      content: "# Sharding\n\nConsistent hashing moves few keys when nodes join.",
    });
    const legacy = new Float32Array(1024).fill(1 / 32);
    await env.DB.prepare("update knowledge_vectors set vector = ? where project_id = ?")
      .bind(legacy.buffer, t.projectId)
      .run();
    await env.DB.prepare("update knowledge_index_state set generation = generation + 1 where project_id = ?")
      .bind(t.projectId)
      .run();
    const reindexJobs = () =>
      env.DB.prepare("select id from jobs where project_id = ? and type = 'knowledge.reindex'")
        .bind(t.projectId)
        .all<{ id: string }>()
        .then((r) => r.results);
    expect(await search(t.read, { q: "consistent hashing", mode: "keyword" })).toHaveLength(1);
    expect(await reindexJobs()).toEqual([]);

    expect(await search(t.read, { q: "consistent hashing", mode: "semantic" })).toEqual([]);
    // The search answers first; the job and then its event are written after the response (waitUntil).
    const triggeredEvents = async () =>
      (await expectStatus(api(t.read).events.$get({ query: { subject: "knowledge.reindex_triggered" } }), 200)).data;
    let triggered = await triggeredEvents();
    for (let i = 0; i < 100 && !triggered.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      triggered = await triggeredEvents();
    }
    const jobs = await reindexJobs();
    expect(jobs).toHaveLength(1);
    const job = await expectStatus(api(t.read).jobs[":id"].$get({ param: { id: jobs[0]?.id ?? "" } }), 200);
    expect(job).toMatchObject({ createdBy: null, params: { reason: "stale_vectors" } });
    expect(triggered).toHaveLength(1);
    expect(triggered[0]?.payload).toMatchObject({
      jobId: job.id,
      reason: "stale_vectors",
      staleVectors: 1,
      startedBy: "system",
      trigger: "search",
    });
    await search(t.read, { q: "consistent hashing", mode: "hybrid" });
    expect(await reindexJobs(), "one reindex at a time").toHaveLength(1);
    await finishJob(t.read, job.id);
    expect((await search(t.read, { q: "consistent hashing", mode: "semantic" }))[0]?.document.id).toBe(doc.document.id);
    expect(await reindexJobs()).toHaveLength(1);
  });
});
