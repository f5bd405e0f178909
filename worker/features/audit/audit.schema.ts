import { z } from "@hono/zod-openapi";
import { auditLog } from "../../db/schema";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createSelectSchema, IsoDate } from "../../lib/zod";

const Snapshot = z.record(z.string(), z.unknown()).nullable();

/** Who made a change, for display: the person (or a key's owner) and the key, each null when absent. */
export const AuditActor = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    key: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi("AuditActor");

export const AuditEntry = createSelectSchema(auditLog, { before: Snapshot, after: Snapshot })
  .extend({ actor: AuditActor })
  .openapi("AuditEntry");

export const AuditListQuery = z.object({
  ...pageQuery,
  projectId: z.string().min(1).max(64).optional().openapi({ description: "Instance admins only: one project's rows" }),
  entity: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(64).optional(),
  action: z.enum(["create", "update", "delete", "revoke"]).optional(),
  keyId: z.string().min(1).max(64).optional(),
  from: IsoDate.optional().openapi({ description: "Inclusive lower bound on time" }),
  to: IsoDate.optional().openapi({ description: "Exclusive upper bound on time" }),
});

export const AuditPage = pageOf(AuditEntry).openapi("AuditPage");
export type AuditListInput = z.infer<typeof AuditListQuery>;
