import { and, eq, isNull, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../../../db/client";
import { driftItems } from "../../../db/schema";
import { eventStatements, rowExists } from "../../../lib/events";
import { newId } from "../../../lib/ids";
import { type Finding, projectFindings } from "./findings";

/**
 * Statements per D1 batch: each batch is atomic; a scan that needs more commits in steps, never
 * splitting an item's change from its event.
 */
const STATEMENTS_PER_BATCH = 90;

type DriftRow = typeof driftItems.$inferSelect;

/** What an event about a drift item carries. */
export function driftPayload(
  row: Pick<DriftRow, "id" | "kind" | "key" | "title" | "technologyId" | "details" | "state">,
) {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    title: row.title,
    technologyId: row.technologyId,
    state: row.state,
    evidence: row.details.evidence.slice(0, 10),
    ...(row.details.conflicts ? { conflicts: row.details.conflicts } : {}),
  };
}

/** What a scan changed: the ids of the items it opened and of those it resolved. */
export interface ScanResult {
  detected: string[];
  resolved: string[];
}

/**
 * Compares what drifts in a project now with its unresolved drift items: a new finding becomes a
 * row and a `drift.detected` event, an item no longer found is resolved with a `drift.resolved`
 * event, an item still found keeps its first-seen time (and a dismissed one stays dismissed) with
 * its evidence refreshed. Events carry `correlationId` (the analysis job, or the scan).
 */
export async function scanDrift(
  db: Db,
  projectId: string,
  options: { correlationId: string | null; now?: Date },
): Promise<ScanResult> {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const seen = new Map<string, Finding>();
  for (const f of await projectFindings(db, projectId, now)) {
    const id = `${f.kind}|${f.key}`;
    if (!seen.has(id)) seen.set(id, f);
  }
  const active = await db
    .select()
    .from(driftItems)
    .where(and(eq(driftItems.projectId, projectId), isNull(driftItems.resolvedAt)));
  const groups: BatchItem<"sqlite">[][] = [];
  const result: ScanResult = { detected: [], resolved: [] };
  const event = (subject: string, row: Parameters<typeof driftPayload>[0], guard: ReturnType<typeof sql>) =>
    eventStatements(
      db,
      { projectId, subject, payload: driftPayload(row), correlationId: options.correlationId },
      guard,
    );
  for (const row of active) {
    const finding = seen.get(`${row.kind}|${row.key}`);
    seen.delete(`${row.kind}|${row.key}`);
    if (!finding) {
      groups.push([
        db
          .update(driftItems)
          .set({ resolvedAt: stamp, state: "resolved" })
          .where(and(eq(driftItems.id, row.id), isNull(driftItems.resolvedAt))),
        ...event("drift.resolved", { ...row, state: "resolved" }, sql`changes() = 1`),
      ]);
      result.resolved.push(row.id);
    } else if (
      JSON.stringify(finding.details) !== JSON.stringify(row.details) ||
      finding.technologyId !== row.technologyId ||
      finding.title !== row.title
    ) {
      groups.push([
        db
          .update(driftItems)
          .set({ details: finding.details, technologyId: finding.technologyId, title: finding.title })
          .where(eq(driftItems.id, row.id)),
      ]);
    }
  }
  for (const finding of seen.values()) {
    const row = { id: newId("drf"), projectId, ...finding, state: "open" as const, firstSeenAt: stamp };
    groups.push([
      db.insert(driftItems).values(row).onConflictDoNothing(),
      ...event("drift.detected", row, rowExists(driftItems, row.id)),
    ]);
    result.detected.push(row.id);
  }
  let batch: BatchItem<"sqlite">[] = [];
  for (const group of groups) {
    batch.push(...group);
    if (batch.length >= STATEMENTS_PER_BATCH) batch = await commit(db, batch);
  }
  await commit(db, batch);
  return result;
}

async function commit(db: Db, statements: BatchItem<"sqlite">[]): Promise<BatchItem<"sqlite">[]> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return [];
}
