import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { technologies } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { assertLinks } from "../../lib/links";
import { jsonArrayHas } from "../../lib/text-filter";
import { updateTechnology } from "../technologies/technologies.service";
import { type BatchTechnologiesInput, MAX_BATCH } from "./batch.schema";

async function idsOf(deps: TenantDeps, input: BatchTechnologiesInput): Promise<string[]> {
  if (input.ids) {
    await assertLinks(deps, { technologyIds: input.ids });
    return [...new Set(input.ids)];
  }
  const f = input.filter ?? {};
  const where: SQL[] = [eq(technologies.projectId, deps.projectId)];
  if (f.status?.length) where.push(inArray(technologies.status, f.status));
  if (f.domain?.length) where.push(inArray(technologies.domain, f.domain));
  if (f.tag) where.push(jsonArrayHas(technologies.tags, f.tag));
  const rows = await deps.db
    .select({ id: technologies.id })
    .from(technologies)
    .where(and(...where))
    .orderBy(asc(technologies.id))
    .limit(MAX_BATCH + 1);
  if (rows.length > MAX_BATCH)
    throw new AppError("validation_failed", `the filter matches more than ${MAX_BATCH} technologies; narrow it`, [
      { path: "filter", message: `matches more than ${MAX_BATCH}` },
    ]);
  return rows.map((r) => r.id);
}

/**
 * Sets the same fields on many technologies: each one is its own versioned change (audit row,
 * history rows for status, ring and priority moves, and events, exactly as a PATCH), so one
 * technology changed meanwhile fails alone. Ids from another project answer 404 before anything moves.
 */
export async function batchTechnologies(deps: TenantDeps, input: BatchTechnologiesInput) {
  const ids = await idsOf(deps, input);
  const results: { id: string; outcome: "updated" | "unchanged" | "failed"; version?: number; reason?: string }[] = [];
  for (const id of ids) {
    try {
      const before = await deps.db.query.technologies.findFirst({
        where: and(eq(technologies.id, id), eq(technologies.projectId, deps.projectId)),
        columns: { version: true },
      });
      const row = await updateTechnology(deps, id, { ...input.set, note: input.note }, undefined);
      results.push({ id, outcome: row.version === before?.version ? "unchanged" : "updated", version: row.version });
    } catch (err) {
      results.push({ id, outcome: "failed", reason: err instanceof AppError ? err.message : "could not be saved" });
    }
  }
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return { totals: { updated: count("updated"), unchanged: count("unchanged"), failed: count("failed") }, results };
}
