import { z } from "@hono/zod-openapi";
import { DEFAULT_SEARCH_MODE, SEARCH_MODES, type SearchMode } from "../../../../shared/search-modes";
import { SOURCE_TYPES } from "../../../db/schema";

export { DEFAULT_SEARCH_MODE, SEARCH_MODES, type SearchMode };

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
  mode: z.enum(SEARCH_MODES).default(DEFAULT_SEARCH_MODE).openapi({
    description:
      "keyword (FTS5 bm25), semantic (embeddings), or hybrid (both lists' scores scaled to 0..1 and summed with per-query weights, keyword leading)",
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
  score: z.number().openapi({ description: "Fused score (0..1) in hybrid mode, else the list's own score" }),
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

export const SearchWeights = z
  .object({ keyword: z.number().min(0).max(1), semantic: z.number().min(0).max(1) })
  .openapi("KnowledgeSearchWeights", { description: "Each list's weight in this hybrid search (they sum to 1)" });

export const SearchResult = z
  .object({
    query: z.string(),
    mode: z.enum(SEARCH_MODES).openapi({
      description:
        "The mode actually used: a hybrid search whose semantic list found nothing is keyword, one whose keyword list found nothing is semantic",
    }),
    requestedMode: z.enum(SEARCH_MODES).openapi({ description: "The mode asked for (or the default)" }),
    weights: SearchWeights.nullable().openapi({
      description: "Each list's weight for this query; null unless hybrid was asked for",
    }),
    confidence: z.number().min(0).max(1).openapi({
      description: "Share of the query's words (weighted by rarity) that the first document contains, 0..1",
    }),
    nothingRelevant: z.boolean().openapi({
      description: "True when confidence is below the threshold: the results are weak matches at best",
    }),
    data: z.array(SearchHit),
  })
  .openapi("KnowledgeSearchResult");

export type SearchInput = z.infer<typeof SearchQuery>;
export type SearchResultBody = z.infer<typeof SearchResult>;
