// `npm run db:backup [-- --file backups/x.sql] [--persist-to DIR]`: writes the local D1 database
// as SQL INSERT statements (data only) without the FTS5 keyword index and its shadow tables, which
// make `wrangler d1 export` refuse the whole database. The schema comes back from the migrations
// on restore, and the keyword index is rebuilt from the chunk rows. Reads the SQLite file behind
// the local D1 database directly (read-only; safe while `wrangler dev` runs).
// Default file: backups/commandcenter-<timestamp>.sql.
import { createWriteStream, mkdirSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { arg, backupTables, literal, localDatabaseFile } from "./lib/d1-backup.mjs";
import { ROOT } from "./lib/local.mjs";

const persistTo = resolve(arg("persist-to", join(ROOT, ".wrangler/state")));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = resolve(arg("file", join(ROOT, "backups", `commandcenter-${stamp}.sql`)));
const source = localDatabaseFile(persistTo);
if (!source) {
  console.error(`no local D1 database under ${persistTo} (start the app once, or pass --persist-to)`);
  process.exit(1);
}
const db = new DatabaseSync(source, { readOnly: true });
db.exec("begin");
const tables = backupTables(db);
const migrations = db
  .prepare("select name from d1_migrations order by id")
  .all()
  .map((r) => r.name);

mkdirSync(dirname(file), { recursive: true });
const out = createWriteStream(`${file}.part`);
/** @type {(text: string) => Promise<void>} */
const write = (text) =>
  out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once("drain", () => resolve()));
await write(
  [
    "-- CommandCenter D1 backup (data only; schema from migrations, FTS5 index rebuilt on restore)",
    `-- taken: ${new Date().toISOString()}`,
    `-- migrations: ${migrations.join(",")}`,
    `-- tables: ${tables.join(",")}`,
    "PRAGMA defer_foreign_keys = on;",
    "",
  ].join("\n"),
);
/** @type {Record<string, number>} */
const counts = {};
for (const table of tables) {
  const columns = db
    .prepare(`pragma table_info("${table}")`)
    .all()
    .map((c) => String(c.name));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  let count = 0;
  for (const row of db.prepare(`select * from "${table}"`).iterate()) {
    await write(`${head}(${columns.map((c) => literal(row[c])).join(", ")});\n`);
    count++;
  }
  counts[table] = count;
}
db.exec("commit");
db.close();
await new Promise((resolve) => out.end(() => resolve(undefined)));
renameSync(`${file}.part`, file);
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`backed up ${total} rows of ${tables.length} tables to ${file} (migrations up to ${migrations.at(-1)})`);
