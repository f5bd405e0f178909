import { and, eq } from "drizzle-orm";
import { knowledgeEntries, knowledgeFeeds } from "../../../db/schema";
import { changeLog } from "../../../lib/audit";
import { isUniqueViolation } from "../../../lib/concurrency";
import type { TenantDeps } from "../../../lib/context";
import { AppError, notFound } from "../../../lib/errors";
import { newId } from "../../../lib/ids";
import { assertLinks } from "../../../lib/links";
import { orderOf, paginate } from "../../../lib/pagination";
import { auditedDelete } from "../../../lib/versioned-write";
import { createJob } from "../../jobs/create-job";
import { assertFetchable } from "../ingest/ingest.service";
import type { FeedCreateInput, FeedRow } from "./feeds.schema";
import { pollFeedJob } from "./poll-feed.job";

type Deps = TenantDeps & { env: Env };

export async function getFeed({ db, projectId }: TenantDeps, id: string): Promise<FeedRow> {
  const row = await db.query.knowledgeFeeds.findFirst({
    where: and(eq(knowledgeFeeds.id, id), eq(knowledgeFeeds.projectId, projectId)),
  });
  if (!row) throw notFound("feed", id);
  return row;
}

export const listFeeds = ({ db, projectId }: TenantDeps, page: { page: number; limit: number }) =>
  paginate(
    db,
    knowledgeFeeds,
    eq(knowledgeFeeds.projectId, projectId),
    orderOf(knowledgeFeeds.createdAt, true, knowledgeFeeds.id),
    page,
  );

/** Starts a `knowledge.poll_feed` job for one feed. */
export async function pollFeed(deps: Deps, id: string) {
  await getFeed(deps, id);
  return createJob(deps, pollFeedJob, { feedId: id });
}

const findByUrl = ({ db, projectId }: TenantDeps, url: string) =>
  db.query.knowledgeFeeds.findFirst({
    where: and(eq(knowledgeFeeds.projectId, projectId), eq(knowledgeFeeds.url, url)),
  });

/**
 * Subscribes the project to an RSS or Atom feed (same address rules as webhook targets) and, unless
 * `poll` is false, starts its first poll. Schedules poll it later with the same job type. A URL
 * the project already follows is 409, also when two requests race to create it.
 */
export async function createFeed(deps: Deps, input: FeedCreateInput) {
  assertFetchable(deps.env, input.url, "url");
  await assertLinks(deps, { technologyIds: input.technologyIds });
  const { poll, ...fields } = input;
  const values = { ...fields, title: fields.title ?? "", id: newId("kfeed"), projectId: deps.projectId };
  const taken = (id: string) => new AppError("conflict", `the project already follows ${input.url} (feed ${id})`);
  const existing = await findByUrl(deps, input.url);
  if (existing) throw taken(existing.id);
  const inserted = await deps.db
    .batch([
      deps.db.insert(knowledgeFeeds).values(values).returning(),
      ...changeLog(deps.db, {
        projectId: deps.projectId,
        actor: deps.actor,
        action: "create",
        entity: "knowledge_feed",
        entityId: values.id,
        before: null,
        after: values,
      }),
    ])
    .then(([rows]) => rows)
    .catch(async (err: unknown) => {
      if (!isUniqueViolation(err)) throw err;
      throw taken((await findByUrl(deps, input.url))?.id ?? "created concurrently");
    });
  const feed = inserted[0];
  if (!feed) throw new Error("insert returned no row");
  const job = poll ? await createJob(deps, pollFeedJob, { feedId: feed.id }) : null;
  return { feed, job };
}

/**
 * Unsubscribes; documents already ingested from the feed stay and lose their feed link (cleared
 * here: the column was added by ALTER TABLE, which cannot carry ON DELETE SET NULL).
 */
export async function deleteFeed(deps: TenantDeps, id: string): Promise<void> {
  const current = await getFeed(deps, id);
  await deps.db
    .update(knowledgeEntries)
    .set({ feedId: null })
    .where(and(eq(knowledgeEntries.projectId, deps.projectId), eq(knowledgeEntries.feedId, id)));
  await auditedDelete(deps.db, {
    table: knowledgeFeeds,
    entity: "knowledge_feed",
    scope: eq(knowledgeFeeds.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
  });
}
