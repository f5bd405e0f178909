import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { AppError } from "../../lib/errors";
import { jobStub } from "./jobs.service";

/**
 * `GET /api/v1/jobs/:id/ws`. With `?ticket=` the job's Durable Object checks and consumes the
 * ticket (issued only to a key of the job's project); with an API key the tenant middleware has
 * already run and the job must belong to the key's project. Either way another project's job is 404.
 */
export async function jobSocket(c: Context<AppEnv>): Promise<Response> {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("bad_request", "this endpoint needs a WebSocket upgrade (Upgrade: websocket)");
  }
  const id = c.req.param("id") ?? "";
  const url = new URL(c.req.url);
  const headers = new Headers(c.req.raw.headers);
  headers.delete("x-cc-authorised");
  if (!url.searchParams.has("ticket")) {
    const row = await c
      .get("db")
      .query.jobs.findFirst({ where: (j, { and, eq }) => and(eq(j.id, id), eq(j.projectId, c.get("projectId"))) });
    if (!row) throw new AppError("not_found", `job ${id} not found`);
    headers.set("x-cc-authorised", "1");
  }
  return jobStub(c.env, id).fetch(new Request(url, { headers }));
}
