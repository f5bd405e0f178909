import { z } from "@hono/zod-openapi";
import { DOCUMENT_STATUSES, knowledgeEntries, SOURCE_TYPES } from "../../../db/schema";
import { csvEnum } from "../../../lib/csv";
import { pageOf, pageQuery, sortQuery } from "../../../lib/pagination";
import { createSelectSchema, FormFile, Tags } from "../../../lib/zod";
import { Job } from "../../jobs/jobs.schema";

/** A document as lists and ingestion answer it: everything but the (possibly large) text. */
export const KnowledgeDocument = createSelectSchema(knowledgeEntries, {
  tags: z.array(z.string()),
  technologyIds: z.array(z.string()),
})
  .omit({ content: true, sourceKey: true })
  .openapi("KnowledgeDocument");

const TechnologyIds = z.array(z.string().min(1).max(64)).max(50);
const SourceUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** JSON ingestion: text in one of the formats, or a URL the server fetches. */
export const DocumentIngestJson = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    format: z.string().min(1).max(40).optional().openapi({ description: "markdown (default), text or html" }),
    content: z.string().optional(),
    url: SourceUrl.optional().openapi({ description: "Fetch this page server-side instead of sending content" }),
    sourceUrl: SourceUrl.optional().openapi({ description: "Where the content came from; identifies the source" }),
    tags: Tags.optional(),
    technologyIds: TechnologyIds.optional(),
  })
  .strict()
  .refine((v) => (v.content === undefined) !== (v.url === undefined), {
    message: "send either content or url",
    path: ["content"],
  })
  .openapi("KnowledgeDocumentIngest");

/** Multipart ingestion: a file plus the same optional fields as form values. */
export const DocumentIngestForm = z
  .object({
    file: FormFile(".md, .txt, .html or .pdf"),
    title: z.string().optional(),
    format: z.string().optional(),
    sourceUrl: z.string().optional(),
    tags: z.string().optional().openapi({ description: "Comma-separated" }),
    technologyIds: z.string().optional().openapi({ description: "Comma-separated" }),
  })
  .openapi("KnowledgeDocumentUpload");

export const INGEST_OUTCOMES = ["created", "replaced", "unchanged", "queued"] as const;

export const IngestResult = z
  .object({
    outcome: z.enum(INGEST_OUTCOMES),
    document: KnowledgeDocument,
    job: Job.nullable(),
  })
  .openapi("KnowledgeIngestResult");

export const DocumentUpdate = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    tags: Tags.optional(),
    technologyIds: TechnologyIds.optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("KnowledgeDocumentUpdate");

export const DOCUMENT_SORT_KEYS = ["title", "createdAt", "updatedAt", "sizeBytes"] as const;

export const DocumentListQuery = z.object({
  ...pageQuery,
  status: csvEnum(DOCUMENT_STATUSES, "status"),
  sourceType: csvEnum(SOURCE_TYPES, "source type"),
  tag: z.string().trim().min(1).max(50).optional(),
  technologyId: z.string().min(1).max(64).optional(),
  feedId: z.string().min(1).max(64).optional(),
  sort: sortQuery(DOCUMENT_SORT_KEYS, "-updatedAt"),
});

export const DocumentPage = pageOf(KnowledgeDocument).openapi("KnowledgeDocumentPage");

export const KnowledgeChunk = z
  .object({
    id: z.number().int(),
    seq: z.number().int(),
    headingPath: z.array(z.string()),
    page: z.number().int().nullable(),
    text: z.string(),
    tokens: z.number().int(),
  })
  .openapi("KnowledgeChunk");

export type DocumentIngestJsonInput = z.infer<typeof DocumentIngestJson>;
export type KnowledgeDocumentRow = z.infer<typeof KnowledgeDocument>;
export type DocumentUpdateInput = z.infer<typeof DocumentUpdate>;
export type DocumentListInput = z.infer<typeof DocumentListQuery>;
export type IngestOutcome = (typeof INGEST_OUTCOMES)[number];
