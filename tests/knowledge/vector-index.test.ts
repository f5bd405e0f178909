import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { normalize } from "../../worker/features/knowledge/embed/embedder";
import { LocalEmbedder } from "../../worker/features/knowledge/embed/local-embedder";
import { D1VectorIndex, decodeVector, encodeVector } from "../../worker/features/knowledge/vectors/d1-index";
import type { VectorIndex, VectorRecord } from "../../worker/features/knowledge/vectors/vector-index";
import { VectorizeAdapter, type VectorizeApi } from "../../worker/features/knowledge/vectors/vectorize-adapter";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { ingestDoc } from "./knowledge-helpers";

/**
 * A fake of Vectorize's documented Workers API: upsert/deleteByIds/query with namespaces, `$in`
 * and `$eq` metadata filters applied before topK, cosine scores, and its limits (1,000 vectors per
 * upsert, topK 100 without values or metadata).
 */
class FakeVectorize implements VectorizeApi {
  readonly calls: { op: string; size: number; filter?: unknown }[] = [];
  private readonly rows = new Map<
    string,
    { namespace?: string; values: number[]; metadata: Record<string, unknown> }
  >();

  async upsert(vectors: VectorizeVector[]): Promise<VectorizeVectorMutation> {
    if (vectors.length > 1000) throw new Error("VECTOR_UPSERT_ERROR: too many vectors");
    this.calls.push({ op: "upsert", size: vectors.length });
    for (const v of vectors) {
      this.rows.set(v.id, {
        namespace: v.namespace,
        values: [...v.values],
        metadata: (v.metadata ?? {}) as Record<string, unknown>,
      });
    }
    return { ids: vectors.map((v) => v.id), count: vectors.length };
  }

  async deleteByIds(ids: string[]): Promise<VectorizeVectorMutation> {
    this.calls.push({ op: "delete", size: ids.length });
    for (const id of ids) this.rows.delete(id);
    return { ids, count: ids.length };
  }

  async query(vector: VectorFloatArray | number[], options?: VectorizeQueryOptions): Promise<VectorizeMatches> {
    const topK = options?.topK ?? 5;
    if (topK > 100) throw new Error("topK too large");
    this.calls.push({ op: "query", size: topK, filter: options?.filter });
    const filter = (options?.filter ?? {}) as Record<string, { $in?: unknown[]; $eq?: unknown } | unknown>;
    const q = [...vector];
    const matches = [...this.rows.entries()]
      .filter(([, r]) => options?.namespace === undefined || r.namespace === options.namespace)
      .filter(([, r]) =>
        Object.entries(filter).every(([key, cond]) => {
          const value = r.metadata[key];
          if (cond && typeof cond === "object" && "$in" in cond) return (cond.$in as unknown[]).includes(value);
          if (cond && typeof cond === "object" && "$eq" in cond) return cond.$eq === value;
          return cond === value;
        }),
      )
      .map(([id, r]) => ({ id, score: r.values.reduce((s, x, i) => s + x * (q[i] ?? 0), 0) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, topK);
    return { matches, count: matches.length };
  }

  size(): number {
    return this.rows.size;
  }
}

const unit = (...values: number[]) => normalize(Float32Array.from(values));

function records(projectId: string, documentId: string, start: number, n: number): VectorRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(start + i),
    projectId,
    documentId,
    values: unit(Math.cos(i / 10), Math.sin(i / 10), 0.1),
  }));
}

async function behavesLikeAVectorIndex(index: VectorIndex, projectA: string, projectB: string) {
  await index.upsert([
    { id: "9001", projectId: projectA, documentId: "doc-x", values: unit(1, 0, 0) },
    { id: "9002", projectId: projectA, documentId: "doc-y", values: unit(0.9, 0.1, 0) },
    { id: "9003", projectId: projectA, documentId: "doc-z", values: unit(0, 1, 0) },
    { id: "9004", projectId: projectB, documentId: "doc-b", values: unit(1, 0, 0) },
  ]);
  const top = await index.query(unit(1, 0, 0), { projectId: projectA, topK: 2 });
  expect(top.map((m) => m.id)).toEqual(["9001", "9002"]);
  expect(top[0]?.score).toBeCloseTo(1, 5);
  const filtered = await index.query(unit(1, 0, 0), { projectId: projectA, topK: 2, documentIds: ["doc-z"] });
  expect(filtered.map((m) => m.id)).toEqual(["9003"]);
  expect(await index.query(unit(1, 0, 0), { projectId: projectA, topK: 2, documentIds: [] })).toEqual([]);
  const other = await index.query(unit(1, 0, 0), { projectId: projectB, topK: 10 });
  expect(other.map((m) => m.id)).toEqual(["9004"]);
  await index.deleteByIds(projectA, ["9001"]);
  expect((await index.query(unit(1, 0, 0), { projectId: projectA, topK: 1 })).map((m) => m.id)).toEqual(["9002"]);
}

