import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTechnology, createTenant, instanceAdmin } from "../helpers";
import { postDocument, upload } from "./knowledge-helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);
const other = await createTenant(admin);
const theirTech = await createTechnology(other.write);
const theirFeed = await expectStatus(
  api(other.write).knowledge.feeds.$post({ json: { url: "https://feeds.test/theirs.xml", poll: false } }),
  201,
);

const rowsOf = async (table: string) =>
  (
    await env.DB.prepare(`select count(*) as n from ${table} where project_id = ?`)
      .bind(t.projectId)
      .first<{ n: number }>()
  )?.n;

describe("links in knowledge bodies", () => {
  it.each([
    ["a feed that does not exist", { feedId: "kfeed_nope" }],
    ["another project's feed", { feedId: theirFeed.feed.id }],
    ["another project's technology", { technologyIds: [theirTech.id] }],
  ])("answers 404 for an entry linking %s, on create and on patch, and writes nothing", async (_what, link) => {
    const before = await rowsOf("knowledge_entries");
    await expectFailure(api(t.write).knowledge.entries.$post({ json: { title: "linked", ...link } }), 404, "not_found");
    expect(await rowsOf("knowledge_entries")).toBe(before);
    const entry = await expectStatus(api(t.write).knowledge.entries.$post({ json: { title: "plain" } }), 201);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: entry.id }, json: link }),
      404,
      "not_found",
    );
    const read = await expectStatus(api(t.read).knowledge.entries[":id"].$get({ param: { id: entry.id } }), 200);
    expect(read).toEqual(entry);
  });

  it("links an entry to a feed of its own project", async () => {
    const feed = await expectStatus(
      api(t.write).knowledge.feeds.$post({ json: { url: "https://feeds.test/mine.xml", poll: false } }),
      201,
    );
    const entry = await expectStatus(
      api(t.write).knowledge.entries.$post({ json: { title: "from my feed", feedId: feed.feed.id } }),
      201,
    );
    expect(entry.feedId).toBe(feed.feed.id);
  });

  it("answers 404 for another project's technology in a document ingest (JSON and multipart) and patch", async () => {
    const before = await rowsOf("knowledge_entries");
    await expectFailure(
      postDocument(t.write, { content: "# x\n\ny", technologyIds: [theirTech.id] }),
      404,
      "not_found",
    );
    const form = await upload(t.write, { name: "n.md", body: "# n\n\nm" }, { technologyIds: theirTech.id });
    expect(form.status, JSON.stringify(form.body)).toBe(404);
    expect(await rowsOf("knowledge_entries")).toBe(before);
    const doc = await expectStatus(postDocument(t.write, { content: "# Mine\n\nmine" }), 201);
    await expectFailure(
      api(t.write).knowledge.documents[":id"].$patch({
        param: { id: doc.document.id },
        json: { technologyIds: [theirTech.id] },
      }),
      404,
      "not_found",
    );
  });

  it("answers 404 for a feed linking another project's technology, and follows nothing", async () => {
    const before = await rowsOf("knowledge_feeds");
    await expectFailure(
      api(t.write).knowledge.feeds.$post({
        json: { url: "https://feeds.test/linked.xml", technologyIds: [theirTech.id], poll: false },
      }),
      404,
      "not_found",
    );
    expect(await rowsOf("knowledge_feeds")).toBe(before);
  });

  it("finds nothing when a list or search filters by another project's ids", async () => {
    await expectStatus(
      api(other.write).knowledge.entries.$post({ json: { title: "theirs", technologyIds: [theirTech.id] } }),
      201,
    );
    const entries = await expectStatus(
      api(t.read).knowledge.entries.$get({ query: { technologyId: theirTech.id } }),
      200,
    );
    expect(entries.total).toBe(0);
    const docs = await expectStatus(
      api(t.read).knowledge.documents.$get({ query: { feedId: theirFeed.feed.id } }),
      200,
    );
    expect(docs.total).toBe(0);
    const hits = await expectStatus(
      api(t.read).knowledge.search.$get({ query: { q: "theirs", technology: theirTech.id } }),
      200,
    );
    expect(hits.data).toEqual([]);
  });
});
