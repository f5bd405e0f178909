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
 * The headers of a refusal: the binding does not say when its window ends, so `Retry-After` is
 * the window's length, an upper bound.
 */
export function refusalHeaders(p: RatePolicy): Record<string, string> {
  return {
    "Retry-After": String(p.periodSeconds),
    "RateLimit-Policy": policyHeader(p),
    RateLimit: `"${p.name}";r=0;t=${p.periodSeconds}`,
  };
}
