import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { nowIso, rowMeta, stringList } from "./columns";
import { events } from "./events";
import { projects } from "./projects";
import { projectRef } from "./tenant";

export const ENDPOINT_KINDS = ["standard", "slack"] as const;
export const DELIVERY_STATUSES = ["pending", "delivering", "delivered", "retrying", "failed", "exhausted"] as const;

/** Where a project's events go. Secrets are kept encrypted (AES-GCM with a Worker secret key). */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind", { enum: ENDPOINT_KINDS }).notNull().default("standard"),
    eventPatterns: stringList("event_patterns"),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    secretCiphertext: text("secret_ciphertext").notNull(),
    previousSecretCiphertext: text("previous_secret_ciphertext"),
    previousSecretExpiresAt: text("previous_secret_expires_at"),
    disabledReason: text("disabled_reason"),
    failingSince: text("failing_since"),
    ...rowMeta(),
  },
  (t) => [index("webhook_endpoints_project_idx").on(t.projectId, t.enabled)],
);

/** One event on its way to one endpoint; written in the event's batch, moved along by the Queue. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at"),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: text("delivered_at"),
    createdAt: text("created_at").notNull().default(nowIso),
    updatedAt: text("updated_at").notNull().default(nowIso),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_status_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_event_idx").on(t.eventId),
  ],
);

/** Each HTTP attempt of a delivery, with what the receiver answered (body truncated to 4 KB). */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    responseBody: text("response_body"),
    error: text("error"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attempt)],
);

/** A project's inbound GitHub webhook secret (encrypted) and the deliveries already handled. */
export const githubIntegrations = sqliteTable("github_integrations", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  secretCiphertext: text("secret_ciphertext").notNull(),
  createdAt: text("created_at").notNull().default(nowIso),
});

export const githubDeliveries = sqliteTable("github_deliveries", {
  deliveryId: text("delivery_id").primaryKey(),
  projectId: projectRef(),
  event: text("event").notNull(),
  receivedAt: text("received_at").notNull().default(nowIso),
});
