import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { knowledgeFeeds } from "../../../db/schema";
import type { JobContext, JobType } from "../../jobs/registry";
import { ownedBy, PermanentJobError } from "../../jobs/registry";
import type { KnowledgeDeps } from "../deps";
import { FetchRefused, fetchSource } from "../ingest/fetch-source";
import { jobDeps } from "../ingest/ingest.job";
import { ingest } from "../ingest/ingest.service";
import { KNOWLEDGE_LIMITS } from "../limits";
import { parseFeed } from "./feed-parser";
import type { FeedRow } from "./feeds.schema";

export const PollFeedParams = z.object({
  feedId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: "One feed; all of the project's feeds if omitted" }),
});
export type PollFeedParams = z.infer<typeof PollFeedParams>;

/** Items ingested per feed and poll; older items beyond it wait for the next poll. */
const MAX_ITEMS = 200;

type Tally = { created: number; replaced: number; unchanged: number; queued: number; failed: number };

async function pollOne(
  deps: KnowledgeDeps,
  feed: FeedRow,
  report: (done: number, total: number) => Promise<void>,
  tally: Tally,
) {
  const where = and(eq(knowledgeFeeds.id, feed.id), eq(knowledgeFeeds.projectId, deps.projectId));
  const polledAt = new Date().toISOString();
  let fetched: Awaited<ReturnType<typeof fetchSource>>;
  try {
    fetched = await fetchSource(deps.env, feed.url, KNOWLEDGE_LIMITS.maxFetchBytes, {
      accept: "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5",
      ...(feed.etag ? { "if-none-match": feed.etag } : {}),
      ...(feed.lastModified ? { "if-modified-since": feed.lastModified } : {}),
    });
  } catch (err) {
    await deps.db
      .update(knowledgeFeeds)
      .set({ lastPolledAt: polledAt, lastError: String(err instanceof Error ? err.message : err) })
      .where(where);
    if (err instanceof FetchRefused) return;
    throw err;
  }
  if (fetched.status === 304) {
    await deps.db.update(knowledgeFeeds).set({ lastPolledAt: polledAt, lastError: null }).where(where);
    return;
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(new TextDecoder().decode(fetched.bytes));
  } catch (err) {
    await deps.db
      .update(knowledgeFeeds)
      .set({ lastPolledAt: polledAt, lastError: `${feed.url}: ${String(err instanceof Error ? err.message : err)}` })
      .where(where);
    return;
  }
  const items = parsed.items.slice(0, MAX_ITEMS);
  for (const [i, item] of items.entries()) {
    const html = item.html || `<p>${item.title}</p>`;
    try {
      const answer = await ingest(deps, {
        format: "html",
        bytes: new TextEncoder().encode(`<h1>${item.title.replaceAll("<", "&lt;")}</h1>${html}`),
        title: item.title.slice(0, 300),
        sourceUrl: item.link && /^https?:\/\//.test(item.link) ? item.link : undefined,
        sourceKey: `feed:${feed.id}:${item.key}`,
        sourceType: "feed",
        feedId: feed.id,
        tags: feed.tags,
        technologyIds: feed.technologyIds,
      });
      tally[answer.outcome]++;
    } catch {
      tally.failed++;
    }
    await report(i + 1, items.length);
  }
  await deps.db
    .update(knowledgeFeeds)
    .set({
      lastPolledAt: polledAt,
      lastError: null,
      title: feed.title || parsed.title.slice(0, 300),
      etag: fetched.headers.get("etag"),
      lastModified: fetched.headers.get("last-modified"),
      itemCount: items.length,
    })
    .where(where);
}

/**
 * `knowledge.poll_feed`: fetches one feed (or every feed of the project) with conditional
 * requests, and ingests each item as a document keyed by feed and item id: a new item is added,
 * an item whose content changed is re-ingested, an unchanged one is left alone. Schedules run
 * this job type to keep feeds current.
 */
export const pollFeedJob: JobType<PollFeedParams> = {
  type: "knowledge.poll_feed",
  description: "Poll RSS/Atom feeds and ingest new or changed items into the knowledge base",
  params: PollFeedParams,
  ids: { feedId: ownedBy(knowledgeFeeds, "feed") },
  maxAttempts: 3,
  timeoutMs: 10 * 60_000,
  async run(ctx) {
    const deps = jobDeps(ctx as JobContext<unknown>);
    const where = ctx.params.feedId
      ? and(eq(knowledgeFeeds.projectId, ctx.projectId), eq(knowledgeFeeds.id, ctx.params.feedId))
      : eq(knowledgeFeeds.projectId, ctx.projectId);
    const feeds = await deps.db.select().from(knowledgeFeeds).where(where);
    if (ctx.params.feedId && !feeds.length) throw new PermanentJobError(`feed ${ctx.params.feedId} not found`);
    const tally: Tally = { created: 0, replaced: 0, unchanged: 0, queued: 0, failed: 0 };
    for (const [f, feed] of feeds.entries()) {
      await ctx.checkpoint();
      await ctx.progress((f / feeds.length) * 100, `polling ${feed.url}`);
      await pollOne(
        deps,
        feed,
        async (done, total) => {
          await ctx.progress(((f + done / total) / feeds.length) * 100, `${feed.url}: ${done} of ${total} items`);
        },
        tally,
      );
    }
    return { feeds: feeds.length, ...tally };
  },
};
