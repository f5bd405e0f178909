import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { events, webhookDeliveries, webhookEndpoints } from "../db/schema";
import { insertWhere } from "./conditional-insert";
import { newId } from "./ids";

export interface EventInput {
  projectId: string;
  /** Dotted, lower case: `technology.created`, `job.completed`, `analysis.completed`. */
  subject: string;
  payload: Record<string, unknown>;
  correlationId: string | null;
}

/**
 * The statements that record an event and queue it for every enabled webhook endpoint of the
 * project whose patterns match, to put in the same D1 batch as the change itself. `guard` makes
 * the event conditional on that change having happened (e.g. its audit row existing).
 */
export function eventStatements(db: Db, input: EventInput, guard?: SQL): [BatchItem<"sqlite">, BatchItem<"sqlite">] {
  const id = newId("evt");
  const now = new Date().toISOString();
  const values = { id, ...input, occurredAt: now };
  const insert = guard ? insertWhere(db, events, values, guard) : db.insert(events).values(values);
  const deliveries = db.insert(webhookDeliveries).select(
    sql`select 'whd_' || lower(hex(randomblob(13))), e.project_id, e.id, ${id}, 'pending', 0, null, null, null, null, ${now}, ${now}
      from ${webhookEndpoints} e
      where e.project_id = ${input.projectId} and e.enabled = 1
        and exists (select 1 from ${events} where id = ${id})
        and exists (select 1 from json_each(e.event_patterns) p where ${input.subject} glob p.value)`,
  );
  return [insert, deliveries];
}

/** Guard: the row with this id exists in `table` (written earlier in the same batch). */
export const rowExists = (table: SQLiteTable, id: string): SQL => sql`exists (select 1 from ${table} where id = ${id})`;
