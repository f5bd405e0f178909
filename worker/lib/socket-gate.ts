import type { Principal } from "../env";
import type { ErrorBody } from "./errors";

const AUTHORISED = "x-cc-authorised";
const KEY = "x-cc-key";
const CAPS = "x-cc-socket-caps";

/** Open sockets allowed by default, per key across all its streams and per stream (wrangler.toml vars). */
export const DEFAULT_SOCKET_CAPS = { perKey: 1000, perStream: 5000 } as const;

export { IDLE_CLOSE_CODE, SOCKET_IDLE_MS } from "../../shared/sockets";

/** What the Worker tells a stream's Durable Object about an upgrade it has authorised. */
export interface SocketGrant {
  keyId: string;
  perKey: number;
  perStream: number;
}

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The caps of this deployment: `WS_MAX_SOCKETS_PER_KEY` and `WS_MAX_SOCKETS_PER_STREAM`. */
export function socketCaps(env: Partial<Pick<Env, "WS_MAX_SOCKETS_PER_KEY" | "WS_MAX_SOCKETS_PER_STREAM">>) {
  return {
    perKey: positive(env.WS_MAX_SOCKETS_PER_KEY, DEFAULT_SOCKET_CAPS.perKey),
    perStream: positive(env.WS_MAX_SOCKETS_PER_STREAM, DEFAULT_SOCKET_CAPS.perStream),
  };
}

/** The upgrade as forwarded to the Durable Object: the caller's own `x-cc-*` headers replaced by the grant. */
export function grantedUpgrade(request: Request, url: URL, grant: SocketGrant): Request {
  const headers = new Headers(request.headers);
  for (const name of [AUTHORISED, KEY, CAPS]) headers.delete(name);
  headers.set(AUTHORISED, "1");
  headers.set(KEY, grant.keyId);
  headers.set(CAPS, `${grant.perKey},${grant.perStream}`);
  return new Request(url, { headers });
}

/** The grant on a forwarded upgrade, or null when the Worker did not authorise it. */
export function grantOf(request: Request): SocketGrant | null {
  const keyId = request.headers.get(KEY);
  if (request.headers.get(AUTHORISED) !== "1" || !keyId) return null;
  const [perKey, perStream] = (request.headers.get(CAPS) ?? "").split(",");
  return {
    keyId,
    perKey: positive(perKey, DEFAULT_SOCKET_CAPS.perKey),
    perStream: positive(perStream, DEFAULT_SOCKET_CAPS.perStream),
  };
}

/** The tag a stream gives a key's hibernatable sockets, so it can count them and name their key on close. */
export const keyTag = (keyId: string): string => `key:${keyId}`;

/** The key id among a socket's tags (see `keyTag`), or null. */
export const keyOfTags = (tags: string[]): string | null =>
  tags.find((t) => t.startsWith("key:"))?.slice("key:".length) ?? null;

const refuse = (status: 401 | 429, code: ErrorBody["error"]["code"], message: string) =>
  Response.json({ error: { code, message }, requestId: "" } satisfies ErrorBody, { status });

/** A Durable Object's answer to an upgrade the Worker did not authorise. */
export const unauthorisedUpgrade = (): Response => refuse(401, "unauthorized", "invalid or expired ticket");

/** The refusal of one more socket on a stream that already holds `openHere`, or null when it fits. */
export function streamCapRefusal(grant: SocketGrant, openHere: number): Response | null {
  if (openHere < grant.perStream) return null;
  return refuse(429, "rate_limited", `this stream already has ${grant.perStream} open sockets`);
}

/**
 * Who a ticket remembers and a socket counts against: the key's id, or a signed-in person's session
 * id (`ses_…`), so signing out or disabling the account kills the session's unused tickets.
 */
export const holderOf = (principal: Principal): string =>
  principal.kind === "key" ? principal.keyId : principal.sessionId;

/** The refusal of one more socket of a key that holds `open` across all its streams, its cap being `cap`. */
export const keyCapRefusal = (cap: number, open: number): Response =>
  refuse(
    429,
    "rate_limited",
    `this API key already has ${open} open sockets (its cap is ${cap} across all its streams); close one first`,
  );
