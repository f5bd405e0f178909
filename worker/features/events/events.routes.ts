import { createRoute } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { createRouter, createTenantRouter, errors, json } from "../../lib/openapi";
import { holderOf } from "../../lib/socket-gate";
import { requireScope } from "../../middleware/auth";
import { socketOpener, upgradeThrough } from "../../middleware/socket-upgrade";
import { WsTicket } from "../jobs/jobs.schema";
import { EventListQuery, EventPage } from "./events.schema";
import { listEvents } from "./events.service";

const streamOf = (env: Env, projectId: string) => env.EVENTS.get(env.EVENTS.idFromName(projectId));

export const eventRoutes = createTenantRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags: ["Events"],
      summary: "The event log in commit order: filter by subject pattern, time, correlation id; replay after an id",
      request: { query: EventListQuery },
      responses: { 200: json(EventPage, "A page of events"), ...errors(400, 401, 403) },
    }),
    async (c) => c.json(await listEvents(tenantDepsOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/ws-ticket",
      tags: ["Events"],
      summary: "A single-use ticket for the live event stream (browsers cannot send headers)",
      middleware: [requireScope("read")] as const,
      responses: { 200: json(WsTicket, "Ticket"), ...errors(401, 403) },
    }),
    async (c) => {
      const projectId = c.get("projectId");
      const issued = await streamOf(c.env, projectId).issueTicket(holderOf(c.get("principal")));
      const ticket = `${projectId}.${issued.ticket}`;
      c.header("Cache-Control", "no-store");
      return c.json({ ticket, expiresAt: issued.expiresAt, url: `/api/v1/events/ws?ticket=${ticket}` }, 200);
    },
  );

/**
 * `GET /api/v1/events/ws?subject=&after=`: the project's live events, mounted outside the tenant
 * sub-app because a ticket is one way in. With an API key the key's project is streamed; with
 * `?ticket=` the project is named in the ticket and its stream redeems it.
 */
export const eventSocketRoutes = createRouter().get("/events/ws", async (c) => {
  const url = new URL(c.req.url);
  const ticket = url.searchParams.get("ticket");
  const [named, secret] = (ticket ?? "").split(".");
  const opener = await socketOpener(
    c,
    ticket,
    async () => {
      if (!named || !secret) return null;
      return streamOf(c.env, named).redeemTicket(secret);
    },
    async () => named ?? null,
  );
  if (opener instanceof Response) return opener;
  const projectId = opener.projectId ?? named;
  if (!projectId) throw new AppError("unauthorized", "invalid or expired ticket");
  url.searchParams.delete("ticket");
  return upgradeThrough(streamOf(c.env, projectId), c, url, opener);
});
