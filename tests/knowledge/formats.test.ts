import { describe, expect, it } from "vitest";
import html from "../fixtures/knowledge/formats/edge-caching.html?raw";
import pdf from "../fixtures/knowledge/formats/guide.pdf?inline";
import markdown from "../fixtures/knowledge/formats/runbook.md?raw";
import { createTenant, instanceAdmin } from "../helpers";
import { bytesOf, chunksOf, finishJob, getDoc, ingestDoc, search, upload } from "./knowledge-helpers";

const admin = await instanceAdmin();

describe("ingesting each format end to end", () => {
  it("indexes a Markdown upload by its headings and finds it by keyword", async () => {
    const t = await createTenant(admin);
    const res = await upload(
      t.write,
      { name: "runbook.md", type: "text/markdown", body: markdown },
      { tags: "ops,queues" },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.outcome).toBe("created");
    const doc = res.body.document;
    expect(doc).toMatchObject({
      title: "Queue Consumer Runbook",
      sourceType: "markdown",
      status: "indexed",
      tags: ["ops", "queues"],
      sizeBytes: new TextEncoder().encode(markdown).byteLength,
    });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const chunks = await chunksOf(t.read, doc.id);
    expect(chunks.map((c) => c.headingPath)).toEqual([
      ["Queue Consumer Runbook"],
      ["Queue Consumer Runbook", "Retries"],
      ["Queue Consumer Runbook", "Poison messages"],
      ["Queue Consumer Runbook", "Poison messages", "Escalation"],
    ]);
    expect(chunks[1]?.text).toContain("- Check the webhook-deliveries-dlq backlog first.");
    const hits = await search(t.read, { q: "dead-letter backlog", mode: "keyword" });
    expect(hits[0]?.document.id).toBe(doc.id);
    expect(hits[0]?.chunks[0]?.snippet).toMatch(/<mark>dead<\/mark>/i);
  });

  it("turns HTML into clean text with headings and lists, without navigation or scripts", async () => {
    const t = await createTenant(admin);
    const res = await upload(t.write, { name: "edge-caching.html", type: "text/html", body: html });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.document).toMatchObject({ title: "Edge Caching Guide", sourceType: "html", status: "indexed" });
    const chunks = await chunksOf(t.read, res.body.document.id);
    const all = chunks.map((c) => c.text).join("\n");
    expect(all).toContain("Cache-Control headers & stale-while-revalidate");
    expect(all).toContain("- Purge by cache tag after a product price changes.");
    expect(all).toContain("Enterprise | 5 GB");
    expect(all).not.toMatch(/analytics|Pricing|font-family|©/);
    expect(chunks.find((c) => c.text.includes("Purge by URL"))?.headingPath).toEqual(["Edge Caching Guide", "Purging"]);
  });

  it("extracts a PDF's text with page numbers in a job, with progress, then finds it", async () => {
    const t = await createTenant(admin);
    const res = await upload(t.write, { name: "guide.pdf", type: "application/pdf", body: bytesOf(pdf) });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.outcome).toBe("queued");
    expect(res.body.document.status).toBe("pending");
    const job = await finishJob(t.read, res.body.job?.id ?? "");
    expect(job).toMatchObject({ status: "completed", progress: 100, result: { outcome: "created" } });
    const doc = await getDoc(t.read, res.body.document.id);
    expect(doc).toMatchObject({ status: "indexed", sourceType: "pdf", title: "Durable Objects Field Guide" });
    const chunks = await chunksOf(t.read, doc.id);
    expect(chunks.find((c) => c.text.includes("single thread of execution"))?.page).toBe(1);
    const alarms = chunks.find((c) => c.text.includes("exponential backoff"));
    expect(alarms?.page).toBe(2);
    expect(alarms?.headingPath).toEqual(["Durable Objects Field Guide", "Chapter 2: Alarms"]);
    const hits = await search(t.read, { q: "exponential backoff alarms" });
    expect(hits[0]?.document.id).toBe(doc.id);
    expect(hits[0]?.chunks[0]?.page).toBe(2);
  }, 30_000);

  it("ingests Markdown sent as JSON text", async () => {
    const t = await createTenant(admin);
    const res = await ingestDoc(t.write, {
      title: "Note",
      content: "# Note\n\nD1 supports FTS5 with the porter tokenizer.",
    });
    expect(res.document).toMatchObject({
      title: "Note",
      sourceType: "markdown",
      status: "indexed",
      chunkCount: 1,
    });
  });
});
