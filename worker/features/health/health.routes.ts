import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import pkg from "../../../package.json";
import { createRouter, json } from "../../lib/openapi";

const Health = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    database: z.object({ ok: z.boolean(), latencyMs: z.number() }),
  })
  .openapi("Health");

export const healthRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Health"],
      summary: "Version and a D1 round trip (no auth)",
      security: [],
      responses: { 200: json(Health, "Healthy"), 503: json(Health, "The database did not answer") },
    }),
    async (c) => {
      const started = Date.now();
      let ok = true;
      try {
        await c.get("db").run(sql`select 1`);
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? "ok" : "degraded",
        version: pkg.version,
        database: { ok, latencyMs: Date.now() - started },
      } as const;
      return ok ? c.json(body, 200) : c.json(body, 503);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/ping",
      tags: ["Health"],
      summary: "Liveness without touching storage (no auth)",
      security: [],
      responses: { 200: json(z.object({ pong: z.literal(true) }), "Alive") },
    }),
    (c) => c.json({ pong: true as const }, 200),
  );
