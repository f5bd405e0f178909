/** One project's local vectors as an isolate holds them (see `D1VectorIndex`). */
export interface ProjectVectors {
  /** The project's index generation this copy has read every change of. */
  generation: number;
  ids: string[];
  documentIds: string[];
  /** Row of each id in `matrix` and `scales`. */
  rowOf: Map<string, number>;
  /**
   * The vectors back to back, `dimensions` values each, quantised to 8 bits; rows past
   * `ids.length` are spare room for vectors added later.
   */
  matrix: Int8Array;
  /** Per row: the factor that turns its 8-bit values back into floats. */
  scales: Float32Array;
  dimensions: number;
  /** Vectors of another length than `dimensions`: written by an earlier embedder, left out until a reindex. */
  stale: number;
}

/** A vector written since a copy's generation: its chunk id, document and 8-bit values. */
export interface ChangedVector {
  id: string;
  documentId: string;
  values: Int8Array;
  scale: number;
}

/** Makes room for `rows` rows, with a quarter more to spare, keeping the rows there are. */
function reserve(data: ProjectVectors, rows: number): void {
  if (data.scales.length >= rows) return;
  const capacity = Math.ceil(rows * 1.25) + 64;
  const matrix = new Int8Array(capacity * data.dimensions);
  matrix.set(data.matrix.subarray(0, data.ids.length * data.dimensions));
  const scales = new Float32Array(capacity);
  scales.set(data.scales.subarray(0, data.ids.length));
  data.matrix = matrix;
  data.scales = scales;
}

/**
 * Brings a copy up to `generation` in place: `changed` vectors (all of `data.dimensions`) replace
 * the rows of their chunk or are added; when `alive` is given, rows whose chunk id is not in it
 * are removed (remaining rows keep their order).
 */
export function applyChanges(
  data: ProjectVectors,
  generation: number,
  changed: ChangedVector[],
  alive: Set<string> | null,
): void {
  reserve(data, data.ids.length + changed.length);
  for (const v of changed) {
    let row = data.rowOf.get(v.id);
    if (row === undefined) {
      row = data.ids.length;
      data.ids.push(v.id);
      data.documentIds.push(v.documentId);
      data.rowOf.set(v.id, row);
    }
    data.documentIds[row] = v.documentId;
    data.matrix.set(v.values, row * data.dimensions);
    data.scales[row] = v.scale;
  }
  if (alive) {
    let kept = 0;
    for (let row = 0; row < data.ids.length; row++) {
      const id = data.ids[row] ?? "";
      if (!alive.has(id)) continue;
      if (kept !== row) {
        data.matrix.copyWithin(kept * data.dimensions, row * data.dimensions, (row + 1) * data.dimensions);
        data.scales[kept] = data.scales[row] ?? 0;
        data.ids[kept] = id;
        data.documentIds[kept] = data.documentIds[row] ?? "";
      }
      kept++;
    }
    data.ids.length = kept;
    data.documentIds.length = kept;
    data.rowOf = new Map(data.ids.map((id, row) => [id, row]));
  }
  data.generation = generation;
}