describe("local D1 vector index", () => {
  it("answers exact cosine top-K per project with document filters and deletes", async () => {
    const admin = await instanceAdmin();
    const a = await createTenant(admin);
    const b = await createTenant(admin);
    for (const [t, id] of [
      [a, "doc-x"],
      [a, "doc-y"],
      [a, "doc-z"],
      [b, "doc-b"],
    ] as const) {
      await env.DB.prepare("insert into knowledge_entries (id, project_id, title) values (?, ?, ?)")
        .bind(id, t.projectId, id)
        .run();
    }
    for (const n of [9001, 9002, 9003, 9004]) {
      const doc = { 9001: "doc-x", 9002: "doc-y", 9003: "doc-z", 9004: "doc-b" }[n];
      const project = n === 9004 ? b.projectId : a.projectId;
      await env.DB.prepare(
        "insert into knowledge_chunks (id, project_id, document_id, seq, title, text, tokens) values (?, ?, ?, 0, 't', 'x', 1)",
      )
        .bind(n, project, doc)
        .run();
    }
    await behavesLikeAVectorIndex(new D1VectorIndex(env.DB), a.projectId, b.projectId);
  });

  it("stores vectors in 8 bits (a quarter of Float32) and still reads Float32 rows written before", async () => {
    const values = Float32Array.from({ length: 2048 }, (_, i) => Math.sin(i) / 32);
    const stored = encodeVector(values);
    expect(stored.byteLength).toBe(8 + 2048);
    const roundTrip = (v: { values: Int8Array; scale: number }) => Array.from(v.values, (x) => x * v.scale);
    const fromNew = roundTrip(decodeVector(stored));
    const fromLegacy = roundTrip(decodeVector(new Float32Array(values).buffer));
    const worst = Math.max(...fromNew.map((x, i) => Math.abs(x - (values[i] ?? 0))));
    expect(worst).toBeLessThan(1 / 32 / 127);
    expect(fromLegacy).toEqual(fromNew);
    // D1 may hand BLOBs back as byte arrays.
    expect(roundTrip(decodeVector([...new Uint8Array(stored)]))).toEqual(fromNew);
    const t = await createTenant(await instanceAdmin());
    await ingestDoc(t.write, { content: "Quorum reads ask a majority of replicas." });
    const { results } = await env.DB.prepare(
      "select length(vector) as bytes from knowledge_vectors where project_id = ?",
    )
      .bind(t.projectId)
      .all<{ bytes: number }>();
    expect(results).toHaveLength(1);
    for (const row of results) expect(row.bytes).toBe(8 + new LocalEmbedder().dimensions);
  });

  it("leaves out vectors of an earlier embedder (another length) until a reindex", async () => {
    const t = await createTenant(await instanceAdmin());
    await ingestDoc(t.write, { content: "Gossip protocols spread membership changes." });
    const legacy = new Float32Array(1024).fill(1 / 32);
    await env.DB.prepare("update knowledge_vectors set vector = ? where project_id = ?")
      .bind(legacy.buffer, t.projectId)
      .run();
    await ingestDoc(t.write, { content: "Gossip protocols also detect failures." });
    const [query] = await new LocalEmbedder().embed(["gossip"], "query");
    const matches = await new D1VectorIndex(env.DB).query(query ?? new Float32Array(), {
      projectId: t.projectId,
      topK: 5,
    });
    const { results } = await env.DB.prepare(
      "select chunk_id from knowledge_vectors where project_id = ? and length(vector) = ?",
    )
      .bind(t.projectId, 8 + new LocalEmbedder().dimensions)
      .all<{ chunk_id: number }>();
    expect(matches.map((m) => m.id)).toEqual(results.map((r) => String(r.chunk_id)));
    expect(matches).toHaveLength(1);
  });

  it("sees writes made after its cache was filled", async () => {
    const admin = await instanceAdmin();
    const t = await createTenant(admin);
    const first = await ingestDoc(t.write, { content: "Gossip protocols spread membership changes." });
    const index = new D1VectorIndex(env.DB);
    const [query] = await new LocalEmbedder().embed(["gossip membership"], "query");
    const before = await index.query(query ?? new Float32Array(), { projectId: t.projectId, topK: 5 });
    expect(before).toHaveLength(1);
    await ingestDoc(t.write, { content: "Gossip protocols also detect failures." });
    const after = await index.query(query ?? new Float32Array(), { projectId: t.projectId, topK: 5 });
    expect(after).toHaveLength(2);
    expect(first.document.status).toBe("indexed");
  });

  it("keeps a project's vectors across writes, reading only the rows written since and dropping removed ones", async () => {
    const t = await createTenant(await instanceAdmin());
    await ingestDoc(t.write, { content: "Gossip protocols spread membership changes." });
    const statements: string[] = [];
    const db = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === "prepare") {
          return (sql: string) => {
            statements.push(sql);
            return target.prepare(sql);
          };
        }
        const value: unknown = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const [query] = await new LocalEmbedder().embed(["gossip membership failures"], "query");
    const search = async () =>
      (
        await new D1VectorIndex(db, new LocalEmbedder().dimensions).query(query ?? new Float32Array(), {
          projectId: t.projectId,
          topK: 5,
        })
      ).map((m) => m.id);
    const chunksOf = async (documentId: string) =>
      (
        await env.DB.prepare("select id from knowledge_chunks where document_id = ?")
          .bind(documentId)
          .all<{ id: number }>()
      ).results.map((r) => String(r.id));
    const fullLoads = () => statements.filter((sql) => sql.includes("order by chunk_id")).length;
    expect(await search()).toHaveLength(1);
    expect(fullLoads()).toBe(1);

    const second = await ingestDoc(t.write, { content: "Gossip protocols also detect failures." });
    const secondChunks = await chunksOf(second.document.id);
    expect(await search()).toEqual(expect.arrayContaining(secondChunks));
    expect(await search()).toHaveLength(2);

    const first = (await search()).find((id) => !secondChunks.includes(id));
    const firstDocument = await env.DB.prepare("select document_id from knowledge_chunks where id = ?")
      .bind(Number(first))
      .first<{ document_id: string }>();
    await expectStatus(
      api(t.write).knowledge.documents[":id"].$delete({ param: { id: firstDocument?.document_id ?? "" } }),
      204,
    );
    expect(await search()).toEqual(secondChunks);
    expect(fullLoads()).toBe(1);
  });
});

