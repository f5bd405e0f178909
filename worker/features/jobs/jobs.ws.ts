import { AppError } from "../../lib/errors";
import { createRouter } from "../../lib/openapi";
import { assertUpgrade } from "../../lib/websocket";
import { readerProject } from "../../middleware/tenant";
import { jobStub } from "./jobs.service";

/**
 * `GET /api/v1/jobs/:id/ws`, mounted outside the tenant sub-app because a ticket is one way in.
 * With `?ticket=` the job's Durable Object checks and consumes the ticket (issued only to a key of
 * the job's project); with an API key the job must belong to the key's project. Either way
 * another project's job is 404.
 */
export const jobSocketRoutes = createRouter().get("/jobs/:id/ws", async (c) => {
  const id = c.req.param("id");
  const url = new URL(c.req.url);
  const projectId = url.searchParams.has("ticket") ? null : await readerProject(c);
  assertUpgrade(c.req.header("upgrade"));
  const headers = new Headers(c.req.raw.headers);
  headers.delete("x-cc-authorised");
  if (projectId) {
    const row = await c
      .get("db")
      .query.jobs.findFirst({ where: (j, { and, eq }) => and(eq(j.id, id), eq(j.projectId, projectId)) });
    if (!row) throw new AppError("not_found", `job ${id} not found`);
    headers.set("x-cc-authorised", "1");
  }
  return jobStub(c.env, id).fetch(new Request(url, { headers }));
});
