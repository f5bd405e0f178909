import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { createDb, type Db } from "../../db/client";
import { events, webhookAttempts, webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { newId } from "../../lib/ids";
import { allowsPrivateTargets, targetProblem } from "../../lib/outbound-policy";
import { openSecret } from "../../lib/secret-box";
import { type AttemptResult, postDelivery } from "./attempt";
import { type DeliveryMessage, enqueueDeliveries } from "./enqueue";
import { type DeliveryFacts, exhaustedEvent, MAX_QUEUE_DELAY_S, streakStatements, verdictOf } from "./outcome";
import { buildRequest } from "./payload";

const d = webhookDeliveries;
const iso = (ms: number) => new Date(ms).toISOString();
const PARAMS_PER_QUERY = 90;

type Delivery = typeof webhookDeliveries.$inferSelect;
type Endpoint = typeof webhookEndpoints.$inferSelect;
type EventRow = typeof events.$inferSelect;

/** Whether a delivery needs another attempt, and after how long (sent as a new delayed message). */
export interface Disposition {
  retryDelaySeconds?: number;
}

/**
 * Claims the deliveries that may be attempted now (`pending`, or `retrying` and due) by moving
 * them to `delivering` in one conditional UPDATE, so a duplicate message, the Queue's own retry
 * and the sweeper's re-send never attempt one delivery twice at once.
 */
async function claim(db: Db, ids: string[], now: number): Promise<Delivery[]> {
  const due = or(isNull(d.nextAttemptAt), lte(d.nextAttemptAt, iso(now + 1000)));
  const claimed: Delivery[] = [];
  for (let i = 0; i < ids.length; i += PARAMS_PER_QUERY) {
    const rows = await db
      .update(d)
      .set({ status: "delivering", attempts: sql`${d.attempts} + 1`, updatedAt: iso(now) })
      .where(
        and(
          inArray(d.id, ids.slice(i, i + PARAMS_PER_QUERY)),
          or(eq(d.status, "pending"), and(eq(d.status, "retrying"), due)),
        ),
      )
      .returning();
    claimed.push(...rows);
  }
  return claimed;
}

/** The endpoints and events of claimed deliveries, by id, read in one batch per chunk. */
async function context(db: Db, claimed: Delivery[]) {
  const endpoints = new Map<string, Endpoint>();
  const found = new Map<string, EventRow>();
  for (let i = 0; i < claimed.length; i += PARAMS_PER_QUERY) {
    const chunk = claimed.slice(i, i + PARAMS_PER_QUERY);
    const [eps, evs] = await db.batch([
      db
        .select()
        .from(webhookEndpoints)
        .where(inArray(webhookEndpoints.id, [...new Set(chunk.map((c) => c.endpointId))])),
      db
        .select()
        .from(events)
        .where(inArray(events.id, [...new Set(chunk.map((c) => c.eventId))])),
    ]);
    for (const e of eps) endpoints.set(e.id, e);
    for (const e of evs) found.set(e.id, e);
  }
  return { endpoints, events: found };
}

/** Why a claimed delivery cannot be attempted at all (it then ends `failed`), or null. */
function blocker(env: Env, endpoint: Endpoint | undefined, event: EventRow | undefined): string | null {
  if (!endpoint || !event) return "the endpoint or event no longer exists";
  if (!endpoint.enabled) return `endpoint is disabled${endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}`;
  const refused = targetProblem(endpoint.url, allowsPrivateTargets(env));
  return refused ? `target refused: ${refused}` : null;
}

/** The secrets that sign an endpoint's deliveries now: the current one, and the rotated-out one while valid. */
async function signingSecrets(env: Env, endpoint: Endpoint, now: number): Promise<string[]> {
  const secrets = [await openSecret(env, endpoint.secretCiphertext)];
  const previousValid = endpoint.previousSecretExpiresAt && Date.parse(endpoint.previousSecretExpiresAt) > now;
  if (endpoint.previousSecretCiphertext && previousValid) {
    secrets.push(await openSecret(env, endpoint.previousSecretCiphertext));
  }
  return secrets;
}

/** Signs and POSTs one delivery; `secrets` is shared by the batch's deliveries to one endpoint. */
async function attempt(
  secrets: Promise<string[]>,
  endpoint: Endpoint,
  event: EventRow,
  fetcher: typeof fetch,
  now: number,
) {
  try {
    const request = await buildRequest(endpoint.kind, event, await secrets, now);
    return await postDelivery(fetcher, endpoint.url, request.body, request.headers);
  } catch (err) {
    const error = `could not sign the delivery: ${err instanceof Error ? err.message : String(err)}`;
    return {
      ok: false,
      statusCode: null,
      durationMs: 0,
      responseBody: null,
      error,
      abort: false,
    } satisfies AttemptResult;
  }
}

/**
 * Attempts a batch of deliveries: one claim, one read of their endpoints and events, the HTTP
 * attempts concurrently, then every outcome (attempt log, new state, exhausted events, and once
 * per endpoint its failure streak) in one D1 batch. Returns each message's disposition by
 * delivery id; a delivery that could not be claimed (already delivered, in flight, or not due) is
 * simply acknowledged.
 */
export async function deliverBatch(
  env: Env,
  messages: DeliveryMessage[],
  fetcher: typeof fetch,
): Promise<Map<string, Disposition>> {
  const db = createDb(env.DB);
  const now = Date.now();
  const once = new Map(messages.map((m) => [m.deliveryId, m.once === true]));
  const dispositions = new Map<string, Disposition>(messages.map((m) => [m.deliveryId, {}]));
  const claimed = await claim(db, [...once.keys()], now);
  if (claimed.length === 0) return dispositions;
  const ctx = await context(db, claimed);
  const secrets = new Map<string, Promise<string[]>>();
  const secretsOf = (endpoint: Endpoint) => {
    let found = secrets.get(endpoint.id);
    if (!found) {
      found = signingSecrets(env, endpoint, now);
      found.catch(() => undefined);
      secrets.set(endpoint.id, found);
    }
    return found;
  };

  const results = await Promise.all(
    claimed.map(async (c) => {
      const endpoint = ctx.endpoints.get(c.endpointId);
      const event = ctx.events.get(c.eventId);
      const blocked = blocker(env, endpoint, event);
      if (blocked || !endpoint || !event) return { c, blocked: blocked ?? "missing", result: null, subject: "" };
      const result = await attempt(secretsOf(endpoint), endpoint, event, fetcher, now);
      return { c, blocked: null, result, subject: event.subject };
    }),
  );

  const done = Date.now();
  const statements: BatchItem<"sqlite">[] = [];
  const publish: DeliveryFacts[] = [];
  /** Per endpoint: whether any attempt of the batch succeeded, and the delivery that tells its streak. */
  const streaks = new Map<string, { ok: boolean; facts: DeliveryFacts }>();
  const mine = (c: Delivery) => and(eq(d.id, c.id), eq(d.status, "delivering"), eq(d.attempts, c.attempts));
  for (const { c, blocked, result, subject } of results) {
    if (blocked || !result) {
      statements.push(
        db
          .update(d)
          .set({
            status: "failed",
            attempts: c.attempts - 1,
            lastError: blocked,
            nextAttemptAt: null,
            updatedAt: iso(done),
          })
          .where(mine(c)),
      );
      continue;
    }
    const verdict = verdictOf(result, c.attempts, once.get(c.id) === true);
    const lastError =
      verdict.status === "delivered" ? null : verdict.status === "failed" ? verdict.reason : result.error;
    const facts: DeliveryFacts = { ...c, lastStatusCode: result.statusCode, lastError };
    const delay = verdict.status === "retrying" ? verdict.delaySeconds : undefined;
    statements.push(
      db.insert(webhookAttempts).values({
        id: newId("wha"),
        projectId: c.projectId,
        deliveryId: c.id,
        attempt: c.attempts,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        responseBody: result.responseBody,
        error: result.error,
        createdAt: iso(done),
      }),
      db
        .update(d)
        .set({
          status: verdict.status,
          lastStatusCode: result.statusCode,
          lastError,
          nextAttemptAt: delay === undefined ? null : iso(done + delay * 1000),
          deliveredAt: verdict.status === "delivered" ? iso(done) : c.deliveredAt,
          updatedAt: iso(done),
        })
        .where(mine(c)),
    );
    if (verdict.status === "exhausted") {
      statements.push(...exhaustedEvent(db, facts, subject, sql`changes() = 1`));
      publish.push(facts);
    }
    const streak = streaks.get(c.endpointId);
    if (!streak) streaks.set(c.endpointId, { ok: result.ok, facts });
    else if (result.ok) streak.ok = true;
    else if (!streak.ok) streak.facts = facts;
    if (delay !== undefined && delay <= MAX_QUEUE_DELAY_S) dispositions.set(c.id, { retryDelaySeconds: delay });
    console.log(
      JSON.stringify({
        level: result.ok ? "info" : "warn",
        msg: "webhook attempt",
        deliveryId: c.id,
        endpointId: c.endpointId,
        attempt: c.attempts,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        outcome: verdict.status,
      }),
    );
  }
  /** Statement indexes that return the endpoint id when they disabled it, with the failure that did. */
  const disables: { index: number; facts: DeliveryFacts }[] = [];
  for (const { ok, facts } of streaks.values()) {
    if (!ok) disables.push({ index: statements.length + 1, facts });
    statements.push(...streakStatements(db, facts, ok, done));
  }
  const [first, ...rest] = statements;
  if (!first) return dispositions;
  const written = await db.batch([first, ...rest]);
  for (const { index, facts } of disables) {
    const row = written[index];
    if (Array.isArray(row) && row.length > 0) publish.push(facts);
  }
  for (const facts of publish) await enqueueDeliveries(env, { correlationId: facts.id, projectId: facts.projectId });
  return dispositions;
}
