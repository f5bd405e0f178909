import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { chunksOf, ftsCount, getDoc, indexRowsOf, ingestDoc, postDocument, search, upload } from "./knowledge-helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

describe("dedupe and replacement", () => {
  it("answers unchanged when the same source comes again with the same hash", async () => {
    const body = "# Zanzibar\n\nRelationship-based access control checks tuples.";
    const first = await upload(t.write, { name: "zanzibar.md", body });
    expect(first.status).toBe(201);
    const again = await upload(t.write, { name: "zanzibar.md", body });
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe("unchanged");
    expect(again.body.document.id).toBe(first.body.document.id);
    expect(again.body.document.version).toBe(first.body.document.version);
    expect((await indexRowsOf(first.body.document.id)).fts).toBe(1);
  });

  it("treats identical JSON content without a source as one document", async () => {
    const content = "Quokka notes: the smallest wallaby.";
    const a = await ingestDoc(t.write, { content, format: "text" });
    const b = await expectStatus(postDocument(t.write, { content, format: "text" }), 200);
    expect(b).toMatchObject({ outcome: "unchanged", document: { id: a.document.id } });
  });

  it("replaces every old chunk in the keyword and vector indexes when the source changes", async () => {
    const sourceUrl = "https://wiki.test/pages/ingress";
    const v1 = await ingestDoc(t.write, {
      sourceUrl,
      content: "# Ingress\n\nThe gateway runs on nginxoldword with a static config.",
    });
    const id = v1.document.id;
    const before = await indexRowsOf(id);
    expect(before.vectors).toBe(before.fts);
    expect(await ftsCount("nginxoldword")).toBe(1);
    const v2 = await expectStatus(
      postDocument(t.write, {
        sourceUrl,
        content: "# Ingress\n\nThe gateway moved to envoynewword.\n\n## Rollout\n\nCanary first.",
      }),
      200,
    );
    expect(v2).toMatchObject({ outcome: "replaced", document: { id, version: 2, chunkCount: 2 } });
    const after = await indexRowsOf(id);
    expect(after.chunkIds.some((c) => before.chunkIds.includes(c))).toBe(false);
    expect(after.vectors).toBe(2);
    expect(await ftsCount("nginxoldword")).toBe(0);
    expect(await ftsCount("envoynewword")).toBe(1);
    for (const mode of ["keyword", "semantic", "hybrid"] as const) {
      const hits = await search(t.read, { q: "nginxoldword gateway static config", mode });
      const chunkIds = hits.flatMap((h) => h.chunks.map((c) => c.chunkId));
      expect(
        chunkIds.some((c) => before.chunkIds.includes(c)),
        mode,
      ).toBe(false);
    }
    expect(v2.document.contentHash).not.toBe(v1.document.contentHash);
  });
});

describe("documents", () => {
  it("deletes a document with its chunks, keyword rows and vectors", async () => {
    const res = await ingestDoc(t.write, { content: "# Gone\n\nThe word flibbertigibbet appears once." });
    const id = res.document.id;
    expect(await ftsCount("flibbertigibbet")).toBe(1);
    await expectStatus(api(t.write).knowledge.documents[":id"].$delete({ param: { id } }), 204);
    await expectFailure(api(t.read).knowledge.documents[":id"].$get({ param: { id } }), 404, "not_found");
    expect(await indexRowsOf(id)).toEqual({ fts: 0, vectors: 0, chunkIds: [] });
    expect(await ftsCount("flibbertigibbet")).toBe(0);
    for (const mode of ["keyword", "semantic", "hybrid"] as const) {
      const hits = await search(t.read, { q: "flibbertigibbet appears once", mode });
      expect(
        hits.map((h) => h.document.id),
        mode,
      ).not.toContain(id);
    }
  });

  it("renames a document's chunks in the keyword index when its title changes", async () => {
    const res = await ingestDoc(t.write, { title: "Plain", content: "Body text about caching layers." });
    const id = res.document.id;
    const patched = await expectStatus(
      api(t.write).knowledge.documents[":id"].$patch({
        param: { id },
        json: { title: "Quetzalcoatl caching", tags: ["renamed"] },
      }),
      200,
    );
    expect(patched).toMatchObject({ title: "Quetzalcoatl caching", version: 2 });
    const hits = await search(t.read, { q: "quetzalcoatl", mode: "keyword" });
    expect(hits.map((h) => h.document.id)).toEqual([id]);
  });

  it("lists documents by status and reads back chunk count and size", async () => {
    const res = await ingestDoc(t.write, {
      content: "Counting words in a small note.",
      format: "text",
      tags: ["listme"],
    });
    const list = await expectStatus(
      api(t.read).knowledge.documents.$get({ query: { tag: "listme", status: "indexed" } }),
      200,
    );
    expect(list.data.map((d) => d.id)).toEqual([res.document.id]);
    expect(await getDoc(t.read, res.document.id)).toMatchObject({ chunkCount: 1, sizeBytes: 31 });
    expect((await chunksOf(t.read, res.document.id))[0]).toMatchObject({ seq: 0, headingPath: [], page: null });
  });

  it("indexes notes written through the entries API and drops them when deleted", async () => {
    const entry = await expectStatus(
      api(t.write).knowledge.entries.$post({
        json: { title: "ADR 9", sourceType: "adr", content: "We picked Vectorize for xylophonic embeddings." },
      }),
      201,
    );
    expect(entry.status).toBe("indexed");
    expect((await search(t.read, { q: "xylophonic", mode: "keyword" }))[0]?.document.id).toBe(entry.id);
    await expectStatus(api(t.write).knowledge.entries[":id"].$delete({ param: { id: entry.id } }), 204);
    expect(await search(t.read, { q: "xylophonic", mode: "keyword" })).toEqual([]);
  });
});
