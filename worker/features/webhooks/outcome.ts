import { and, eq, isNotNull, lte, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../../db/client";
import { events, webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import { eventStatements } from "../../lib/events";
import type { AttemptResult } from "./attempt";

/** Delay before retry n (1-based) in seconds: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const RETRY_DELAYS_S = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const;
/** The longest delay a Cloudflare Queue message may be sent with; longer waits go to the sweeper. */
export const MAX_QUEUE_DELAY_S = 12 * 3600;
/** An endpoint whose every delivery failed for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600_000;

export type Verdict =
  | { status: "delivered" }
  | { status: "failed"; reason: string }
  | { status: "retrying"; delaySeconds: number }
  | { status: "exhausted" };

/** What happens to a delivery after attempt number `attempts` produced `result`. */
export function verdictOf(result: AttemptResult, attempts: number, once: boolean): Verdict {
  if (result.ok) return { status: "delivered" };
  if (result.abort) return { status: "failed", reason: "receiver answered webhook-delivery: abort-message" };
  if (once) return { status: "failed", reason: `manual re-send failed: ${result.error ?? "no answer"}` };
  const delay = RETRY_DELAYS_S[attempts - 1];
  return delay === undefined ? { status: "exhausted" } : { status: "retrying", delaySeconds: delay };
}

export interface DeliveryFacts {
  id: string;
  projectId: string;
  endpointId: string;
  eventId: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

/**
 * The `webhook.delivery_exhausted` event for a delivery that will not be tried again, guarded by
 * `guard` (the status change having landed). The failing endpoint is not sent news of its own
 * failure: that delivery would only fail in turn. Its correlation id is the delivery id, which
 * is how the caller publishes it afterwards.
 */
export function exhaustedEvent(db: Db, d: DeliveryFacts, subject: string, guard: SQL): BatchItem<"sqlite">[] {
  const payload = {
    deliveryId: d.id,
    endpointId: d.endpointId,
    eventId: d.eventId,
    subject,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
  };
  return [
    ...eventStatements(
      db,
      { projectId: d.projectId, subject: "webhook.delivery_exhausted", payload, correlationId: d.id },
      guard,
    ),
    db
      .delete(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.endpointId, d.endpointId),
          eq(webhookDeliveries.status, "pending"),
          sql`${webhookDeliveries.eventId} in (select ${events.id} from ${events} where ${events.correlationId} = ${d.id} and ${events.subject} = 'webhook.delivery_exhausted')`,
        ),
      ),
  ];
}

/**
 * Keeps the endpoint's failure streak: a success ends it; a failure starts it if none is running
 * and, once it has lasted five days, disables the endpoint with the reason (audited, with a
 * `webhook.disabled` event correlated to the delivery). On failure the second statement returns
 * the endpoint id when it disabled the endpoint.
 */
export function streakStatements(db: Db, d: DeliveryFacts, ok: boolean, now: number): BatchItem<"sqlite">[] {
  const e = webhookEndpoints;
  if (ok) {
    return [
      db
        .update(e)
        .set({ failingSince: null })
        .where(and(eq(e.id, d.endpointId), isNotNull(e.failingSince))),
    ];
  }
  const iso = new Date(now).toISOString();
  const reason = `every delivery failed for 5 days (last: ${d.lastError ?? "no answer"})`.slice(0, 500);
  return [
    db
      .update(e)
      .set({ failingSince: sql`coalesce(${e.failingSince}, ${iso})` })
      .where(eq(e.id, d.endpointId)),
    db
      .update(e)
      .set({ enabled: false, disabledReason: reason, version: sql`${e.version} + 1`, updatedAt: iso })
      .where(
        and(
          eq(e.id, d.endpointId),
          eq(e.enabled, true),
          lte(e.failingSince, new Date(now - DISABLE_AFTER_MS).toISOString()),
        ),
      )
      .returning({ id: e.id }),
    ...changeLog(
      db,
      {
        projectId: d.projectId,
        actor: { keyId: null, requestId: d.id },
        action: "update",
        entity: "webhook",
        entityId: d.endpointId,
        before: { enabled: true, disabledReason: null },
        after: { enabled: false, disabledReason: reason },
        subject: "webhook.disabled",
      },
      "ifChanged",
    ),
  ];
}
