import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema";
import { insertWhere } from "./conditional-insert";
import type { Actor } from "./context";
import { eventStatements, rowExists } from "./events";
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
  /** The event subject; defaults to `<entity>.<action>d`. `false` records no event (instance-level rows). */
  subject?: string | false;
  /** A pre-generated audit id, for later statements that must follow this audit row (`rowExists`). */
  auditId?: string;
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

const PAST = { create: "created", update: "updated", delete: "deleted", revoke: "revoked" } as const;

/**
 * The audit row of a write plus its event (and the event's webhook deliveries), to put in the
 * same D1 batch as the write. With `ifChanged`, the audit row lands only if the statement just
 * before it changed exactly one row, and the event only if the audit row landed.
 */
export function changeLog(db: Db, input: AuditInput, mode: "always" | "ifChanged" = "always"): BatchItem<"sqlite">[] {
  const id = input.auditId ?? newId("aud");
  const values = {
    id,
    projectId: input.projectId,
    keyId: input.actor.keyId,
    userId: input.actor.userId ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: input.before,
    after: input.after,
    requestId: input.actor.requestId,
    via: input.actor.via ?? "api",
  };
  const audit =
    mode === "ifChanged" ? insertWhere(db, auditLog, values, sql`changes() = 1`) : db.insert(auditLog).values(values);
  if (input.subject === false || !input.projectId) return [audit];
  const subject = input.subject ?? `${input.entity}.${PAST[input.action]}`;
  const payload = {
    id: input.entityId,
    before: input.before,
    after: input.after,
    keyId: input.actor.keyId,
    userId: input.actor.userId ?? null,
  };
  const event = eventStatements(
    db,
    { projectId: input.projectId, subject, payload, correlationId: input.actor.requestId },
    mode === "ifChanged" ? rowExists(auditLog, id) : undefined,
  );
  return [audit, ...event];
}
