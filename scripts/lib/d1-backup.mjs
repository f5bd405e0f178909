// Shared pieces of `npm run db:backup` and `npm run db:restore`.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

/**
 * Reads `--flag value` from the command line.
 * @template {string | null} F
 * @param {string} name
 * @param {F} fallback
 * @returns {string | F}
 */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value || fallback;
}

/**
 * The SQLite file behind the local D1 database in a wrangler state directory, or null.
 * @param {string} persistTo
 */
export function localDatabaseFile(persistTo) {
  const dir = join(persistTo, "v3/d1/miniflare-D1DatabaseObject");
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".sqlite"))) {
    const db = new DatabaseSync(join(dir, name), { readOnly: true });
    const found = db.prepare("select 1 from sqlite_master where name = 'd1_migrations'").get();
    db.close();
    if (found) return join(dir, name);
  }
  return null;
}

/**
 * The tables a backup holds, parents before children (foreign keys): every real table except
 * SQLite's and D1's own bookkeeping, virtual tables (the FTS5 keyword index and its vocabulary) and
 * the shadow tables FTS5 keeps behind them, which `wrangler d1 export` cannot export.
 * @param {DatabaseSync} db
 * @returns {string[]}
 */
export function backupTables(db) {
  const rows = db
    .prepare("select name, sql from sqlite_master where type = 'table'")
    .all()
    .map((r) => ({ name: String(r.name), sql: String(r.sql ?? "") }));
  const virtual = rows.filter((r) => /^create virtual table/i.test(r.sql)).map((r) => r.name);
  const names = rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith("sqlite_") && !n.startsWith("_cf_") && n !== "d1_migrations")
    .filter((n) => !virtual.includes(n) && !virtual.some((v) => n.startsWith(`${v}_`)));
  const parents = new Map(
    names.map((n) => [
      n,
      db
        .prepare(`pragma foreign_key_list("${n}")`)
        .all()
        .map((fk) => String(fk.table))
        .filter((t) => t !== n),
    ]),
  );
  /** @type {string[]} */
  const ordered = [];
  /** @type {(n: string, path?: Set<string>) => void} */
  const visit = (n, path = new Set()) => {
    if (ordered.includes(n) || path.has(n)) return;
    path.add(n);
    for (const p of parents.get(n) ?? []) if (names.includes(p)) visit(p, path);
    ordered.push(n);
  };
  for (const n of names.sort()) visit(n);
  return ordered;
}

/**
 * A value as an SQL literal: NULL, a number, a quoted string or an X'…' blob.
 * @param {unknown} value
 */
export function literal(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Uint8Array) return `X'${Buffer.from(value).toString("hex")}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}
