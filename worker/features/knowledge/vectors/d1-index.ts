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
  /** Vectors of another length than `dimensions`: written by an earlier embedder, left out until a reindex. */
  stale: number;
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
 * The local vector index: embeddings as 8-bit BLOBs in D1 (`knowledge_vectors`, see `encodeVector`)
 * and an exact cosine top-K in the isolate. A project's vectors are read once into one contiguous
 * array and kept until its generation (bumped with every write, in the same batch) moves on. 8 bits
 * with a scale per vector take a quarter of Float32's space (20,000 chunks of 2,048 dimensions: 41
 * MB in the cache and in D1) and move cosine scores by about 0.001.
 */
export class D1VectorIndex implements VectorIndex {
  readonly kind = "d1" as const;

  /** The project data checked by `prepare`, used once by the next query (instances live one request). */
  private prepared: { projectId: string; data: Promise<ProjectVectors> } | undefined;

  /**
   * `dimensions` is the current embedder's vector length: vectors of any other length are left
   * out and counted as stale. Without it the newest vector's length is taken as current.
   */
  constructor(
    private readonly db: D1Database,
    private readonly dimensions?: number,
  ) {}

  /** Stale counts of the projects this instance has loaded, so asking after a query costs no read. */
  private readonly seen = new Map<string, number>();

  /** How many of the project's stored vectors another embedder wrote (0 once a reindex finished). */
  async staleCount(projectId: string): Promise<number> {
    return this.seen.get(projectId) ?? (await this.load(projectId)).stale;
  }

  async prepare(projectId: string): Promise<void> {
    const data = this.load(projectId);
    this.prepared = { projectId, data };
    await data;
  }

  /** Vectors of chunks that no longer exist (a concurrent replace deleted them) are skipped. */
  async upsert(records: VectorRecord[]): Promise<void> {
    const byProject = Map.groupBy(records, (r) => r.projectId);
    for (const [projectId, rows] of byProject) {
      const statements: D1PreparedStatement[] = [];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const slice = rows.slice(i, i + ROWS_PER_INSERT);
        statements.push(
          this.db
            .prepare(
              `insert or replace into knowledge_vectors (chunk_id, project_id, document_id, vector)
               select column1, column2, column3, column4 from (values ${slice.map(() => "(?, ?, ?, ?)").join(", ")})
               where column1 in (select id from knowledge_chunks)`,
            )
            .bind(...slice.flatMap((r) => [Number(r.id), r.projectId, r.documentId, encodeVector(r.values)])),
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
    const sameLength = this.dimensions === undefined || cached?.dimensions === this.dimensions;
    if (cached && cached.generation === generation && sameLength) {
      this.seen.set(projectId, cached.stale);
      return cached;
    }
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
    // Vectors of another length come from an earlier embedder (until a reindex): they are left out
    // rather than scored. The current length is the embedder's, or else the newest chunk's.
    const all = results.map((r) => ({ row: r, ...decodeVector(r.vector) }));
    const dimensions = this.dimensions ?? all[all.length - 1]?.values.length ?? 0;
    const current = all.filter((v) => v.values.length === dimensions);
    const matrix = new Int8Array(current.length * dimensions);
    const scales = new Float32Array(current.length);
    current.forEach(({ values, scale }, i) => {
      scales[i] = scale;
      matrix.set(values, i * dimensions);
    });
    const loaded = {
      generation,
      ids: current.map((v) => String(v.row.chunk_id)),
      documentIds: current.map((v) => v.row.document_id),
      matrix,
      scales,
      dimensions,
      stale: all.length - current.length,
    };
    cache.set(projectId, loaded);
    this.seen.set(projectId, loaded.stale);
    return loaded;
  }
}

/** Marks a stored vector as 8-bit: these four bytes, a float32 scale, then one signed byte per dimension. */
const QUANTISED = [0x71, 0x38, 0x76, 0x31]; // "q8v1"

/**
 * A vector as stored in `knowledge_vectors.vector`: quantised to 8 bits with one scale (the cache
 * holds it that way anyway), a quarter of the Float32 size: 2 KB for 2,048 dimensions.
 */
export function encodeVector(values: ArrayLike<number>): ArrayBuffer {
  let max = 0;
  for (let d = 0; d < values.length; d++) max = Math.max(max, Math.abs(values[d] ?? 0));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(8 + values.length);
  bytes.set(QUANTISED);
  new DataView(bytes.buffer).setFloat32(4, scale, true);
  const out = new Int8Array(bytes.buffer, 8);
  for (let d = 0; d < values.length; d++) out[d] = Math.round((values[d] ?? 0) / scale);
  return bytes.buffer;
}

/** The 8-bit values and scale of a stored vector; Float32 blobs written before 8-bit storage are quantised here. */
export function decodeVector(stored: ArrayBuffer | number[]): { values: Int8Array; scale: number } {
  const bytes = stored instanceof ArrayBuffer ? new Uint8Array(stored) : Uint8Array.from(stored);
  if (bytes.length >= 8 && QUANTISED.every((b, i) => bytes[i] === b)) {
    return {
      values: new Int8Array(bytes.buffer, bytes.byteOffset + 8, bytes.length - 8),
      scale: new DataView(bytes.buffer, bytes.byteOffset).getFloat32(4, true),
    };
  }
  const floats = new Float32Array(bytes.slice(0, bytes.length - (bytes.length % 4)).buffer);
  return decodeVector(encodeVector(floats));
}
