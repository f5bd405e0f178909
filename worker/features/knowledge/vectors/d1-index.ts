import type { VectorIndex, VectorMatch, VectorQuery, VectorRecord } from "./vector-index";

interface ProjectVectors {
  generation: number;
  ids: string[];
  documentIds: string[];
  /** All vectors of the project back to back, `dimensions` values each, quantised to 8 bits. */
  matrix: Int8Array;
  /** Per vector: the factor that turns its 8-bit values back into floats. */
  scales: Float32Array;
  dimensions: number;
}

/** Per-isolate cache of each project's vectors, checked against the generation row on every query. */
const cache = new Map<string, ProjectVectors>();
const ROWS_PER_INSERT = 20;
/** Rows per read when filling the cache, to keep each D1 answer small. */
const LOAD_PAGE = 1000;

type VectorRow = { chunk_id: number; document_id: string; vector: ArrayBuffer | number[] };

const bump = (db: D1Database, projectId: string) =>
  db
    .prepare(
      `insert into knowledge_index_state (project_id, generation) values (?, 1)
       on conflict (project_id) do update set generation = generation + 1,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    )
    .bind(projectId);

/**
 * The local vector index: Float32 embeddings as BLOBs in D1 (`knowledge_vectors`) and an exact
 * cosine top-K in the isolate. A project's vectors are read once into one contiguous array and
 * kept until its generation (bumped with every write, in the same batch) moves on. The cache holds
 * them quantised to 8 bits with a scale per vector (a quarter of the memory: 20,000 chunks of 1,024
 * dimensions take 20 MB), which moves cosine scores by about 0.001.
 */
export class D1VectorIndex implements VectorIndex {
  readonly kind = "d1" as const;

  /** The project data checked by `prepare`, used once by the next query (instances live one request). */
  private prepared: { projectId: string; data: Promise<ProjectVectors> } | undefined;

  constructor(private readonly db: D1Database) {}

  async prepare(projectId: string): Promise<void> {
    const data = this.load(projectId);
    this.prepared = { projectId, data };
    await data;
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    const byProject = Map.groupBy(records, (r) => r.projectId);
    for (const [projectId, rows] of byProject) {
      const statements: D1PreparedStatement[] = [];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const slice = rows.slice(i, i + ROWS_PER_INSERT);
        statements.push(
          this.db
            .prepare(
              `insert or replace into knowledge_vectors (chunk_id, project_id, document_id, vector) values ${slice
                .map(() => "(?, ?, ?, ?)")
                .join(", ")}`,
            )
            .bind(
              ...slice.flatMap((r) => [Number(r.id), r.projectId, r.documentId, new Float32Array(r.values).buffer]),
            ),
        );
      }
      statements.push(bump(this.db, projectId));
      for (let i = 0; i < statements.length; i += 50) await this.db.batch(statements.slice(i, i + 50));
    }
  }

  async deleteByIds(projectId: string, ids: string[]): Promise<void> {
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < ids.length; i += 90) {
      const slice = ids.slice(i, i + 90).map(Number);
      statements.push(
        this.db
          .prepare(
            `delete from knowledge_vectors where project_id = ? and chunk_id in (${slice.map(() => "?").join(", ")})`,
          )
          .bind(projectId, ...slice),
      );
    }
    statements.push(bump(this.db, projectId));
    await this.db.batch(statements);
  }

  async query(vector: Float32Array, q: VectorQuery): Promise<VectorMatch[]> {
    if (q.documentIds?.length === 0) return [];
    const prepared = this.prepared?.projectId === q.projectId ? this.prepared.data : undefined;
    this.prepared = undefined;
    const data = await (prepared ?? this.load(q.projectId));
    if (!data.ids.length || data.dimensions !== vector.length) return [];
    const allowed = q.documentIds ? new Set(q.documentIds) : null;
    const top: VectorMatch[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    const { matrix, scales, dimensions } = data;
    // Query vectors of the local embedder are sparse (a few hundred of 1,024 dimensions are set),
    // so the scan reads only the dimensions where the query is non-zero.
    const dims: number[] = [];
    const weights: number[] = [];
    vector.forEach((x, d) => {
      if (x !== 0) {
        dims.push(d);
        weights.push(x);
      }
    });
    const nz = dims.length;
    for (let row = 0; row < data.ids.length; row++) {
      if (allowed && !allowed.has(data.documentIds[row] ?? "")) continue;
      let dot = 0;
      const offset = row * dimensions;
      for (let i = 0; i < nz; i++) dot += (matrix[offset + (dims[i] ?? 0)] ?? 0) * (weights[i] ?? 0);
      const score = dot * (scales[row] ?? 0);
      if (top.length < q.topK || score > floor) {
        top.push({ id: data.ids[row] ?? "", score });
        if (top.length > q.topK) {
          top.sort((a, b) => b.score - a.score);
          top.length = q.topK;
        }
        floor = top.length < q.topK ? Number.NEGATIVE_INFINITY : Math.min(...top.map((t) => t.score));
      }
    }
    return top.sort((a, b) => b.score - a.score);
  }

  private async load(projectId: string): Promise<ProjectVectors> {
    const state = await this.db
      .prepare("select generation from knowledge_index_state where project_id = ?")
      .bind(projectId)
      .first<{ generation: number }>();
    const generation = state?.generation ?? 0;
    const cached = cache.get(projectId);
    if (cached && cached.generation === generation) return cached;
    const results: VectorRow[] = [];
    for (let after = -1; ; ) {
      const page = await this.db
        .prepare(
          "select chunk_id, document_id, vector from knowledge_vectors where project_id = ? and chunk_id > ? order by chunk_id limit ?",
        )
        .bind(projectId, after, LOAD_PAGE)
        .all<VectorRow>();
      results.push(...page.results);
      const last = page.results[page.results.length - 1];
      if (!last || page.results.length < LOAD_PAGE) break;
      after = last.chunk_id;
    }
    const first = results[0];
    const dimensions = first ? byteLength(first.vector) / 4 : 0;
    const matrix = new Int8Array(results.length * dimensions);
    const scales = new Float32Array(results.length);
    results.forEach((r, i) => {
      const floats =
        r.vector instanceof ArrayBuffer
          ? new Float32Array(r.vector)
          : new Float32Array(new Uint8Array(r.vector).buffer);
      if (floats.length !== dimensions) return;
      let max = 0;
      for (const x of floats) max = Math.max(max, Math.abs(x));
      const scale = max / 127 || 1;
      scales[i] = scale;
      for (let d = 0; d < dimensions; d++) matrix[i * dimensions + d] = Math.round((floats[d] ?? 0) / scale);
    });
    const loaded = {
      generation,
      ids: results.map((r) => String(r.chunk_id)),
      documentIds: results.map((r) => r.document_id),
      matrix,
      scales,
      dimensions,
    };
    cache.set(projectId, loaded);
    return loaded;
  }
}

const byteLength = (v: ArrayBuffer | number[]) => (v instanceof ArrayBuffer ? v.byteLength : v.length);
