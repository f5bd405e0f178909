// `npm run db:restore -- --file backups/x.sql [--persist-to DIR] [--force]`: restores a backup from
// `npm run db:backup` into the local D1 database. The target must be empty (a fresh state
// directory) unless --force, which deletes the existing local database first. It applies the
// migrations (schema, FTS5 table and triggers), loads the data (the triggers index each chunk as
// it arrives), then rebuilds the FTS5 index from the chunk rows and checks it.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { arg } from "./lib/d1-backup.mjs";
import { applyMigrations, ROOT, wrangler } from "./lib/local.mjs";

const persistTo = resolve(arg("persist-to", join(ROOT, ".wrangler/state")));
const file = arg("file");
if (!file || !existsSync(file)) {
  console.error("usage: npm run db:restore -- --file <backup.sql> [--persist-to DIR] [--force]");
  process.exit(2);
}
const header = readFileSync(file, "utf8").slice(0, 4096);
const wanted = /^-- migrations: (.*)$/m.exec(header)?.[1]?.split(",").filter(Boolean) ?? [];
const d1Dir = join(persistTo, "v3/d1");
const query = (sql) =>
  JSON.parse(wrangler(["d1", "execute", "DB", "--local", "--json", "--command", sql], { persistTo }))[0].results;

if (existsSync(d1Dir)) {
  const projects = (() => {
    try {
      return query("select count(*) as n from projects")[0].n;
    } catch {
      return 0;
    }
  })();
  if (projects > 0 && !process.argv.includes("--force")) {
    console.error(`the local database in ${persistTo} holds ${projects} projects; pass --force to replace it`);
    process.exit(1);
  }
  rmSync(d1Dir, { recursive: true, force: true });
}
applyMigrations(persistTo);
const applied = query("select name from d1_migrations order by id").map((r) => r.name);
const missing = wanted.filter((m) => !applied.includes(m));
if (missing.length) {
  console.error(`the backup was taken with migrations this checkout does not have: ${missing.join(", ")}`);
  process.exit(1);
}
wrangler(["d1", "execute", "DB", "--local", "--file", resolve(file), "--yes"], { persistTo });
wrangler(
  ["d1", "execute", "DB", "--local", "--command", "insert into knowledge_fts(knowledge_fts) values ('rebuild')"],
  {
    persistTo,
  },
);
wrangler(
  [
    "d1",
    "execute",
    "DB",
    "--local",
    "--command",
    "insert into knowledge_fts(knowledge_fts) values ('integrity-check')",
  ],
  {
    persistTo,
  },
);
const [counts] = query(
  "select (select count(*) from projects) as projects, (select count(*) from knowledge_entries) as documents, (select count(*) from knowledge_chunks) as chunks, (select count(*) from knowledge_vectors) as vectors",
);
console.log(
  `restored ${file}: ${counts.projects} projects, ${counts.documents} documents, ${counts.chunks} chunks (keyword index rebuilt), ${counts.vectors} vectors`,
);
