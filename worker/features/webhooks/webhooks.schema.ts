import { z } from "@hono/zod-openapi";
import {
  DELIVERY_STATUSES,
  ENDPOINT_KINDS,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "../../db/schema";
import { csvEnum } from "../../lib/csv";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createSelectSchema, IsoDate } from "../../lib/zod";

/** An exact subject (`technology.created`) or a wildcard (`analysis.*`, `*.created`, `*`). */
export const EventPattern = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9_.*]+$/, "use lower-case letters, digits, '_', '.' and '*' only")
  .openapi({ example: "technology.*" });

export const Webhook = createSelectSchema(webhookEndpoints, { eventPatterns: z.array(z.string()) })
  .omit({ secretCiphertext: true, previousSecretCiphertext: true })
  .openapi("Webhook");

export const WebhookWithSecret = Webhook.extend({
  secret: z.string().openapi({ description: "Shown once: `whsec_` + base64. Store it now." }),
}).openapi("WebhookWithSecret");

const Url = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .openapi({ example: "https://example.com/hooks/commandcenter", description: "http(s), no credentials" });

export const WebhookCreate = z
  .object({
    url: Url,
    description: z.string().trim().max(500).optional(),
    kind: z.enum(ENDPOINT_KINDS).optional(),
    eventPatterns: z.array(EventPattern).min(1).max(50).default(["*"]),
    enabled: z.boolean().optional(),
  })
  .strict()
  .openapi("WebhookCreate");

export const WebhookUpdate = z
  .object({
    url: Url.optional(),
    description: z.string().trim().max(500).optional(),
    kind: z.enum(ENDPOINT_KINDS).optional(),
    eventPatterns: z.array(EventPattern).min(1).max(50).optional(),
    enabled: z.boolean().optional(),
    version: z.number().int().min(1).optional().openapi({ description: "Alternative to If-Match" }),
  })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("WebhookUpdate");

export const WebhookListQuery = z.object({
  ...pageQuery,
  enabled: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
});

export const WebhookPage = pageOf(Webhook).openapi("WebhookPage");

export const SecretRotation = z
  .object({
    secret: z.string().openapi({ description: "The new secret, shown once" }),
    previousSecretExpiresAt: z.string().openapi({ description: "Until then both secrets sign every delivery" }),
  })
  .openapi("SecretRotation");

export const Delivery = createSelectSchema(webhookDeliveries)
  .extend({ subject: z.string() })
  .openapi("WebhookDelivery");

export const Attempt = createSelectSchema(webhookAttempts).omit({ projectId: true }).openapi("WebhookAttempt");

export const DeliveryDetail = Delivery.extend({
  event: z.object({
    id: z.string(),
    subject: z.string(),
    occurredAt: z.string(),
    correlationId: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
  }),
  attempts: z.array(Attempt),
}).openapi("WebhookDeliveryDetail");

export const DeliveryListQuery = z.object({
  ...pageQuery,
  status: csvEnum(DELIVERY_STATUSES, "status"),
  eventId: z.string().min(1).max(64).optional(),
});

export const DeliveryPage = pageOf(Delivery).openapi("WebhookDeliveryPage");

export const DeliveryParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
  deliveryId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "deliveryId", in: "path" } }),
});

export const RecoverBody = z
  .object({ since: IsoDate.openapi({ description: "Re-send failed and exhausted deliveries created since then" }) })
  .strict()
  .openapi("WebhookRecover");

export const TestSent = z
  .object({ eventId: z.string(), deliveryId: z.string() })
  .openapi("WebhookTestSent", { description: "The test event and its delivery, already queued" });

export const WebhookStats = z
  .object({
    deliveries: z.object({
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      successRate: z
        .number()
        .nullable()
        .openapi({ description: "delivered / (delivered + failed + exhausted); null before any finished" }),
    }),
    attempts: z.object({
      total: z.number().int(),
      succeeded: z.number().int(),
      successRate: z.number().nullable(),
      durationMs: z.object({ average: z.number().nullable(), p95: z.number().nullable() }),
    }),
  })
  .openapi("WebhookStats");

export type WebhookRow = typeof webhookEndpoints.$inferSelect;
export type WebhookView = z.infer<typeof Webhook>;
export type WebhookCreateInput = z.infer<typeof WebhookCreate>;
export type WebhookUpdateInput = z.infer<typeof WebhookUpdate>;
export type WebhookListInput = z.infer<typeof WebhookListQuery>;
export type DeliveryListInput = z.infer<typeof DeliveryListQuery>;
