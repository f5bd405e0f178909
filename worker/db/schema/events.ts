import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { nowIso } from "./columns";
import { projectRef } from "./tenant";

/**
 * The event log: one row per domain change, written in the same D1 batch as the change, so a
 * failed change emits nothing and a committed one never misses its event. Ids sort by time.
 */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    subject: text("subject").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    correlationId: text("correlation_id"),
    occurredAt: text("occurred_at").notNull().default(nowIso),
  },
  (t) => [
    index("events_project_id_idx").on(t.projectId, t.id),
    index("events_project_subject_idx").on(t.projectId, t.subject),
    index("events_project_correlation_idx").on(t.projectId, t.correlationId),
  ],
);
