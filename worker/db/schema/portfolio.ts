import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { DRIFT_KINDS, DRIFT_STATES } from "../../../shared/portfolio";
import { DOMAINS, RINGS, TECH_STATUSES } from "../../../shared/vocabulary";
import { nowIso } from "./columns";
import { technologies } from "./technologies";
import { projectRef } from "./tenant";

/**
 * One row per technology with its portfolio key (shared/portfolio.ts `normaliseKey`) and ring.
 * Written only by the triggers of migration 0050, whichever path writes the technology.
 */
export const portfolioMembers = sqliteTable(
  "portfolio_members",
  {
    technologyId: text("technology_id").primaryKey(),
    projectId: projectRef(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    domain: text("domain", { enum: DOMAINS }).notNull(),
    status: text("status", { enum: TECH_STATUSES }).notNull(),
    ring: text("ring", { enum: RINGS }).notNull(),
  },
  (t) => [
    index("portfolio_members_key_idx").on(t.key, t.projectId, t.ring, t.status, t.technologyId),
    index("portfolio_members_project_idx").on(t.projectId, t.key),
  ],
);

/**
 * The portfolio across every project, one row per key: how many projects and technologies carry
 * it and how many sit in each ring. Kept by triggers on `portfolio_members` (migration 0050), so
 * the portfolio radar reads a few thousand rows instead of every technology of every project.
 */
export const portfolioKeys = sqliteTable("portfolio_keys", {
  key: text("key").primaryKey(),
  title: text("title").notNull(),
  domain: text("domain", { enum: DOMAINS }).notNull(),
  projects: integer("projects").notNull().default(0),
  technologies: integer("technologies").notNull().default(0),
  adopt: integer("adopt").notNull().default(0),
  trial: integer("trial").notNull().default(0),
  assess: integer("assess").notNull().default(0),
  hold: integer("hold").notNull().default(0),
  createdAt: text("created_at").notNull().default(nowIso),
});

/** An instance admin's "same as": technologies under `alias` count as `canonical` in the portfolio. */
export const technologyLinks = sqliteTable(
  "technology_links",
  {
    alias: text("alias").primaryKey(),
    canonical: text("canonical").notNull(),
    aliasTitle: text("alias_title").notNull(),
    canonicalTitle: text("canonical_title").notNull(),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [index("technology_links_canonical_idx").on(t.canonical)],
);

/**
 * The portfolio's data version, one row (`id` 1): moved by triggers (migration 0100) on every change
 * a portfolio radar or matrix can see, so an answer computed at one version stays right until it moves;
 * `epoch` is random per database, so a database made again from the migrations never repeats a version.
 */
export const portfolioVersion = sqliteTable("portfolio_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(0),
  epoch: text("epoch").notNull().default(sql`(lower(hex(randomblob(8))))`),
});

/** What a drift item points at: evidence in code, and for conflicts the other projects' rings. */
export interface DriftDetails {
  evidence: {
    repositoryId: string;
    repository: string;
    file: string;
    line: number | null;
    kind: string;
    dependency: string | null;
    version: string | null;
  }[];
  conflicts?: { projectId: string; project: string; technologyId: string; ring: string; status: string }[];
  ring?: string;
  status?: string;
}

/**
 * One radar-vs-code drift of one project, from the scan that first saw it until the scan that no
 * longer does (`resolvedAt`). At most one unresolved row per project, kind and key.
 */
export const driftItems = sqliteTable(
  "drift_items",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    kind: text("kind", { enum: DRIFT_KINDS }).notNull(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    technologyId: text("technology_id").references(() => technologies.id, { onDelete: "set null" }),
    details: text("details", { mode: "json" }).$type<DriftDetails>().notNull().default(sql`'{}'`),
    state: text("state", { enum: DRIFT_STATES }).notNull().default("open"),
    firstSeenAt: text("first_seen_at").notNull(),
    resolvedAt: text("resolved_at"),
    dismissedAt: text("dismissed_at"),
    dismissReason: text("dismiss_reason"),
    dismissedBy: text("dismissed_by"),
    researchTaskId: text("research_task_id"),
  },
  (t) => [
    uniqueIndex("drift_items_active_uq").on(t.projectId, t.kind, t.key).where(sql`${t.resolvedAt} IS NULL`),
    index("drift_items_state_idx").on(t.state, t.id),
    index("drift_items_project_state_idx").on(t.projectId, t.state, t.id),
    index("drift_items_technology_idx").on(t.technologyId),
  ],
);
