import { and, eq, inArray } from "drizzle-orm";
import { knowledgeEntries, knowledgeFeeds, repositories, technologies } from "../db/schema";
import type { TenantDeps } from "./context";
import { notFound } from "./errors";

type Id = string | null | undefined;

/** Ids a body links to, by kind; null and undefined entries are ignored (an empty string is an id that names nothing). */
export interface Links {
  technologyIds?: Id[];
  repositoryIds?: Id[];
  feedIds?: Id[];
  documentIds?: Id[];
}

const LINKED = {
  technologyIds: { table: technologies, entity: "technology" },
  repositoryIds: { table: repositories, entity: "repository" },
  feedIds: { table: knowledgeFeeds, entity: "feed" },
  documentIds: { table: knowledgeEntries, entity: "knowledge document" },
} as const;

/**
 * Checks that every linked row (technologies, repositories, knowledge feeds and documents) belongs
 * to the caller's project, before anything is written. A link to another project's row is answered
 * exactly like a link to a row that does not exist: 404 naming the first missing id.
 */
export async function assertLinks({ db, projectId }: TenantDeps, links: Links): Promise<void> {
  for (const kind of Object.keys(LINKED) as (keyof Links)[]) {
    const ids = [...new Set((links[kind] ?? []).filter((v): v is string => typeof v === "string"))];
    if (!ids.length) continue;
    const { table, entity } = LINKED[kind];
    const found = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.projectId, projectId), inArray(table.id, ids)));
    const missing = ids.find((id) => !found.some((f) => f.id === id));
    if (missing !== undefined) throw notFound(entity, missing);
  }
}
