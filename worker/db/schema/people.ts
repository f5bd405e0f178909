import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { nowIso } from "./columns";
import { projects } from "./projects";

/** A person who signs in. `instanceAdmin` sees and manages every project; `disabledAt` refuses sign-in. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    avatarUrl: text("avatar_url"),
    instanceAdmin: integer("instance_admin", { mode: "boolean" }).notNull().default(false),
    createdAt: text("created_at").notNull().default(nowIso),
    lastSeenAt: text("last_seen_at"),
    disabledAt: text("disabled_at"),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email)],
);

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is kept. `csrfToken`
 * must accompany every write made with the cookie (see `worker/features/people/csrf.ts`).
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull().default(nowIso),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [uniqueIndex("sessions_token_uq").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

/** A single-use sign-in link (the local owner's, printed by `npm start`); only the token's hash is kept. */
export const signInLinks = sqliteTable(
  "sign_in_links",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: text("created_at").notNull().default(nowIso),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [uniqueIndex("sign_in_links_token_uq").on(t.tokenHash)],
);

/**
 * A sign-in started with an identity provider (OpenID Connect or GitHub) and not yet finished:
 * keyed by the SHA-256 of its `state`, holding the nonce and PKCE verifier the callback needs.
 * Deleted when the callback spends it (single use) or when it expires (ten minutes).
 */
export const signInRequests = sqliteTable(
  "sign_in_requests",
  {
    id: text("id").primaryKey(),
    provider: text("provider").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    createdAt: text("created_at").notNull().default(nowIso),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sign_in_requests_expires_idx").on(t.expiresAt)],
);

export const ROLES = ["viewer", "editor", "admin", "owner"] as const;
/** A person's role in one project: viewer reads, editor writes, admin manages, owner may delete. */
export type Role = (typeof ROLES)[number];

/** Who belongs to which project, and as what. */
export const memberships = sqliteTable(
  "memberships",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

/**
 * An invitation to join a project with a role: a single-use link (only the token's hash is kept)
 * that expires, accepted by a person signed in with exactly this e-mail address.
 */
export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").$type<Role>().notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: text("created_at").notNull().default(nowIso),
    expiresAt: text("expires_at").notNull(),
    acceptedAt: text("accepted_at"),
    acceptedBy: text("accepted_by"),
  },
  (t) => [uniqueIndex("invitations_token_uq").on(t.tokenHash), index("invitations_project_idx").on(t.projectId)],
);
