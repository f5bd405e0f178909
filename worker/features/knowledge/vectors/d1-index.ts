import { applyChanges, type ChangedVector, type ProjectVectors } from "./project-vectors";
import type { VectorIndex, VectorMatch, VectorQuery, VectorRecord } from "./vector-index";

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
 * array and kept; when its generation (bumped with every write, in the same batch) moves on, only
 * the rows written since are read, and removed vectors are dropped (see `refreshed`). 8 bits
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
              `insert or replace into knowledge_vectors (chunk_id, project_id, document_id, vector, generation)
               select column1, column2, column3, column4,
                 (select generation from knowledge_index_state where project_id = column2)
               from (values ${slice.map(() => "(?, ?, ?, ?)").join(", ")})
               where column1 in (select id from knowledge_chunks)`,
            )
            .bind(...slice.flatMap((r) => [Number(r.id), r.projectId, r.documentId, encodeVector(r.values)])),
        );
      }
      // Each batch (one transaction) bumps the generation first and tags its rows with it, so a
      // reader that has seen generation G has seen every row tagged G or lower.
      for (let i = 0; i < statements.length; i += 49) {
        await this.db.batch([bump(this.db, projectId), ...statements.slice(i, i + 49)]);
      }
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
    const usable = cached && sameLength && generation >= cached.generation ? cached : undefined;
    const current = usable && (generation === usable.generation ? usable : await refreshed(this.db, projectId, usable));
    if (current) {
      this.seen.set(projectId, current.stale);
      return current;
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
    const kept = all.filter((v) => v.values.length === dimensions);
    const matrix = new Int8Array(kept.length * dimensions);
    const scales = new Float32Array(kept.length);
    kept.forEach(({ values, scale }, i) => {
      scales[i] = scale;
      matrix.set(values, i * dimensions);
    });
    const ids = kept.map((v) => String(v.row.chunk_id));
    const loaded = {
      generation,
      ids,
      documentIds: kept.map((v) => v.row.document_id),
      rowOf: new Map(ids.map((id, row) => [id, row])),
      matrix,
      scales,
      dimensions,
      stale: all.length - kept.length,
    };
    cache.set(projectId, loaded);
    this.seen.set(projectId, loaded.stale);
    return loaded;
  }
}

/**
 * Brings a cached copy up to date from the rows written since its generation, read together with
 * the generation and the project's vector count in one batch (one snapshot). Removed vectors show
 * as a count below the copy's; only then are the project's chunk ids read to drop them. Returns
 * null when only a full load can tell (vectors of another length involved).
 */
async function refreshed(db: D1Database, projectId: string, data: ProjectVectors): Promise<ProjectVectors | null> {
  if (data.stale) return null;
  type Row = {
    generation?: number;
    chunk_id?: number;
    document_id?: string;
    vector?: ArrayBuffer | number[];
    n?: number;
  };
  const [state, rows, count] = await db.batch<Row>([
    db.prepare("select generation from knowledge_index_state where project_id = ?").bind(projectId),
    db
      .prepare("select chunk_id, document_id, vector from knowledge_vectors where project_id = ? and generation > ?")
      .bind(projectId, data.generation),
    db.prepare("select count(*) as n from knowledge_vectors where project_id = ?").bind(projectId),
  ]);
  const generation = state?.results[0]?.generation ?? 0;
  if (generation < data.generation) return null;
  const changed: ChangedVector[] = (rows?.results ?? []).map((r) => ({
    id: String(r.chunk_id),
    documentId: r.document_id ?? "",
    ...decodeVector(r.vector ?? []),
  }));
  if (changed.some((v) => v.values.length !== data.dimensions)) return null;
  const added = new Set(changed.map((v) => v.id).filter((id) => !data.rowOf.has(id))).size;
  let alive: Set<string> | null = null;
  if (data.ids.length + added !== (count?.results[0]?.n ?? 0)) {
    const { results } = await db
      .prepare("select chunk_id from knowledge_vectors where project_id = ?")
      .bind(projectId)
      .all<{ chunk_id: number }>();
    alive = new Set(results.map((r) => String(r.chunk_id)));
  }
  // Another search of this isolate may have brought the copy further meanwhile.
  if (data.generation < generation) applyChanges(data, generation, changed, alive);
  return data;
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
