import { and, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { exportsTable } from "../../db/schema";

const DEFAULT_TTL_DAYS = 7;

/** Every object of a project in the ARTIFACTS bucket lives under this prefix. */
export const projectPrefix = (projectId: string) => `projects/${projectId}/`;

/** Where an export's file is stored. */
export const exportKey = (projectId: string, exportId: string, fileName: string) =>
  `${projectPrefix(projectId)}exports/${exportId}/${fileName}`;

/** How long an export stays downloadable: `EXPORT_TTL_DAYS` (fractions allowed), else 7 days. */
export function exportTtlMs(env: { EXPORT_TTL_DAYS?: string }): number {
  const days = Number(env.EXPORT_TTL_DAYS);
  return (Number.isFinite(days) && days > 0 ? days : DEFAULT_TTL_DAYS) * 86_400_000;
}

/**
 * Removes exports past their expiry: files from R2 first, then their rows, up to 500 per call (the
 * minute cron calls it, so a backlog drains over a few ticks). Returns how many went.
 */
export async function purgeExpiredExports(env: Env, db: Db, now: Date): Promise<number> {
  const expired = await db
    .select({ id: exportsTable.id, projectId: exportsTable.projectId, r2Key: exportsTable.r2Key })
    .from(exportsTable)
    .where(lt(exportsTable.expiresAt, now.toISOString()))
    .limit(500);
  if (!expired.length) return 0;
  const keys = expired.flatMap((e) => (e.r2Key?.startsWith(projectPrefix(e.projectId)) ? [e.r2Key] : []));
  if (keys.length) await env.ARTIFACTS.delete(keys);
  await db.delete(exportsTable).where(
    and(
      inArray(
        exportsTable.id,
        expired.map((e) => e.id),
      ),
      lt(exportsTable.expiresAt, now.toISOString()),
    ),
  );
  return expired.length;
}

/** Removes one export's file, if it has one, within its own project's prefix only. */
export async function deleteExportFile(env: Env, row: { projectId: string; r2Key: string | null }) {
  if (row.r2Key?.startsWith(projectPrefix(row.projectId))) await env.ARTIFACTS.delete(row.r2Key);
}
