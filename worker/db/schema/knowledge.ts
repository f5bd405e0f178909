import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { rowMeta, stringList } from "./columns";
import { projectRef } from "./tenant";

export const SOURCE_TYPES = ["note", "markdown", "text", "html", "pdf", "url", "feed", "adr"] as const;

export const knowledgeEntries = sqliteTable(
  "knowledge_entries",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    title: text("title").notNull(),
    sourceType: text("source_type", { enum: SOURCE_TYPES }).notNull().default("note"),
    sourceUrl: text("source_url"),
    content: text("content").notNull().default(""),
    tags: stringList("tags"),
    technologyIds: stringList("technology_ids"),
    ...rowMeta(),
  },
  (t) => [
    index("knowledge_project_source_idx").on(t.projectId, t.sourceType),
    index("knowledge_project_updated_idx").on(t.projectId, t.updatedAt),
  ],
);
