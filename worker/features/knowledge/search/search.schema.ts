import { z } from "@hono/zod-openapi";
import { SOURCE_TYPES } from "../../../db/schema";

export const SEARCH_MODES = ["keyword", "semantic", "hybrid"] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

const csv = (what: string) =>
  z
    .string()
    .optional()
    .transform((raw) =>
      raw
        ? raw
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(z.string().max(64)).max(20).optional())
    .openapi({ type: "string", description: `Comma-separated ${what}; a document matches if it has any of them` });

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(500).openapi({ description: "What to look for, in words" }),
  mode: z.enum(SEARCH_MODES).default("hybrid").openapi({
    description: "keyword (FTS5 bm25), semantic (embeddings), or hybrid (reciprocal rank fusion of both, k = 60)",
  }),
  tags: csv("tags"),
  technology: csv("technology ids"),
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: "Documents to return (max 50)" }),
});

export const SearchChunk = z.object({
  chunkId: z.number().int(),
  seq: z.number().int(),
  headingPath: z.array(z.string()),
  page: z.number().int().nullable(),
  snippet: z.string().openapi({ description: "HTML-escaped text with matches in <mark>" }),
  score: z.number().openapi({ description: "Fused score (RRF) in hybrid mode, else the list's own score" }),
  ranks: z.object({ keyword: z.number().int().nullable(), semantic: z.number().int().nullable() }),
});

export const SearchHit = z.object({
  document: z.object({
    id: z.string(),
    title: z.string(),
    sourceType: z.enum(SOURCE_TYPES),
    sourceUrl: z.string().nullable(),
    tags: z.array(z.string()),
    technologyIds: z.array(z.string()),
  }),
  score: z.number(),
  chunks: z.array(SearchChunk),
});

export const SearchResult = z
  .object({ query: z.string(), mode: z.enum(SEARCH_MODES), data: z.array(SearchHit) })
  .openapi("KnowledgeSearchResult");

export type SearchInput = z.infer<typeof SearchQuery>;
export type SearchResultBody = z.infer<typeof SearchResult>;
