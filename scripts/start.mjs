// `npm start`: build the dashboard, migrate local D1, make sure an admin key exists and print a
// one-time sign-in link for the local owner, serve on
// 127.0.0.1, seed a demo project into an empty database, reindex knowledge vectors left by an
// earlier local embedder, and tick the Cron Trigger every minute. PORT (default 8787) and
// CC_STATE_DIR (default .wrangler/state) choose where; the server ends with this process, even
// when it is killed with SIGKILL (see scripts/lib/supervise.mjs).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  apiClient,
  applyMigrations,
  childEnv,
  createOwnerSignInLink,
  ensureAdminKey,
  ROOT,
  resolveAdminKey,
  startDev,
  waitForServer,
  wrangler,
} from "./lib/local.mjs";
import { seedDemo } from "./lib/seed.mjs";

const port = Number(process.env.PORT ?? 8787);
const stateDir = process.env.CC_STATE_DIR ? resolve(process.env.CC_STATE_DIR) : join(ROOT, ".wrangler/state");
const base = `http://127.0.0.1:${port}`;
const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

step("building the dashboard");
const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, env: childEnv(), stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

step(`applying D1 migrations to local state (${stateDir})`);
applyMigrations(stateDir);
const { key, source } = resolveAdminKey(stateDir);
ensureAdminKey(key, stateDir);
const signInToken = createOwnerSignInLink(stateDir);
const staleVectors = projectsWithStaleVectors();

step(`starting the Worker on ${base}`);
// One readable line per request (wrangler's own); LOG_FORMAT=json adds the Worker's JSON line.
const logFormat = process.env.LOG_FORMAT === "json" ? "json" : "text";
const { child, stop } = startDev({ port, persistTo: stateDir, inherit: true, vars: { LOG_FORMAT: logFormat } });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
}
child.on("exit", (code) => process.exit(code ?? 0));
// Run through `npm start`, this process is npm's grandchild (npm → sh → node): when its parent
// or npm is killed hard, this process ends too (and the supervisor then ends the server).
const parent = process.ppid;
const npm = npmAbove(parent);
setInterval(() => {
  if (process.ppid !== parent || (npm !== null && !alive(npm))) {
    stop();
    process.exit(0);
  }
}, 1000).unref();

await waitForServer(base);
const api = apiClient(base, key);
const existing = await api("GET", "/api/v1/projects?limit=1");
if (existing.total === 0) {
  const demo = await seedDemo(api);
  step(`seeded the demo project '${demo.name}' (${demo.id})`);
}
for (const { project_id: project, n } of staleVectors) {
  const job = await api("POST", "/api/v1/knowledge/reindex", undefined, { "x-project-id": project });
  step(`${n} knowledge vectors of ${project} came from an earlier local embedder: reindexing (job ${job.id})`);
}

console.log(`
CommandCenter is running.
  Dashboard:     ${base}/
  API:           ${base}/api/v1   (reference: ${base}/api/docs)
  Sign in:       ${base}/signin#link=${signInToken}   (one-time link for the local owner, valid 24 h)
  Admin API key: ${key}${source === "generated" ? "   (new; shown again by 'npm run admin-key')" : ""}

  Try: curl -H "Authorization: Bearer ${key}" ${base}/api/v1/projects
`);

// wrangler dev does not fire Cron Triggers by itself: fire the `* * * * *` trigger at each minute.
function scheduleTick() {
  const next = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
  setTimeout(async () => {
    try {
      await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("* * * * *")}&time=${next}`);
    } catch (err) {
      console.error(`cron tick failed: ${err}`);
    }
    scheduleTick();
  }, next - Date.now());
}
scheduleTick();

/**
 * The npm process above the shell that started this one (Linux /proc), or null.
 * @param {number} pid
 */
function npmAbove(pid) {
  try {
    const grandparent = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    const cmdline = readFileSync(`/proc/${grandparent}/cmdline`, "utf8");
    return grandparent > 1 && /(^|[/\0 ])npm([\0 ]|$)|npm-cli\.js/.test(cmdline) ? grandparent : null;
  } catch {
    return null;
  }
}

/**
 * True while `pid` runs; a zombie (dead, not yet reaped) counts as gone.
 * @param {number} pid
 */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return true;
  }
}

/**
 * Projects holding vectors from an earlier local embedder: Float32 rows from before 8-bit storage,
 * or rows of more than one length. Semantic search leaves such rows out until a reindex.
 */
function projectsWithStaleVectors() {
  const [answer] = JSON.parse(
    wrangler(
      [
        "d1",
        "execute",
        "DB",
        "--local",
        "--json",
        "--command",
        "select project_id, count(*) as n from knowledge_vectors group by project_id having count(distinct length(vector)) > 1 or sum(substr(vector, 1, 4) <> x'71387631') > 0",
      ],
      { persistTo: stateDir },
    ),
  );
  return answer?.results ?? [];
}
