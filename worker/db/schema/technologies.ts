import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { DOMAINS, TECH_STATUSES } from "../../../shared/vocabulary";
import { nowIso, rowMeta, stringList } from "./columns";
import { projectRef } from "./tenant";

export interface Link {
  title: string;
  url: string;
}

export const technologies = sqliteTable(
  "technologies",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    title: text("title").notNull(),
    vendor: text("vendor"),
    domain: text("domain", { enum: DOMAINS }).notNull().default("other"),
    status: text("status", { enum: TECH_STATUSES }).notNull().default("discovery"),
    priority: integer("priority").notNull().default(3),
    relevanceScore: integer("relevance_score").notNull().default(50),
    tags: stringList("tags"),
    description: text("description").notNull().default(""),
    links: text("links", { mode: "json" }).$type<Link[]>().notNull().default(sql`'[]'`),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex("technologies_project_title_uq").on(t.projectId, t.title),
    // Covers the usual list filters (status, priority) and the default sort, so a filtered page and
    // its total are read from the index alone (see paginate's rowKey).
    index("technologies_project_status_priority_idx").on(t.projectId, t.status, t.priority, t.updatedAt, t.id),
    index("technologies_project_domain_idx").on(t.projectId, t.domain),
    index("technologies_project_priority_idx").on(t.projectId, t.priority),
    // The default sort in index order, with the usual filters beside it: a list page is read off this
    // index without touching rows or sorting (the list service names it with INDEXED BY).
    index("technologies_project_updated_idx").on(t.projectId, t.updatedAt, t.id, t.status, t.priority, t.domain),
    check("technologies_priority_ck", sql`${t.priority} between 1 and 5`),
    check("technologies_relevance_ck", sql`${t.relevanceScore} between 0 and 100`),
  ],
);

export const TECH_EVENT_KINDS = ["created", "status", "priority", "ring", "evidence"] as const;

/** Every move of a technology on the radar: status, priority or ring, with who, when and why. */
export const technologyEvents = sqliteTable(
  "technology_events",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    technologyId: text("technology_id")
      .notNull()
      .references(() => technologies.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: TECH_EVENT_KINDS }).notNull(),
    fromValue: text("from_value"),
    toValue: text("to_value"),
    note: text("note"),
    actorKeyId: text("actor_key_id"),
    /** The person who acted (signed in, or the key's owner); null for the system or a service-account key. */
    actorUserId: text("actor_user_id"),
    createdAt: text("created_at").notNull().default(nowIso),
  },
  (t) => [index("technology_events_tech_idx").on(t.projectId, t.technologyId, t.createdAt)],
);

/**
 * One row per tag of a technology, so a tag filter is an index probe instead of a JSON scan, with a
 * copy of the technology's filtered columns and update time, so a tag's list in update order reads
 * only that tag's entries (`technology_tags_updated_idx`). Kept in step with `technologies` by
 * triggers (migrations 0007 and 0111), whichever code path writes the row.
 */
export const technologyTags = sqliteTable(
  "technology_tags",
  {
    projectId: projectRef(),
    tag: text("tag").notNull(),
    // No foreign key: a cascade would search this table by technology id alone; the delete trigger
    // removes a technology's rows through the primary key instead.
    technologyId: text("technology_id").notNull(),
    updatedAt: text("updated_at").notNull().default(""),
    status: text("status").notNull().default(""),
    priority: integer("priority").notNull().default(0),
    domain: text("domain").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.tag, t.technologyId] }),
    index("technology_tags_updated_idx").on(
      t.projectId,
      t.tag,
      t.updatedAt,
      t.technologyId,
      t.status,
      t.priority,
      t.domain,
    ),
  ],
);

/**
 * How many technologies of a project have each status, domain and priority, overall (`tag` = '')
 * and per tag, so a filtered list's total is a sum over a few rows rather than a count of every
 * match. Kept by triggers (migration 0007); rows appear at 0 and move only through the triggers.
 */
export const technologyCounts = sqliteTable(
  "technology_counts",
  {
    projectId: projectRef(),
    tag: text("tag").notNull(),
    status: text("status", { enum: TECH_STATUSES }).notNull(),
    domain: text("domain", { enum: DOMAINS }).notNull(),
    priority: integer("priority").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.tag, t.status, t.domain, t.priority] })],
);

/**
 * A per-project counter the triggers of migrations 0008 and 0110 move on every change a technology
 * list can see (a row added or removed, a column it filters, searches or sorts by changed); a cached
 * text-search total or page is valid while it stands still.
 */
export const technologyListVersions = sqliteTable("technology_list_versions", {
  projectId: text("project_id").primaryKey(),
  version: integer("version").notNull().default(0),
});
