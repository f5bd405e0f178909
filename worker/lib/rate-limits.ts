import type { KeyPlan } from "../../shared/vocabulary";

/** One rate-limit policy: its binding, and the numbers that binding is declared with. */
export interface RatePolicy {
  /** The `RateLimit-Policy` name clients see. */
  name: string;
  binding: "RATE_LIMIT_STANDARD" | "RATE_LIMIT_HIGH" | "RATE_LIMIT_SERVICE" | "RATE_LIMIT_IP";
  limit: number;
  periodSeconds: 10 | 60;
}

/** Requests per minute per key, by the key's plan (the numbers of wrangler.toml's `[[ratelimits]]`). */
export const PLAN_POLICIES: Record<KeyPlan, RatePolicy> = {
  standard: { name: "key-standard", binding: "RATE_LIMIT_STANDARD", limit: 600, periodSeconds: 60 },
  high: { name: "key-high", binding: "RATE_LIMIT_HIGH", limit: 6000, periodSeconds: 60 },
  service: { name: "key-service", binding: "RATE_LIMIT_SERVICE", limit: 60000, periodSeconds: 60 },
};

/**
 * Requests per minute per client IP on paths without a key (readiness, GitHub's hooks, socket
 * tickets) and for failed sign-ins.
 */
export const IP_POLICY: RatePolicy = { name: "ip", binding: "RATE_LIMIT_IP", limit: 120, periodSeconds: 60 };

/** The IETF `RateLimit-Policy` field of a policy (draft-ietf-httpapi-ratelimit-headers). */
export const policyHeader = (p: RatePolicy): string => `"${p.name}";q=${p.limit};w=${p.periodSeconds}`;

/**
 * When the limiter's window holding `now` ends (ms since the epoch), taken to be the next multiple
 * of the period. The binding answers only `success`. `wrangler dev`'s simulator counts in
 * `floor(now / period)` buckets, so there this is exact; Cloudflare documents fixed periods (10 or
 * 60 s) but not how its windows are aligned, so in production it is the best estimate available.
 */
export const windowEnd = (p: RatePolicy, now: number): number => {
  const period = p.periodSeconds * 1000;
  return (Math.floor(now / period) + 1) * period;
};

/** Whole seconds from `now` until the window ends, at least 1 (a retry any sooner meets the same window). */
export const secondsLeft = (p: RatePolicy, now: number): number =>
  Math.max(1, Math.ceil((windowEnd(p, now) - now) / 1000));

/**
 * The headers of a refusal at `now`: `Retry-After` and the `RateLimit` reset are the seconds left in
 * the current window, not the whole period. (Cloudflare's limiter counts per location and settles
 * asynchronously, so in production a retry at that time can still meet a 429, with a new Retry-After.)
 */
export function refusalHeaders(p: RatePolicy, now: number = Date.now()): Record<string, string> {
  const left = secondsLeft(p, now);
  return {
    "Retry-After": String(left),
    "RateLimit-Policy": policyHeader(p),
    RateLimit: `"${p.name}";r=0;t=${left}`,
  };
}
