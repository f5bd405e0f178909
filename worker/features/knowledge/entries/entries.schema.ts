import { z } from "@hono/zod-openapi";
import { knowledgeEntries, SOURCE_TYPES } from "../../../db/schema";
import { csvEnum } from "../../../lib/csv";
import { pageOf, pageQuery, sortQuery } from "../../../lib/pagination";
import { createInsertSchema, createSelectSchema, SERVER_OWNED, Tags } from "../../../lib/zod";

export const KnowledgeEntry = createSelectSchema(knowledgeEntries, {
  tags: z.array(z.string()),
  technologyIds: z.array(z.string()),
}).openapi("KnowledgeEntry");

const fields = createInsertSchema(knowledgeEntries, {
  title: (s) => s.trim().min(1).max(300),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  content: (s) => s.max(512 * 1024).optional(),
  tags: Tags.optional(),
  technologyIds: z.array(z.string().min(1).max(64)).max(50).optional(),
})
  .omit(SERVER_OWNED)
  .strict();

export const KnowledgeEntryCreate = fields.openapi("KnowledgeEntryCreate");

export const KnowledgeEntryUpdate = fields
  .partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("KnowledgeEntryUpdate");

export const KNOWLEDGE_SORT_KEYS = ["title", "createdAt", "updatedAt"] as const;

export const KnowledgeEntryListQuery = z.object({
  ...pageQuery,
  sourceType: csvEnum(SOURCE_TYPES, "source type"),
  tag: z.string().trim().min(1).max(50).optional(),
  technologyId: z.string().min(1).max(64).optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Text in title or content" }),
  sort: sortQuery(KNOWLEDGE_SORT_KEYS, "-updatedAt"),
});

export const KnowledgeEntryPage = pageOf(KnowledgeEntry).openapi("KnowledgeEntryPage");

export type KnowledgeEntryRow = z.infer<typeof KnowledgeEntry>;
export type KnowledgeEntryCreateInput = z.infer<typeof KnowledgeEntryCreate>;
export type KnowledgeEntryUpdateInput = z.infer<typeof KnowledgeEntryUpdate>;
export type KnowledgeEntryListInput = z.infer<typeof KnowledgeEntryListQuery>;
