import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { readiness } from "./readiness";

/**
 * The load balancer's paths at the root, outside `/api` (no key, no secrets, JSON, never the
 * dashboard): `/health/live` answers from the isolate alone; `/health/ready` (and `/health`)
 * checks every dependency and answers 503 naming the failing ones.
 */
/** Mounted at `/health`. */
export const probeRoutes = new Hono<AppEnv>()
  .use(async function noStore(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
  })
  .get("/live", (c) => c.json({ status: "ok" as const }, 200))
  .get("/ready", ready)
  .get("/", ready);

async function ready(c: Context<AppEnv>) {
  const answer = await readiness(c.env);
  return c.json(answer, answer.failing.length ? 503 : 200);
}
