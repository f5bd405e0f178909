import { runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import type { InferResponseType } from "hono/client";
import { api, expectStatus, ORIGIN } from "../client";
import type { Answer } from "../helpers";

type Client = ReturnType<typeof api>;
type DocumentJson = Parameters<Client["knowledge"]["documents"]["$post"]>[0]["json"];
type SearchQuery = Parameters<Client["knowledge"]["search"]["$get"]>[0]["query"];

/** An ingestion answer, typed from the route. */
export type Ingested = InferResponseType<Client["knowledge"]["documents"]["$post"], 201>;

/**
 * Ingests a JSON document through the typed client. The route takes JSON or multipart, so the
 * client's type asks for both bodies; the JSON one is what it sends, and `form` stays empty.
 */
export const postDocument = (key: string, json: DocumentJson) => api(key).knowledge.documents.$post({ json, form: {} });

/** Ingests a JSON document that must be created (201) and returns the answer. */
export const ingestDoc = (key: string, json: DocumentJson) => expectStatus(postDocument(key, json), 201);

/** Bytes of a fixture imported with `?inline` (a base64 data URL). */
export function bytesOf(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/**
 * POSTs a multipart upload of one file (plus form fields) to the documents route. Raw on purpose:
 * the typed client's type for this route also demands a JSON body, and a JSON body wins over a form.
 */
export async function upload(
  key: string,
  file: { name: string; type?: string; body: string | Uint8Array },
  fields: Record<string, string> = {},
): Promise<Answer<Ingested>> {
  const form = new FormData();
  form.set("file", new File([file.body], file.name, { type: file.type ?? "" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/knowledge/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
      body: form,
    }),
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Ingested };
}

const DONE = ["completed", "failed", "cancelled", "timed_out"];

/** Runs a job's alarm now and waits until the job has finished; returns the job. */
export async function finishJob(key: string, jobId: string) {
  const stub = env.JOBS.get(env.JOBS.idFromName(jobId));
  await runDurableObjectAlarm(stub);
  for (let i = 0; i < 200; i++) {
    const job = await expectStatus(api(key).jobs[":id"].$get({ param: { id: jobId } }), 200);
    if (DONE.includes(job.status)) return job;
    await runDurableObjectAlarm(stub);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** A document (fails the test unless it answers 200). */
export const getDoc = (key: string, id: string) =>
  expectStatus(api(key).knowledge.documents[":id"].$get({ param: { id } }), 200);

/** A document's chunks in reading order. */
export async function chunksOf(key: string, id: string) {
  return (await expectStatus(api(key).knowledge.documents[":id"].chunks.$get({ param: { id } }), 200)).data;
}

/** Searches and returns the hits (fails the test on a non-200 answer). */
export async function search(key: string, query: SearchQuery) {
  return (await expectStatus(api(key).knowledge.search.$get({ query }), 200)).data;
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
