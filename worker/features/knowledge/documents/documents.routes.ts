import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag, expectedVersion } from "../../../lib/concurrency";
import { tenantDepsOf } from "../../../lib/context";
import { createTenantRouter, errors, json, jsonBody } from "../../../lib/openapi";
import { IdParam } from "../../../lib/zod";
import { routeBodyLimit } from "../../../middleware/body-limit";
import type { TenantEnv } from "../../../middleware/tenant";
import { createJob } from "../../jobs/create-job";
import { Job } from "../../jobs/jobs.schema";
import { knowledgeDeps } from "../deps";
import { reindexJob } from "../indexing/reindex.job";
import { ingest } from "../ingest/ingest.service";
import { KNOWLEDGE_LIMITS } from "../limits";
import {
  DocumentIngestForm,
  DocumentIngestJson,
  type DocumentIngestJsonInput,
  DocumentListQuery,
  DocumentPage,
  DocumentUpdate,
  IngestResult,
  KnowledgeChunk,
  KnowledgeDocument,
} from "./documents.schema";
import * as documents from "./documents.service";
import { sourceFromForm, sourceFromJson } from "./upload";

const tags = ["Knowledge"];
const deps = (c: Context<TenantEnv>) => knowledgeDeps({ ...tenantDepsOf(c), env: c.env });
/** Multipart framing on top of the largest file. */
const uploadLimit = routeBodyLimit(
  KNOWLEDGE_LIMITS.maxUploadBytes + 64 * 1024,
  `uploads are limited to ${KNOWLEDGE_LIMITS.maxUploadBytes / 1024 / 1024} MiB`,
);
const STATUS = { created: 201, replaced: 200, unchanged: 200, queued: 202 } as const;

export const documentRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/documents",
      tags,
      summary: "Ingest a document: Markdown, text or HTML as JSON, a file as multipart (incl. PDF), or a URL",
      description:
        "Small text documents are indexed before the answer (201, or 200 when the source was replaced or unchanged). " +
        "PDFs, URLs and texts over 200 KB are processed by a `knowledge.ingest` job (202 with the job). " +
        "The source key (the URL, `sourceUrl`, `upload:<file name>`, or else the content hash) identifies a document: " +
        "the same source sent again, also many times at once, answers 200 unchanged after the first 201; a new version " +
        "sent while another request is replacing the same document answers 409 (send it again). " +
        "`technologyIds` must be the project's own (404 otherwise, nothing written).",
      middleware: [uploadLimit] as const,
      request: {
        body: {
          required: false,
          content: {
            "application/json": { schema: DocumentIngestJson },
            "multipart/form-data": { schema: DocumentIngestForm },
          },
        },
      },
      responses: {
        200: json(IngestResult, "Unchanged (same source and hash) or replaced"),
        201: json(IngestResult, "Created and indexed"),
        202: json(IngestResult, "Accepted: a job is processing it"),
        ...errors(400, 401, 403, 404, 409),
        413: { description: "Over the size or chunk limit" },
        415: { description: "Not Markdown, text, HTML or PDF" },
      },
    }),
    async (c) => {
      const isForm = /^multipart\/form-data/i.test(c.req.header("content-type") ?? "");
      const source = isForm
        ? await sourceFromForm(c.req.valid("form"))
        : sourceFromJson(c.req.valid("json") as DocumentIngestJsonInput);
      const answer = await ingest(deps(c), source);
      const body = { ...answer, document: documents.documentView(answer.document) };
      c.header("Location", `/api/v1/knowledge/documents/${answer.document.id}`);
      return c.json(body, STATUS[answer.outcome]);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/documents",
      tags,
      summary: "List documents",
      request: { query: DocumentListQuery },
      responses: { 200: json(DocumentPage, "A page of documents"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await documents.listDocuments(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/documents/{id}",
      tags,
      summary: "Get a document (status, hash, size, chunk count)",
      request: { params: IdParam },
      responses: { 200: json(KnowledgeDocument, "The document"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const row = await documents.findDocument(tenantDepsOf(c), c.req.valid("param").id);
      c.header("ETag", etag(row.version));
      return c.json(documents.documentView(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/knowledge/documents/{id}/chunks",
      tags,
      summary: "A document's chunks in reading order, with heading path and page",
      request: { params: IdParam },
      responses: { 200: json(z.object({ data: z.array(KnowledgeChunk) }), "Chunks"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json({ data: await documents.listChunks(tenantDepsOf(c), c.req.valid("param").id) }, 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/knowledge/documents/{id}",
      tags,
      summary: "Change a document's title, tags or technology links",
      request: { params: IdParam, body: jsonBody(DocumentUpdate) },
      responses: { 200: json(KnowledgeDocument, "Updated"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await documents.updateDocument(
        tenantDepsOf(c),
        c.req.valid("param").id,
        input,
        expectedVersion(c, input.version),
      );
      c.header("ETag", etag(row.version));
      return c.json(documents.documentView(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/knowledge/documents/{id}",
      tags,
      summary: "Delete a document with its chunks and vectors",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      await documents.deleteDocument(deps(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/knowledge/reindex",
      tags,
      summary: "Rebuild the project's keyword index and vectors (a knowledge.reindex job)",
      responses: { 202: json(Job, "Reindex job started"), ...errors(401, 403) },
    }),
    async (c) => {
      const job = await createJob({ ...tenantDepsOf(c), env: c.env }, reindexJob, {});
      c.header("Location", `/api/v1/jobs/${job.id}`);
      return c.json(job, 202);
    },
  );
