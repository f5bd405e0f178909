import { afterEach, describe, expect, it, vi } from "vitest";
import atom from "../fixtures/knowledge/formats/feed.atom.xml?raw";
import rss from "../fixtures/knowledge/formats/feed.rss.xml?raw";
import { call, createTenant, instanceAdmin } from "../helpers";
import { DOCS, type Doc, finishJob, search } from "./knowledge-helpers";

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

async function feedDocs(key: string, feedId: string): Promise<Doc[]> {
  const res = await call<{ data: Doc[] }>("GET", `${DOCS}?feedId=${feedId}&sort=title`, { key });
  return res.body.data;
}

describe("feeds", () => {
  it("subscribes to an RSS feed, ingests each item once, and re-ingests an updated item", async () => {
    const t = await createTenant(admin);
    let xml = rss;
    const fetch = serveFeed(() => xml);
    const created = await call<{ feed: { id: string }; job: { id: string } }>("POST", "/api/v1/knowledge/feeds", {
      key: t.write,
      body: { url: FEED_URL, tags: ["blog"] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const feedId = created.body.feed.id;
    const first = await finishJob(t.read, created.body.job.id);
    expect(first).toMatchObject({ status: "completed", result: { feeds: 1, created: 2, unchanged: 0 } });
    const docs = await feedDocs(t.read, feedId);
    expect(docs.map((d) => [d.title, d.sourceType, d.status, d.tags])).toEqual([
      ["Connection pooling for serverless Postgres", "feed", "indexed", ["blog"]],
      ["Feature flags without a vendor", "feed", "indexed", ["blog"]],
    ]);
    expect(docs[0]?.sourceUrl).toBe("https://blog.example.com/posts/pooling");
    const feed = await call<{ title: string; itemCount: number; lastError: string | null }>(
      "GET",
      `/api/v1/knowledge/feeds/${feedId}`,
      { key: t.read },
    );
    expect(feed.body).toMatchObject({ title: "Platform Engineering Notes", itemCount: 2, lastError: null });

    const again = await call<{ id: string }>("POST", `/api/v1/knowledge/feeds/${feedId}/poll`, { key: t.write });
    expect(await finishJob(t.read, again.body.id)).toMatchObject({ result: { created: 0, replaced: 0, unchanged: 2 } });

    xml = rss.replace("a one minute cache", "a five second cache and a kill switch");
    const third = await call<{ id: string }>("POST", `/api/v1/knowledge/feeds/${feedId}/poll`, { key: t.write });
    expect(await finishJob(t.read, third.body.id)).toMatchObject({ result: { created: 0, replaced: 1, unchanged: 1 } });
    expect(await feedDocs(t.read, feedId)).toHaveLength(2);
    const hits = await search(t.read, { q: "kill switch", mode: "keyword" });
    expect(hits[0]?.document.title).toBe("Feature flags without a vendor");
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("reads Atom feeds too", async () => {
    const t = await createTenant(admin);
    serveFeed(() => atom, "application/atom+xml");
    const created = await call<{ feed: { id: string }; job: { id: string } }>("POST", "/api/v1/knowledge/feeds", {
      key: t.write,
      body: { url: FEED_URL },
    });
    expect(await finishJob(t.read, created.body.job.id)).toMatchObject({ status: "completed", result: { created: 1 } });
    const [doc] = await feedDocs(t.read, created.body.feed.id);
    expect(doc).toMatchObject({
      title: "Sampling traces at the tail",
      sourceUrl: "https://obs.example.org/tail-sampling",
    });
  });

  it("records why a feed could not be read", async () => {
    const t = await createTenant(admin);
    serveFeed(() => "<html><body>not a feed</body></html>", "text/html");
    const created = await call<{ feed: { id: string }; job: { id: string } }>("POST", "/api/v1/knowledge/feeds", {
      key: t.write,
      body: { url: FEED_URL },
    });
    await finishJob(t.read, created.body.job.id);
    const feed = await call<{ lastError: string | null }>("GET", `/api/v1/knowledge/feeds/${created.body.feed.id}`, {
      key: t.read,
    });
    expect(feed.body.lastError).toContain("not an RSS or Atom feed");
  });

  it("fetches a URL server-side and indexes the page", async () => {
    const t = await createTenant(admin);
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () =>
        new Response("<h1>Service mesh</h1><p>Sidecars add mutual TLS between services.</p>", {
          headers: { "content-type": "text/html" },
        }),
    );
    const res = await call<{ outcome: string; document: Doc; job: { id: string } }>("POST", DOCS, {
      key: t.write,
      body: { url: "http://127.0.0.1:8000/mesh.html" },
    });
    expect(res.status).toBe(202);
    expect(await finishJob(t.read, res.body.job.id)).toMatchObject({ status: "completed" });
    const doc = await call<Doc>("GET", `${DOCS}/${res.body.document.id}`, { key: t.read });
    expect(doc.body).toMatchObject({ title: "Service mesh", sourceType: "url", status: "indexed", chunkCount: 1 });
    expect((await search(t.read, { q: "mutual TLS sidecars" }))[0]?.document.id).toBe(res.body.document.id);
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