describe("Vectorize adapter", () => {
  it("keeps the same semantics against a fake of the Vectorize API", async () => {
    const fake = new FakeVectorize();
    await behavesLikeAVectorIndex(new VectorizeAdapter(fake), "proj-a", "proj-b");
  });

  it("upserts and deletes in batches of at most 1,000", async () => {
    const fake = new FakeVectorize();
    const adapter = new VectorizeAdapter(fake);
    await adapter.upsert(records("p", "d", 0, 2500));
    expect(fake.calls.filter((c) => c.op === "upsert").map((c) => c.size)).toEqual([1000, 1000, 500]);
    expect(fake.size()).toBe(2500);
    await adapter.deleteByIds(
      "p",
      Array.from({ length: 1200 }, (_, i) => String(i)),
    );
    expect(fake.calls.filter((c) => c.op === "delete").map((c) => c.size)).toEqual([1000, 200]);
    expect(fake.size()).toBe(1300);
  });

  it("splits a long document filter into $in groups and merges their matches by score", async () => {
    const fake = new FakeVectorize();
    const adapter = new VectorizeAdapter(fake);
    const docs = Array.from({ length: 90 }, (_, i) => `doc-${i}`);
    await adapter.upsert(docs.flatMap((d, i) => records("p", d, i * 10, 1)));
    const top = await adapter.query(unit(1, 0, 0.1), { projectId: "p", topK: 3, documentIds: docs.slice(40) });
    const queries = fake.calls.filter((c) => c.op === "query");
    expect(queries).toHaveLength(2);
    expect(queries.every((q) => JSON.stringify(q.filter).length < 2048)).toBe(true);
    expect(top).toHaveLength(3);
    expect(top.map((m) => m.score)).toEqual([...top.map((m) => m.score)].sort((x, y) => y - x));
  });
});
