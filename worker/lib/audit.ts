import type { Db } from "../db/client";
import { auditLog } from "../db/schema";
import { insertIfChanged } from "./conditional-insert";
import type { Actor } from "./context";
import { newId } from "./ids";

type Row = Record<string, unknown>;

export interface AuditInput {
  projectId: string | null;
  actor: Actor;
  action: "create" | "update" | "delete" | "revoke";
  entity: string;
  entityId: string;
  before: Row | null;
  after: Row | null;
}

/** Keeps only the fields that changed, so an update's audit row says what moved and nothing else. */
export function diff(before: Row, after: Row): { before: Row; after: Row } {
  const b: Row = {};
  const a: Row = {};
  for (const key of Object.keys(after)) {
    if (key === "updatedAt" || key === "version") continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

/** An audit insert to put in the same D1 batch as the write it records. */
export function auditInsert(db: Db, input: AuditInput) {
  return db.insert(auditLog).values(auditValues(input));
}

function auditValues(input: AuditInput): typeof auditLog.$inferInsert {
  return {
    id: newId("aud"),
    projectId: input.projectId,
    keyId: input.actor.keyId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: input.before,
    after: input.after,
    requestId: input.actor.requestId,
  };
}

/** An audit insert that only lands if the statement before it in the batch changed one row. */
export function auditInsertIfChanged(db: Db, input: AuditInput) {
  return insertIfChanged(db, auditLog, auditValues(input));
}
