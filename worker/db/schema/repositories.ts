import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { rowMeta } from "./columns";
import { projectRef } from "./tenant";

export const REPO_PROVIDERS = ["github", "gitlab", "bitbucket", "upload", "other"] as const;

export const repositories = sqliteTable(
  "repositories",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    provider: text("provider", { enum: REPO_PROVIDERS }).notNull(),
    owner: text("owner").notNull(),
    name: text("name").notNull(),
    url: text("url"),
    defaultBranch: text("default_branch").notNull().default("main"),
    description: text("description").notNull().default(""),
    stars: integer("stars").notNull().default(0),
    language: text("language"),
    lastSyncedAt: text("last_synced_at"),
    lastAnalysedAt: text("last_analysed_at"),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex("repositories_project_full_name_uq").on(t.projectId, t.provider, t.owner, t.name),
    index("repositories_project_language_idx").on(t.projectId, t.language),
  ],
);
