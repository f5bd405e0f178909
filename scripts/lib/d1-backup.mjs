// Shared pieces of `npm run db:backup` and `npm run db:restore`.
import { wrangler } from "./local.mjs";

/**
 * The tables a backup holds: every real table except SQLite's and D1's own bookkeeping, virtual
 * tables (the FTS5 keyword index and its vocabulary) and the shadow tables FTS5 keeps behind them.
 * `wrangler d1 export` refuses a database with virtual tables, but exports these one by one.
 */
export function backupTables(persistTo) {
  const out = wrangler(
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--json",
      "--command",
      "select name, type, sql from sqlite_master where type = 'table'",
    ],
    { persistTo },
  );
  const rows = JSON.parse(out)[0].results;
  const virtual = rows.filter((r) => /^create virtual table/i.test(r.sql ?? "")).map((r) => r.name);
  const shadow = (name) => virtual.some((v) => name.startsWith(`${v}_`));
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith("sqlite_") && !n.startsWith("_cf_") && n !== "d1_migrations")
    .filter((n) => !virtual.includes(n) && !shadow(n))
    .sort();
}

/** Reads `--flag value` from the command line. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
