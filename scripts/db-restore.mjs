// `npm run db:restore -- --file backups/x.sql [--persist-to DIR] [--force]`: restores a backup from
// `npm run db:backup` into the local D1 database. The target must be empty (a fresh state
// directory) unless --force, which deletes the existing local database first. It applies the
// migrations (schema, FTS5 table and triggers), loads the data with `wrangler d1 execute` (the
// triggers index each chunk as it arrives), then rebuilds the FTS5 index from the chunk rows and
// runs its integrity check. Stop `wrangler dev` on that state directory first.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { arg, localDatabaseFile } from "./lib/d1-backup.mjs";
import { applyMigrations, ROOT, wrangler } from "./lib/local.mjs";

const persistTo = resolve(arg("persist-to", join(ROOT, ".wrangler/state")));
const file = arg("file", null);
if (!file || !existsSync(file)) {
  console.error("usage: npm run db:restore -- --file <backup.sql> [--persist-to DIR] [--force]");
  process.exit(2);
}
const wanted =
  /^-- migrations: (.*)$/m.exec(readFileSync(file, "utf8").slice(0, 4096))?.[1]?.split(",").filter(Boolean) ?? [];

const existing = localDatabaseFile(persistTo);
if (existing) {
  const db = new DatabaseSync(existing, { readOnly: true });
  const projects = Number(db.prepare("select count(*) as n from sqlite_master where name = 'projects'").get()?.n)
    ? Number(db.prepare("select count(*) as n from projects").get()?.n)
    : 0;
  db.close();
  if (projects > 0 && !process.argv.includes("--force")) {
    console.error(`the local database in ${persistTo} holds ${projects} projects; pass --force to replace it`);
    process.exit(1);
  }
  rmSync(join(persistTo, "v3/d1"), { recursive: true, force: true });
}
applyMigrations(persistTo);
const target = localDatabaseFile(persistTo);
if (!target) throw new Error(`applying the migrations made no local database under ${persistTo}`);
const check = new DatabaseSync(target, { readOnly: true });
const applied = check
  .prepare("select name from d1_migrations")
  .all()
  .map((r) => String(r.name));
check.close();
const missing = wanted.filter((m) => !applied.includes(m));
if (missing.length) {
  console.error(`the backup was taken with migrations this checkout does not have: ${missing.join(", ")}`);
  process.exit(1);
}
wrangler(["d1", "execute", "DB", "--local", "--file", resolve(file), "--yes"], { persistTo });
for (const command of ["rebuild", "integrity-check"]) {
  wrangler(
    ["d1", "execute", "DB", "--local", "--command", `insert into knowledge_fts(knowledge_fts) values ('${command}')`],
    {
      persistTo,
    },
  );
}
const db = new DatabaseSync(target, { readOnly: true });
const counts =
  db
    .prepare(
      `select (select count(*) from projects) as projects, (select count(*) from knowledge_entries) as documents,
     (select count(*) from knowledge_chunks) as chunks, (select count(*) from knowledge_vectors) as vectors,
     (select count(*) from knowledge_fts_docsize) as indexed`,
    )
    .get() ?? {};
db.close();
console.log(
  `restored ${file}: ${counts.projects} projects, ${counts.documents} documents, ${counts.chunks} chunks ` +
    `(${counts.indexed} in the rebuilt keyword index), ${counts.vectors} vectors`,
);
