// `npm run deploy [-- --dry-run]`: one command from a Cloudflare login to a running production
// Worker. Creates what is missing (D1 database, the webhook queue and its dead-letter queue, the
// Vectorize index and its `documentId` metadata index, R2 buckets the config declares), writes
// the database id into the git-ignored wrangler.production.toml (the committed wrangler.toml has
// no production ids), sets missing secrets through stdin (ENCRYPTION_KEY generated; METRICS_TOKEN
// from the environment or generated and shown once), applies the D1 migrations remotely, builds
// the dashboard with HSTS, deploys, creates the first admin key when there is none (its secret is
// written to a 0600 file, never printed or passed on a command line) and prints the URL.
// Rate-limit namespaces need nothing created: their `namespace_id`s are chosen in wrangler.toml.
//
// --dry-run prints every command it would run and runs none of them (offline; ids are placeholders).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "smol-toml";
import { generateKey } from "../shared/key-format.ts";
import { childEnv, ROOT } from "./lib/local.mjs";

const DRY = process.argv.includes("--dry-run");
const PRODUCTION_CONFIG = "wrangler.production.toml";
const ADMIN_KEY_FILE = "production-admin-key.txt";
const ENV = ["--env", "production", "--config", PRODUCTION_CONFIG];
const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/**
 * Runs (or, with --dry-run, only prints) a wrangler command. `input` goes to its stdin (secrets).
 * Returns stdout, or `dryAnswer` in a dry run.
 * @param {string[]} args
 * @param {{ input?: string; dryAnswer?: string; allowFail?: boolean }} [options]
 */
function wrangler(args, { input, dryAnswer = "", allowFail = false } = {}) {
  console.log(`  $ wrangler ${args.join(" ")}${input === undefined ? "" : "   (value on stdin)"}`);
  if (DRY) return dryAnswer;
  const res = spawnSync(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    env: childEnv(),
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "inherit"],
  });
  if (res.status !== 0 && !allowFail)
    throw new Error(`wrangler ${args[0]} ${args[1] ?? ""} failed (exit ${res.status})`);
  return res.stdout ?? "";
}

