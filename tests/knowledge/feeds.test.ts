import { afterEach, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "../client";
import atom from "../fixtures/knowledge/formats/feed.atom.xml?raw";
import rss from "../fixtures/knowledge/formats/feed.rss.xml?raw";
import { createTenant, instanceAdmin } from "../helpers";
import { finishJob, postDocument, search } from "./knowledge-helpers";

const admin = await instanceAdmin();
const FEED_URL = "http://127.0.0.1:8000/feed.xml";

/** Serves `body` for the feed URL (the "locally served feed file"); any other URL fails the test. */
function serveFeed(body: () => string, type = "application/rss+xml") {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== FEED_URL) throw new Error(`unexpected fetch ${url}`);
    return new Response(body(), { headers: { "content-type": type } });
  });
}

afterEach(() => vi.restoreAllMocks());

async function feedDocs(key: string, feedId: string) {
  return (await expectStatus(api(key).knowledge.documents.$get({ query: { feedId, sort: "title" } }), 200)).data;
}

/** Follows a feed (first poll started) and returns the feed and its poll job. */
async function follow(key: string, json: { url: string; tags?: string[] }) {
  const created = await expectStatus(api(key).knowledge.feeds.$post({ json }), 201);
  if (!created.job) throw new Error("the first poll did not start");
  return { feed: created.feed, job: created.job };
}

/** Polls a feed now and waits for the job. */
async function pollNow(key: string, read: string, id: string) {
  const job = await expectStatus(api(key).knowledge.feeds[":id"].poll.$post({ param: { id } }), 202);
  return finishJob(read, job.id);
}

describe("feeds", () => {
  it("subscribes to an RSS feed, ingests each item once, and re-ingests an updated item", async () => {
    const t = await createTenant(admin);
    let xml = rss;
    const fetch = serveFeed(() => xml);
    const created = await follow(t.write, { url: FEED_URL, tags: ["blog"] });
    const feedId = created.feed.id;
    const first = await finishJob(t.read, created.job.id);
    expect(first).toMatchObject({ status: "completed", result: { feeds: 1, created: 2, unchanged: 0 } });
    const docs = await feedDocs(t.read, feedId);
    expect(docs.map((d) => [d.title, d.sourceType, d.status, d.tags])).toEqual([
      ["Connection pooling for serverless Postgres", "feed", "indexed", ["blog"]],
      ["Feature flags without a vendor", "feed", "indexed", ["blog"]],
    ]);
    expect(docs[0]?.sourceUrl).toBe("https://blog.example.com/posts/pooling");
    const feed = await expectStatus(api(t.read).knowledge.feeds[":id"].$get({ param: { id: feedId } }), 200);
    expect(feed).toMatchObject({ title: "Platform Engineering Notes", itemCount: 2, lastError: null });

    expect(await pollNow(t.write, t.read, feedId)).toMatchObject({ result: { created: 0, replaced: 0, unchanged: 2 } });

    xml = rss.replace("a one minute cache", "a five second cache and a kill switch");
    expect(await pollNow(t.write, t.read, feedId)).toMatchObject({ result: { created: 0, replaced: 1, unchanged: 1 } });
    expect(await feedDocs(t.read, feedId)).toHaveLength(2);
    const hits = await search(t.read, { q: "kill switch", mode: "keyword" });
    expect(hits[0]?.document.title).toBe("Feature flags without a vendor");
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("reads Atom feeds too", async () => {
    const t = await createTenant(admin);
    serveFeed(() => atom, "application/atom+xml");
    const created = await follow(t.write, { url: FEED_URL });
    expect(await finishJob(t.read, created.job.id)).toMatchObject({ status: "completed", result: { created: 1 } });
    const [doc] = await feedDocs(t.read, created.feed.id);
    expect(doc).toMatchObject({
      title: "Sampling traces at the tail",
      sourceUrl: "https://obs.example.org/tail-sampling",
    });
  });

  it("records why a feed could not be read", async () => {
    const t = await createTenant(admin);
    serveFeed(() => "<html><body>not a feed</body></html>", "text/html");
    const created = await follow(t.write, { url: FEED_URL });
    await finishJob(t.read, created.job.id);
    const feed = await expectStatus(api(t.read).knowledge.feeds[":id"].$get({ param: { id: created.feed.id } }), 200);
    expect(feed.lastError).toContain("not an RSS or Atom feed");
  });

  it("fetches a URL server-side and indexes the page", async () => {
    const t = await createTenant(admin);
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () =>
        new Response("<h1>Service mesh</h1><p>Sidecars add mutual TLS between services.</p>", {
          headers: { "content-type": "text/html" },
        }),
    );
    const res = await expectStatus(postDocument(t.write, { url: "http://127.0.0.1:8000/mesh.html" }), 202);
    expect(await finishJob(t.read, res.job?.id ?? "")).toMatchObject({ status: "completed" });
    const doc = await expectStatus(
      api(t.read).knowledge.documents[":id"].$get({ param: { id: res.document.id } }),
      200,
    );
    expect(doc).toMatchObject({ title: "Service mesh", sourceType: "url", status: "indexed", chunkCount: 1 });
    expect((await search(t.read, { q: "mutual TLS sidecars" }))[0]?.document.id).toBe(res.document.id);
  });

  it("refuses a redirect to a private address when private targets are not allowed", async () => {
    const { fetchSource, FetchRefused } = await import("../../worker/features/knowledge/ingest/fetch-source");
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () => new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } }),
    );
    const env = { ALLOW_PRIVATE_WEBHOOK_TARGETS: "false" } as Env;
    const err = await fetchSource(env, "https://public.example.com/start", 1000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchRefused);
    expect(String(err)).toContain("169.254.169.254");
  });
});
