import { and, eq, inArray } from "drizzle-orm";
import { repositories, technologies } from "../db/schema";
import type { TenantDeps } from "./context";
import { notFound } from "./errors";

/**
 * Checks that linked technologies and repositories belong to the caller's project. A link to
 * another project's row is answered exactly like a link to a row that does not exist.
 */
export async function assertLinks(
  { db, projectId }: TenantDeps,
  links: { technologyIds?: (string | null | undefined)[]; repositoryIds?: (string | null | undefined)[] },
): Promise<void> {
  const techIds = [...new Set((links.technologyIds ?? []).filter((v): v is string => !!v))];
  const repoIds = [...new Set((links.repositoryIds ?? []).filter((v): v is string => !!v))];
  if (techIds.length) {
    const found = await db
      .select({ id: technologies.id })
      .from(technologies)
      .where(and(eq(technologies.projectId, projectId), inArray(technologies.id, techIds)));
    const missing = techIds.find((id) => !found.some((f) => f.id === id));
    if (missing) throw notFound("technology", missing);
  }
  if (repoIds.length) {
    const found = await db
      .select({ id: repositories.id })
      .from(repositories)
      .where(and(eq(repositories.projectId, projectId), inArray(repositories.id, repoIds)));
    const missing = repoIds.find((id) => !found.some((f) => f.id === id));
    if (missing) throw notFound("repository", missing);
  }
}