/** @param {string} text */
function json(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const committed = /** @type {Record<string, any>} */ (parse(readFileSync(join(ROOT, "wrangler.toml"), "utf8")));
const production = committed.env?.production;
if (!production) throw new Error("wrangler.toml has no [env.production]");
const database = production.d1_databases?.[0];
const queues = [
  ...new Set([
    ...(production.queues?.producers ?? []).map((/** @type {{queue: string}} */ q) => q.queue),
    ...(production.queues?.consumers ?? []).flatMap((/** @type {{queue: string, dead_letter_queue?: string}} */ c) => [
      c.queue,
      ...(c.dead_letter_queue ? [c.dead_letter_queue] : []),
    ]),
  ]),
];
const vectorIndexes = (production.vectorize ?? []).map((/** @type {{index_name: string}} */ v) => v.index_name);
const buckets = (production.r2_buckets ?? []).map((/** @type {{bucket_name: string}} */ b) => b.bucket_name);

try {
  console.log(DRY ? "npm run deploy --dry-run: printing the commands, running none\n" : "");
  step("checking the Cloudflare login");
  wrangler(["whoami"]);

  step(`D1 database ${database.database_name}`);
  const dbs = json(wrangler(["d1", "list", "--json"], { dryAnswer: "[]" })) ?? [];
  let databaseId = dbs.find((/** @type {{name: string}} */ d) => d.name === database.database_name)?.uuid;
  if (!databaseId) {
    const out = wrangler(["d1", "create", database.database_name], { dryAnswer: "<new database id>" });
    databaseId = DRY ? out : /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(out)?.[0];
    if (!databaseId) throw new Error("could not read the new database's id from wrangler's answer");
  }

  step(`queues ${queues.join(", ")}`);
  const existingQueues = wrangler(["queues", "list"], { dryAnswer: "" });
  for (const queue of queues) {
    if (!new RegExp(`\\b${queue}\\b`).test(existingQueues)) wrangler(["queues", "create", queue]);
  }

  for (const index of vectorIndexes) {
    step(`Vectorize index ${index} (768 dimensions, cosine) and its documentId metadata index`);
    const exists = wrangler(["vectorize", "get", index], { allowFail: true, dryAnswer: "" });
    if (!exists.includes(index)) {
      wrangler(["vectorize", "create", index, "--dimensions", "768", "--metric", "cosine"]);
      wrangler(["vectorize", "create-metadata-index", index, "--property-name", "documentId", "--type", "string"]);
    }
  }

  for (const bucket of buckets) {
    step(`R2 bucket ${bucket}`);
    const list = wrangler(["r2", "bucket", "list"], { dryAnswer: "" });
    if (!list.includes(bucket)) wrangler(["r2", "bucket", "create", bucket]);
  }
  step("rate-limit namespaces: nothing to create (namespace_id is chosen in wrangler.toml)");

  step(`writing ${PRODUCTION_CONFIG} (git-ignored) with the database id`);
  const config = structuredClone(committed);
  config.env.production.d1_databases = [{ ...database, database_id: databaseId }];
  const text = `# Generated by npm run deploy from wrangler.toml: do not edit, do not commit.\n${stringify(config)}\n`;
  if (DRY)
    console.log(`  (would write ${PRODUCTION_CONFIG}: [[env.production.d1_databases]] database_id = "${databaseId}")`);
  else writeFileSync(join(ROOT, PRODUCTION_CONFIG), text);

  step("secrets");
  const secrets = json(wrangler(["secret", "list", ...ENV, "--format", "json"], { dryAnswer: "[]" })) ?? [];
  const has = (/** @type {string} */ name) => secrets.some((/** @type {{name: string}} */ s) => s.name === name);
  if (!has("ENCRYPTION_KEY")) {
    wrangler(["secret", "put", "ENCRYPTION_KEY", ...ENV], { input: randomBytes(32).toString("base64url") });
  }
  let newMetricsToken = null;
  if (!has("METRICS_TOKEN")) {
    const token = process.env.METRICS_TOKEN || randomBytes(32).toString("base64url");
    if (!process.env.METRICS_TOKEN) newMetricsToken = token;
    wrangler(["secret", "put", "METRICS_TOKEN", ...ENV], { input: token });
  }

  step("applying D1 migrations to the production database");
  wrangler(["d1", "migrations", "apply", "DB", "--remote", ...ENV]);

  step("building the dashboard (with HSTS)");
  const build = (/** @type {string} */ cmd, /** @type {string[]} */ args) => {
    console.log(`  $ ${cmd} ${args.join(" ")}`);
    if (DRY) return;
    const res = spawnSync(cmd, args, { cwd: ROOT, env: childEnv(), stdio: "inherit" });
    if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
  };
  build("npm", ["run", "--silent", "build:web"]);
  build(process.execPath, ["scripts/write-headers.mjs", "--hsts"]);

  step("deploying");
  const deployed = wrangler(["deploy", ...ENV], { dryAnswer: "https://commandcenter.<account>.workers.dev" });
  const url = /https:\/\/\S+\.workers\.dev/.exec(deployed)?.[0] ?? "(see wrangler's output above)";

  step("first admin key");
  const admins = json(
    wrangler(
      [
        "d1",
        "execute",
        "DB",
        "--remote",
        ...ENV,
        "--json",
        "--command",
        "select count(*) as n from api_keys where project_id is null and revoked_at is null",
      ],
      { dryAnswer: '[{"results":[{"n":0}]}]' },
    ),
  );
  if (Number(admins?.[0]?.results?.[0]?.n ?? 0) === 0) {
    const { secret, prefix } = generateKey();
    const hash = createHash("sha256").update(secret).digest("hex");
    const id = `key_bootstrap${hash.slice(0, 16)}`;
    wrangler([
      "d1",
      "execute",
      "DB",
      "--remote",
      ...ENV,
      "--command",
      `INSERT INTO api_keys (id, project_id, name, prefix, secret_hash, scopes, plan) VALUES ('${id}', NULL, 'first admin', '${prefix}', '${DRY ? "<sha-256 of the new key>" : hash}', '["admin"]', 'service')`,
    ]);
    if (DRY) console.log(`  (would write the key to ${ADMIN_KEY_FILE}, mode 0600)`);
    else {
      writeFileSync(join(ROOT, ADMIN_KEY_FILE), `${secret}\n`, { mode: 0o600 });
      chmodSync(join(ROOT, ADMIN_KEY_FILE), 0o600);
    }
    console.log(
      `  the first admin key (${prefix}) is in ${ADMIN_KEY_FILE}: store it in a password manager, then delete the file`,
    );
  } else console.log("  an instance admin key exists already: nothing to create");

  console.log(`\nCommandCenter is deployed${DRY ? " (dry run)" : ""}.
  URL:      ${url}
  Health:   ${url}/health/ready
  Metrics:  ${url}/metrics  (Authorization: Bearer <METRICS_TOKEN>)`);
  if (newMetricsToken) {
    console.log(`  METRICS_TOKEN (shown once; give it to your scraper): ${DRY ? "<generated>" : newMetricsToken}`);
  }
} catch (err) {
  console.error(`\ndeploy failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
