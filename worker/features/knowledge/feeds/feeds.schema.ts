import { z } from "@hono/zod-openapi";
import { knowledgeFeeds } from "../../../db/schema";
import { pageOf, pageQuery } from "../../../lib/pagination";
import { createSelectSchema, Tags } from "../../../lib/zod";
import { Job } from "../../jobs/jobs.schema";

export const KnowledgeFeed = createSelectSchema(knowledgeFeeds, {
  tags: z.array(z.string()),
  technologyIds: z.array(z.string()),
}).openapi("KnowledgeFeed");

export const FeedCreate = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    title: z.string().trim().max(300).optional(),
    tags: Tags.optional(),
    technologyIds: z.array(z.string().min(1).max(64)).max(50).optional(),
    poll: z.boolean().default(true).openapi({ description: "Start a first poll right away (default true)" }),
  })
  .strict()
  .openapi("KnowledgeFeedCreate");

export const FeedWithJob = z.object({ feed: KnowledgeFeed, job: Job.nullable() }).openapi("KnowledgeFeedWithJob");
export const FeedPage = pageOf(KnowledgeFeed).openapi("KnowledgeFeedPage");
export const FeedListQuery = z.object(pageQuery);

export type FeedRow = typeof knowledgeFeeds.$inferSelect;
export type FeedCreateInput = z.infer<typeof FeedCreate>;
