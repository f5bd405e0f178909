// The parts of D1's API the knowledge code uses, over a node:sqlite database, so the Worker's own
// indexing and search code runs in Node for `npm run bench:search:quality`.

/**
 * A D1-shaped wrapper of `db`: prepare/bind/all/first/run and batch. BLOBs come back as
 * ArrayBuffers, as D1 hands them over; booleans are stored as 0/1.
 * @param {import("node:sqlite").DatabaseSync} db
 * @returns {D1Database}
 */
export function d1(db) {
  /** @param {unknown} v */
  const toSql = (v) => (v instanceof ArrayBuffer ? new Uint8Array(v) : typeof v === "boolean" ? Number(v) : v);
  /** @param {Record<string, unknown>} row */
  const fromSql = (row) => {
    for (const [k, v] of Object.entries(row)) if (v instanceof Uint8Array) row[k] = v.slice().buffer;
    return row;
  };
  /**
   * @param {string} sql
   * @param {import("node:sqlite").SQLInputValue[]} args
   * @returns {D1PreparedStatement}
   */
  const statement = (sql, args = []) =>
    /** @type {D1PreparedStatement} */ (
      /** @type {unknown} */ ({
        bind: (/** @type {unknown[]} */ ...values) =>
          statement(
            sql,
            values.map((v) => /** @type {import("node:sqlite").SQLInputValue} */ (toSql(v))),
          ),
        all: async () => ({
          results: db
            .prepare(sql)
            .all(...args)
            .map((r) => fromSql(/** @type {Record<string, unknown>} */ (r))),
          success: true,
          meta: {},
        }),
        first: async (/** @type {string | undefined} */ column) => {
          const row = /** @type {Record<string, unknown> | undefined} */ (db.prepare(sql).get(...args));
          return row ? (column ? row[column] : fromSql(row)) : null;
        },
        run: async () => {
          db.prepare(sql).run(...args);
          return { success: true, meta: {} };
        },
      })
    );
  return /** @type {D1Database} */ (
    /** @type {unknown} */ ({
      prepare: (/** @type {string} */ sql) => statement(sql),
      batch: async (/** @type {D1PreparedStatement[]} */ statements) => Promise.all(statements.map((s) => s.all())),
    })
  );
}
