import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { nowIso, rowMeta, stringList } from "./columns";
import { projects } from "./projects";
import { projectRef } from "./tenant";

export const SOURCE_TYPES = ["note", "markdown", "text", "html", "pdf", "url", "feed", "adr"] as const;
export const DOCUMENT_STATUSES = ["pending", "indexed", "failed"] as const;

/** A project's RSS or Atom feed; a poll job ingests each new or changed item as a document. */
export const knowledgeFeeds = sqliteTable(
  "knowledge_feeds",
  {
    id: text("id").primaryKey(),
    projectId: projectRef(),
    url: text("url").notNull(),
    title: text("title").notNull().default(""),
    tags: stringList("tags"),
    technologyIds: stringList("technology_ids"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastPolledAt: text("last_polled_at"),
    lastError: text("last_error"),
    itemCount: integer("item_count").notNull().default(0),
    ...rowMeta(),
  },
  (t) => [uniqueIndex("knowledge_feeds_project_url_idx").on(t.projectId, t.url)],
);

/**
 * A knowledge document: a note written in the API, an uploaded file, a fetched page or a feed
 * item. (The table keeps its first name, `knowledge_entries`; the API calls the rows documents.)
 * `sourceKey` identifies where the text came from, so ingesting the same source again either
 * changes nothing (same `contentHash`) or replaces the document's chunks.
 */
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
    sourceKey: text("source_key"),
    feedId: text("feed_id").references(() => knowledgeFeeds.id, { onDelete: "set null" }),
    contentHash: text("content_hash"),
    sizeBytes: integer("size_bytes").notNull().default(0),
    status: text("status", { enum: DOCUMENT_STATUSES }).notNull().default("pending"),
    statusReason: text("status_reason"),
    chunkCount: integer("chunk_count").notNull().default(0),
    indexedAt: text("indexed_at"),
    ...rowMeta(),
  },
  (t) => [
    index("knowledge_project_source_idx").on(t.projectId, t.sourceType),
    index("knowledge_project_updated_idx").on(t.projectId, t.updatedAt),
    uniqueIndex("knowledge_project_source_key_idx").on(t.projectId, t.sourceKey),
  ],
);

/**
 * One passage of a document, cut at headings and paragraphs to fit the embedding model. The
 * integer id is the rowid the FTS5 index (`knowledge_fts`, external content, kept in sync by
 * triggers) and the vector index point at; AUTOINCREMENT never reuses an id.
 */
export const knowledgeChunks = sqliteTable(
  "knowledge_chunks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: projectRef(),
    documentId: text("document_id")
      .notNull()
      .references(() => knowledgeEntries.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    title: text("title").notNull(),
    heading: text("heading").notNull().default(""),
    page: integer("page"),
    text: text("text").notNull(),
    tokens: integer("tokens").notNull(),
  },
  (t) => [
    index("knowledge_chunks_document_idx").on(t.documentId, t.seq),
    index("knowledge_chunks_project_idx").on(t.projectId),
  ],
);

/** The local vector index: one Float32 embedding per chunk (production keeps them in Vectorize). */
export const knowledgeVectors = sqliteTable(
  "knowledge_vectors",
  {
    chunkId: integer("chunk_id")
      .primaryKey()
      .references(() => knowledgeChunks.id, { onDelete: "cascade" }),
    projectId: projectRef(),
    documentId: text("document_id").notNull(),
    vector: blob("vector", { mode: "buffer" }).$type<ArrayBuffer>().notNull(),
    /** The project's index generation that wrote this vector (see knowledge_index_state). */
    generation: integer("generation").notNull().default(0),
  },
  (t) => [
    index("knowledge_vectors_project_idx").on(t.projectId),
    index("knowledge_vectors_generation_idx").on(t.projectId, t.generation),
  ],
);

/** Bumped on every change to a project's local vectors, so an isolate knows its cache is stale. */
export const knowledgeIndexState = sqliteTable("knowledge_index_state", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  generation: integer("generation").notNull().default(0),
  updatedAt: text("updated_at").notNull().default(nowIso),
});
