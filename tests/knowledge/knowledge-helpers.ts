import { runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { api } from "../client";
import { type Answer, call } from "../helpers";

export const DOCS = "/api/v1/knowledge/documents";

export interface Doc {
  id: string;
  title: string;
  status: "pending" | "indexed" | "failed";
  statusReason: string | null;
  sourceType: string;
  sourceUrl: string | null;
  contentHash: string | null;
  sizeBytes: number;
  chunkCount: number;
  tags: string[];
  technologyIds: string[];
  version: number;
}

export interface Ingested {
  outcome: "created" | "replaced" | "unchanged" | "queued";
  document: Doc;
  job: { id: string; status: string } | null;
}

export interface ChunkView {
  id: number;
  seq: number;
  headingPath: string[];
  page: number | null;
  text: string;
  tokens: number;
}

export interface Hit {
  document: { id: string; title: string; tags: string[] };
  score: number;
  chunks: {
    chunkId: number;
    headingPath: string[];
    page: number | null;
    snippet: string;
    score: number;
    ranks: { keyword: number | null; semantic: number | null };
  }[];
}

/** Bytes of a fixture imported with `?inline` (a base64 data URL). */
export function bytesOf(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** POSTs a multipart upload of one file (plus form fields) to the documents route. */
export async function upload(
  key: string,
  file: { name: string; type?: string; body: string | Uint8Array },
  fields: Record<string, string> = {},
): Promise<Answer<Ingested>> {
  const form = new FormData();
  form.set("file", new File([file.body], file.name, { type: file.type ?? "" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await exports.default.fetch(
    new Request(`http://commandcenter.test${DOCS}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
      body: form,
    }),
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Ingested };
}

type DocumentJson = Parameters<ReturnType<typeof api>["knowledge"]["documents"]["$post"]>[0]["json"];

/**
 * Ingests a JSON document through the typed client. The route takes JSON or multipart, so the
 * client's type asks for both bodies; the JSON one is what it sends, and `form` stays empty.
 */
export const postDocument = (key: string, json: DocumentJson) => api(key).knowledge.documents.$post({ json, form: {} });

/** Ingests text as JSON and returns the answer. */
export const ingestJson = (key: string, body: Record<string, unknown>) => call<Ingested>("POST", DOCS, { key, body });

/** Runs a job's alarm now and waits until the job has finished; returns the job. */
export async function finishJob(
  key: string,
  jobId: string,
): Promise<{ status: string; result: unknown; error: string | null; progress: number }> {
  const stub = env.JOBS.get(env.JOBS.idFromName(jobId));
  await runDurableObjectAlarm(stub);
  for (let i = 0; i < 200; i++) {
    const job = await call<{ status: string; result: unknown; error: string | null; progress: number }>(
      "GET",
      `/api/v1/jobs/${jobId}`,
      { key },
    );
    if (["completed", "failed", "cancelled", "timed_out"].includes(job.body.status)) return job.body;
    await runDurableObjectAlarm(stub);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

export async function getDoc(key: string, id: string): Promise<Doc> {
  const res = await call<Doc>("GET", `${DOCS}/${id}`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export async function chunksOf(key: string, id: string): Promise<ChunkView[]> {
  const res = await call<{ data: ChunkView[] }>("GET", `${DOCS}/${id}/chunks`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Searches and returns the hits (fails the test on a non-200 answer). */
export async function search(key: string, params: Record<string, string>): Promise<Hit[]> {
  const res = await call<{ data: Hit[] }>("GET", `/api/v1/knowledge/search?${new URLSearchParams(params)}`, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Rows in the keyword index and the local vector index for a document's chunks, read straight from D1. */
export async function indexRowsOf(documentId: string): Promise<{ fts: number; vectors: number; chunkIds: number[] }> {
  const chunks = await env.DB.prepare("select id from knowledge_chunks where document_id = ?")
    .bind(documentId)
    .all<{ id: number }>();
  const ids = chunks.results.map((r) => r.id);
  const vectors = await env.DB.prepare("select count(*) as n from knowledge_vectors where document_id = ?")
    .bind(documentId)
    .first<{ n: number }>();
  return { fts: ids.length, vectors: vectors?.n ?? 0, chunkIds: ids };
}

/** How many keyword-index rows match a term (FTS5 directly, all projects). */
export async function ftsCount(term: string): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from knowledge_fts where knowledge_fts match ?")
    .bind(`"${term}"`)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
