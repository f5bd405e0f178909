import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { auditLog, technologies, technologyEvents } from "../../db/schema";
import { changeLog, diff } from "../../lib/audit";
import { isUniqueViolation } from "../../lib/concurrency";
import type { TenantDeps } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { rowExists } from "../../lib/events";
import { newId } from "../../lib/ids";
import type { TechnologyRow } from "../technologies/technologies.schema";
import { moves } from "../technologies/technologies.service";
import { detectFormat, type ImportFormat, parseRows } from "./parse";
import { type ImportStrategy, type Planned, planImport, ROW_OUTCOMES, type RowOutcome, type RowReport } from "./plan";

/** Rows per import, and rows per D1 batch: a failing batch fails only its own rows, and none half-way. */
export const IMPORT_LIMITS = { maxRows: 10_000, maxBytes: 5 * 1024 * 1024, chunkRows: 50 } as const;

export interface ImportInput {
  bytes: Uint8Array;
  fileName?: string;
  format?: string;
  strategy: ImportStrategy;
  dryRun: boolean;
}

export interface ImportReport {
  format: ImportFormat;
  strategy: ImportStrategy;
  dryRun: boolean;
  totals: Record<RowOutcome, number>;
  rows: RowReport[];
}

function statements(deps: TenantDeps, w: Planned, now: string): BatchItem<"sqlite">[] {
  const { db, projectId, actor } = deps;
  if (w.kind === "create") {
    const id = newId("tech");
    w.report.id = id;
    const values = { ...w.item, id, projectId, createdAt: now, updatedAt: now };
    return [
      db.insert(technologies).values(values),
      db.insert(technologyEvents).values({
        id: newId("tev"),
        projectId,
        technologyId: id,
        kind: "created",
        toValue: w.item.status ?? "discovery",
        note: "imported",
        actorKeyId: actor.keyId,
        actorUserId: actor.userId ?? null,
        createdAt: now,
      }),
      ...changeLog(db, {
        projectId,
        actor,
        action: "create",
        entity: "technology",
        entityId: id,
        before: null,
        after: values,
      }),
    ];
  }
  const { current, changes } = w;
  const after = { ...current, ...changes } as TechnologyRow;
  const auditId = newId("aud");
  return [
    db
      .update(technologies)
      .set({ ...changes, version: current.version + 1, updatedAt: now })
      .where(
        and(
          eq(technologies.id, current.id),
          eq(technologies.version, current.version),
          eq(technologies.projectId, projectId),
        ),
      )
      .returning({ id: technologies.id, version: technologies.version }),
    ...changeLog(
      db,
      {
        projectId,
        actor,
        action: "update",
        entity: "technology",
        entityId: current.id,
        auditId,
        ...diff(current, after),
      },
      "ifChanged",
    ),
    ...moves(db, deps, current, after, "imported", rowExists(auditLog, auditId)),
  ];
}

const reasonOf = (err: unknown) =>
  isUniqueViolation(err)
    ? "a technology of the same name was saved by someone else meanwhile; run the import again"
    : "the batch holding this row could not be saved; nothing of it was written";

/**
 * Imports technologies from a BYOR CSV/JSON file, this product's JSON export or a CSV/XLSX
 * inventory. Every row gets an outcome with its row number; a dry run decides the same outcomes and
 * writes nothing. Writes go in D1 batches of {@link IMPORT_LIMITS.chunkRows} rows, each row with its
 * history, audit row and events, so a failing batch leaves none of its rows half-written.
 */
export async function runImport(deps: TenantDeps, input: ImportInput): Promise<ImportReport> {
  if (input.bytes.byteLength === 0) throw new AppError("bad_request", "the file is empty");
  const format = detectFormat(input.format, input.fileName, input.bytes);
  const rows = parseRows(format, input.bytes);
  if (rows.length > IMPORT_LIMITS.maxRows)
    throw new AppError(
      "payload_too_large",
      `an import holds at most ${IMPORT_LIMITS.maxRows} rows; this file has ${rows.length}`,
    );
  const existing = await deps.db.select().from(technologies).where(eq(technologies.projectId, deps.projectId));
  const { reports, writes } = planImport(rows, existing, input.strategy);
  if (!input.dryRun) {
    const now = new Date().toISOString();
    for (let i = 0; i < writes.length; i += IMPORT_LIMITS.chunkRows) {
      const chunk = writes.slice(i, i + IMPORT_LIMITS.chunkRows);
      const batch = chunk.map((w) => statements(deps, w, now));
      const flat = batch.flat();
      const [first, ...rest] = flat;
      if (!first) continue;
      try {
        const results = await deps.db.batch([first, ...rest]);
        let at = 0;
        chunk.forEach((w, n) => {
          const result = results[at];
          at += batch[n]?.length ?? 0;
          if (w.kind === "update" && Array.isArray(result) && result.length === 0)
            Object.assign(w.report, {
              outcome: "failed",
              reason: "the technology changed while importing; nothing written",
            });
        });
      } catch (err) {
        for (const w of chunk)
          Object.assign(w.report, {
            outcome: "failed",
            reason: reasonOf(err),
            id: w.kind === "update" ? w.report.id : undefined,
          });
      }
    }
  }
  const totals = Object.fromEntries(ROW_OUTCOMES.map((o) => [o, 0])) as Record<RowOutcome, number>;
  for (const r of reports) totals[r.outcome]++;
  return { format, strategy: input.strategy, dryRun: input.dryRun, totals, rows: reports };
}
