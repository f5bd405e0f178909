// `npm start`: build the dashboard, migrate local D1, make sure an admin key exists, serve on
// 127.0.0.1, seed a demo project into an empty database, and tick the Cron Trigger every minute.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import {
  apiClient,
  applyMigrations,
  childEnv,
  ensureAdminKey,
  ROOT,
  resolveAdminKey,
  startDev,
  waitForServer,
} from "./lib/local.mjs";
import { seedDemo } from "./lib/seed.mjs";

const port = Number(process.env.PORT ?? 8787);
const stateDir = join(ROOT, ".wrangler/state");
const base = `http://127.0.0.1:${port}`;
const step = (msg) => console.log(`\u203a ${msg}`);

step("building the dashboard");
const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, env: childEnv(), stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

step("applying D1 migrations to local state (.wrangler/state)");
applyMigrations();
const { key, source } = resolveAdminKey(stateDir);
ensureAdminKey(key);

step(`starting the Worker on ${base}`);
const { child, stop } = startDev({ port, inherit: true });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
}
child.on("exit", (code) => process.exit(code ?? 0));

await waitForServer(base);
const api = apiClient(base, key);
const existing = await api("GET", "/api/v1/projects?limit=1");
if (existing.total === 0) {
  const demo = await seedDemo(api);
  step(`seeded the demo project '${demo.name}' (${demo.id})`);
}

console.log(`
CommandCenter is running.
  Dashboard:     ${base}/
  API:           ${base}/api/v1   (reference: ${base}/api/docs)
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
