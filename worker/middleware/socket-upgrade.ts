import type { Context } from "hono";
import type { AppEnv } from "../env";
import { holderIsActive } from "../features/people/ticket-holders";
import { AppError } from "../lib/errors";
import { grantedUpgrade, holderOf, socketCaps } from "../lib/socket-gate";
import { assertUpgrade } from "../lib/websocket";
import { assertScope, principalOf } from "./auth";
import { checkIp, checkKey, clientIp, countSocketCapRefusal, refusalResponse } from "./rate-limit";
import { projectFor } from "./tenant";

/** Who opens a socket: a key (with the project it acts on) or the key a ticket was issued to. */
export interface SocketOpener {
  keyId: string;
  /** Set for a key, which names its project; a ticket's stream already belongs to one. */
  projectId: string | null;
}

/**
 * Authorises a WebSocket upgrade outside the tenant sub-app. With `?ticket=` the client IP is
 * rate-limited, the stream redeems the ticket (once) and the key it was issued to must still be
 * live for the ticket's project (`projectOfTicket`): revoking a key, ending a session or removing
 * the person from the project kills their unused tickets. With an API key, the key's plan is rate-limited
 * and it needs `read`. Answers a 429 response when a limit refuses, throws 401/403/400 otherwise.
 */
export async function socketOpener(
  c: Context<AppEnv>,
  ticket: string | null,
  redeem: (ticket: string) => Promise<string | null>,
  projectOfTicket: () => Promise<string | null>,
): Promise<SocketOpener | Response> {
  if (ticket !== null) {
    assertUpgrade(c.req.header("upgrade"));
    const refusal = await checkIp(c.env, clientIp(c.req.raw.headers));
    if (refusal) return refusalResponse(refusal, c.get("requestId"));
    const keyId = await redeem(ticket);
    if (!keyId) throw new AppError("unauthorized", "invalid or expired ticket");
    const projectId = await projectOfTicket();
    if (!projectId || !(await holderIsActive(c.get("db"), keyId, projectId))) {
      throw new AppError(
        "unauthorized",
        keyId.startsWith("ses_")
          ? "the session this ticket was issued to has ended"
          : "the API key this ticket was issued to has been revoked",
      );
    }
    return { keyId, projectId: null };
  }
  const principal = await principalOf(c.get("db"), c.req.header("authorization"), c.executionCtx);
  assertScope(principal, "read");
  const refusal = await checkKey(c.env, principal);
  if (refusal) return refusalResponse(refusal, c.get("requestId"));
  const projectId = await projectFor(c.get("db"), principal, c.req.header("x-project-id"));
  assertUpgrade(c.req.header("upgrade"));
  return { keyId: holderOf(principal), projectId };
}

/**
 * Hands the upgrade to the stream's Durable Object, carrying the opener's key and the caps; the
 * stream's 429 (a socket cap reached) is counted as a rate-limit refusal.
 */
export async function upgradeThrough(
  stream: { fetch(request: Request): Promise<Response> },
  c: Context<AppEnv>,
  url: URL,
  opener: SocketOpener,
): Promise<Response> {
  const res = await stream.fetch(grantedUpgrade(c.req.raw, url, { keyId: opener.keyId, ...socketCaps(c.env) }));
  if (res.status === 429) countSocketCapRefusal();
  return res;
}
