import { createMiddleware } from "hono/factory";
import { COMMON_SECURITY_HEADERS, DATA_POLICY, HSTS, inlineScripts, pagePolicy } from "../../shared/csp";
import type { AppEnv } from "../env";

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let bin = "";
  for (const b of digest) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The policy of each page body seen, so a page is hashed once per isolate. */
const pagePolicies = new Map<string, string>();

/** The API reference, whose bundle probes `eval` (see `pagePolicy`). */
const REFERENCE_PATH = "/api/docs";

async function policyOf(html: string, path: string): Promise<string> {
  const cacheKey = `${path === REFERENCE_PATH}:${html}`;
  const known = pagePolicies.get(cacheKey);
  if (known) return known;
  const hashes = await Promise.all(inlineScripts(html).map(sha256Base64));
  const policy = pagePolicy(hashes, { allowEval: path === REFERENCE_PATH });
  if (pagePolicies.size > 16) pagePolicies.clear();
  pagePolicies.set(cacheKey, policy);
  return policy;
}

/**
 * Security headers on every answer the Worker gives: `nosniff`, a referrer policy, no framing,
 * HSTS when `ENVIRONMENT` is production, and a Content-Security-Policy: pages the Worker answers
 * (the API reference, the dashboard's fallback) get the page policy with their own inline
 * scripts' hashes, everything else a policy that loads nothing. WebSocket upgrades pass untouched.
 */
export function securityHeaders() {
  return createMiddleware<AppEnv>(async function securityHeaders(c, next) {
    await next();
    if (c.res.status === 101 || c.res.webSocket) return;
    const html = (c.res.headers.get("content-type") ?? "").includes("text/html");
    const body = html ? await c.res.text() : c.res.body;
    const res = new Response(body, c.res);
    for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) res.headers.set(name, value);
    if (c.env.ENVIRONMENT === "production") res.headers.set("Strict-Transport-Security", HSTS);
    res.headers.set(
      "Content-Security-Policy",
      typeof body === "string" ? await policyOf(body, c.req.path) : DATA_POLICY,
    );
    c.res = undefined;
    c.res = res;
  });
}
