import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { KEY_PLANS } from "../../../shared/vocabulary";
import { nowIso, rowMeta } from "./columns";

/** A tenant: every other piece of data belongs to exactly one project. */
export const projects = sqliteTable(
  "projects",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    owner: text("owner").notNull(),
    description: text("description").notNull().default(""),
    ...rowMeta(),
  },
  (t) => [uniqueIndex("projects_slug_uq").on(t.slug), uniqueIndex("projects_owner_name_uq").on(t.owner, t.name)],
);

/** The doors a change can come through, recorded on its audit row. */
export const AUDIT_VIAS = ["api", "mcp"] as const;
export type AuditVia = (typeof AUDIT_VIAS)[number];

export const KEY_SCOPES = ["read", "write", "admin"] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

/**
 * API keys. `projectId` null means instance-wide. Only the SHA-256 of the secret is kept; the
 * prefix is the visible part that lets a person recognise a key in lists and logs. `ownerId` is the
 * person (`users.id`) the key acts for, whose current role caps it at every use; null is the
 * project's service account (or, with no project, the instance).
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id").references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    ownerId: text("owner_id"),
    scopes: text("scopes", { mode: "json" }).$type<KeyScope[]>().notNull(),
    /** The rate-limit plan (shared/vocabulary.ts `KEY_PLANS`). */
    plan: text("plan", { enum: KEY_PLANS }).notNull().default("standard"),
    createdAt: text("created_at").notNull().default(nowIso),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_keys_hash_uq").on(t.secretHash),
    index("api_keys_project_idx").on(t.projectId),
    index("api_keys_owner_idx").on(t.ownerId),
  ],
);

/** Who changed what: one row per write, with the before/after of the changed fields. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id").references(() => projects.id, { onDelete: "cascade" }),
    keyId: text("key_id"),
    /** The person who acted through a session; null for a key or the system. */
    userId: text("user_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
    requestId: text("request_id"),
    /** The door the change came through: the REST API or the MCP endpoint. */
    via: text("via", { enum: AUDIT_VIAS }).notNull().default("api"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [
    index("audit_project_time_idx").on(t.projectId, t.createdAt),
    index("audit_project_entity_idx").on(t.projectId, t.entity, t.entityId),
    index("audit_key_idx").on(t.keyId),
  ],
);
