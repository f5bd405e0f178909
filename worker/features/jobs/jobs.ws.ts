import { AppError } from "../../lib/errors";
import { createRouter } from "../../lib/openapi";
import { socketOpener, upgradeThrough } from "../../middleware/socket-upgrade";
import { jobStub } from "./jobs.service";

/**
 * `GET /api/v1/jobs/:id/ws`, mounted outside the tenant sub-app because a ticket is one way in.
 * With `?ticket=` the job's Durable Object redeems the ticket (issued only to a key of the job's
 * project); with an API key the job must belong to the key's project. Either way another
 * project's job is 404, and the job's object enforces the socket caps.
 */
export const jobSocketRoutes = createRouter().get("/jobs/:id/ws", async (c) => {
  const id = c.req.param("id");
  const url = new URL(c.req.url);
  const stub = jobStub(c.env, id);
  const jobProject = async () =>
    (await c.get("db").query.jobs.findFirst({ where: (j, { eq }) => eq(j.id, id), columns: { projectId: true } }))
      ?.projectId ?? null;
  const opener = await socketOpener(
    c,
    url.searchParams.get("ticket"),
    (ticket) => stub.redeemTicket(ticket),
    jobProject,
  );
  if (opener instanceof Response) return opener;
  if (opener.projectId) {
    const projectId = opener.projectId;
    const row = await c
      .get("db")
      .query.jobs.findFirst({ where: (j, { and, eq }) => and(eq(j.id, id), eq(j.projectId, projectId)) });
    if (!row) throw new AppError("not_found", `job ${id} not found`);
  }
  url.searchParams.delete("ticket");
  return upgradeThrough(stub, c, url, opener);
});
