// `npm run db:backup [-- --file backups/x.sql] [--persist-to DIR]`: writes the local D1 database
// as SQL (data only, in one file) without the FTS5 keyword index, which `wrangler d1 export`
// cannot export. The schema comes back from the migrations on restore, and the index is rebuilt
// from the chunk rows. Default file: backups/commandcenter-<timestamp>.sql.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { arg, backupTables } from "./lib/d1-backup.mjs";
import { ROOT, wrangler } from "./lib/local.mjs";

const persistTo = resolve(arg("persist-to", join(ROOT, ".wrangler/state")));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = resolve(arg("file", join(ROOT, "backups", `commandcenter-${stamp}.sql`)));

const tables = backupTables(persistTo);
const part = `${file}.part`;
mkdirSync(dirname(file), { recursive: true });
wrangler(["d1", "export", "DB", "--local", "--no-schema", "--output", part, ...tables.flatMap((t) => ["--table", t])], {
  persistTo,
});
const migrations = JSON.parse(
  wrangler(["d1", "execute", "DB", "--local", "--json", "--command", "select name from d1_migrations order by id"], {
    persistTo,
  }),
)[0].results.map((r) => r.name);
const header = [
  "-- CommandCenter D1 backup (data only; schema from migrations, FTS5 index rebuilt on restore)",
  `-- taken: ${new Date().toISOString()}`,
  `-- migrations: ${migrations.join(",")}`,
  `-- tables: ${tables.join(",")}`,
  "",
].join("\n");
writeFileSync(file, header + readFileSync(part, "utf8"));
rmSync(part);
console.log(`backed up ${tables.length} tables to ${file} (migrations up to ${migrations.at(-1) ?? "none"})`);
