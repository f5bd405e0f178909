import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { KeyPlan } from "../../shared/vocabulary";
import type { AppEnv, Principal } from "../env";
import type { ErrorBody } from "../lib/errors";
import { IP_POLICY, PLAN_POLICIES, policyHeader, type RatePolicy, refusalHeaders, windowEnd } from "../lib/rate-limits";
import type { AuthEnv } from "./auth";

/** Why a request was refused: the policy it went over and the message for the caller. */
export interface Refusal {
  policy: RatePolicy;
  message: string;
}

/**
 * Called with the policy's name for every refusal (the metrics count them); set once where the app
 * is assembled. A stream's socket cap counts as the policy `sockets`.
 */
let onRefusal: (policy: string) => void = () => undefined;

/** Registers what happens on each refusal besides the 429 (counting it). */
export function onRateLimited(listener: (policy: string) => void): void {
  onRefusal = listener;
}

/** Counts a 429 that a stream's Durable Object gave (a socket cap) like the Worker's own refusals. */
export function countSocketCapRefusal(): void {
  onRefusal(SOCKET_CAP_POLICY);
}

/** The policy name under which socket-cap refusals are counted. */
export const SOCKET_CAP_POLICY = "sockets";

/**
 * The client's address as Cloudflare (and `wrangler dev`) reports it. Requests without one come
 * from inside (tests calling the Worker's fetch, service bindings): they have no address to count.
 */
export const clientIp = (headers: Headers): string | null => headers.get("cf-connecting-ip");

/** The 429 answer: the error envelope with `Retry-After`, `RateLimit-Policy` and `RateLimit`. */
export function refusalResponse(refusal: Refusal, requestId: string | undefined): Response {
  onRefusal(refusal.policy.name);
  const body: ErrorBody = { error: { code: "rate_limited", message: refusal.message }, requestId: requestId ?? "" };
  return Response.json(body, { status: 429, headers: refusalHeaders(refusal.policy) });
}

async function allowed(env: Env, policy: RatePolicy, key: string): Promise<boolean> {
  const binding = env[policy.binding];
  if (!binding) return true;
  return (await binding.limit({ key })).success;
}

/** A key's plan; a signed-in person is counted per person on the standard plan. */
const planOf = (principal: Principal): KeyPlan => (principal.kind === "key" ? principal.plan : "standard");

/** Counts one request of a key against its plan; the refusal when over, else null. */
export async function checkKey(env: Env, principal: Principal): Promise<Refusal | null> {
  const policy = PLAN_POLICIES[planOf(principal)];
  if (await allowed(env, policy, principal.keyId ?? `user:${principal.userId}`)) return null;
  return { policy, message: `this API key made more than ${policy.limit} requests in ${policy.periodSeconds} s` };
}

/** Counts one request without a key from an IP; the refusal when over, else null. */
export async function checkIp(env: Env, ip: string | null): Promise<Refusal | null> {
  if (ip === null || (await allowed(env, IP_POLICY, ip))) return null;
  const { limit, periodSeconds } = IP_POLICY;
  return {
    policy: IP_POLICY,
    message: `this address made more than ${limit} requests without a key in ${periodSeconds} s`,
  };
}

/**
 * Per-key rate limit by plan, after `authenticate()`: 429 when over, otherwise the answer carries
 * `RateLimit-Policy`. Exported for every keyed door (REST here, MCP).
 */
export function rateLimitByKey() {
  return createMiddleware<AuthEnv>(async function rateLimitByKey(c, next) {
    const principal = c.get("principal");
    const refusal = await checkKey(c.env, principal);
    if (refusal) return refusalResponse(refusal, c.get("requestId"));
    await next();
    c.header("RateLimit-Policy", policyHeader(PLAN_POLICIES[planOf(principal)]));
  });
}

/** Per-IP rate limit for paths answered without a key (readiness, GitHub's hooks). */
export function rateLimitByIp() {
  return createMiddleware<AppEnv>(async function rateLimitByIp(c, next) {
    const refusal = await checkIp(c.env, clientIp(c.req.raw.headers));
    if (refusal) return refusalResponse(refusal, c.get("requestId"));
    await next();
  });
}

/** IPs over the failed-sign-in limit, until their window ends (per isolate: the limiter decides, this remembers). */
const blocked = new Map<string, number>();
const FAILED_SIGN_IN = "too many failed sign-ins from this address";

/**
 * Failed sign-ins per IP: every 401 counts against the IP policy; an IP over it gets 429 for every
 * request here (valid key or not, so guessing cannot tell) until the limiter's window ends.
 */
export function limitFailedSignIns() {
  return createMiddleware<AppEnv>(async function limitFailedSignIns(c: Context<AppEnv>, next) {
    const ip = clientIp(c.req.raw.headers);
    if (ip === null) return next();
    const until = blocked.get(ip);
    if (until !== undefined) {
      if (until > Date.now())
        return refusalResponse({ policy: IP_POLICY, message: FAILED_SIGN_IN }, c.get("requestId"));
      blocked.delete(ip);
    }
    await next();
    if (c.res.status === 401 && !(await allowed(c.env, IP_POLICY, ip))) {
      if (blocked.size > 10_000) blocked.clear();
      blocked.set(ip, windowEnd(IP_POLICY, Date.now()));
      c.res = undefined;
      c.res = refusalResponse({ policy: IP_POLICY, message: FAILED_SIGN_IN }, c.get("requestId"));
    }
  });
}
