import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "../client";
import { fetchWithEnv } from "../env-override";

const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers }));

describe("security headers", () => {
  it("sends nosniff, a referrer policy, no framing and a load-nothing CSP with API answers", async () => {
    for (const path of ["/api/v1/health", "/api/v1/nothing-here", "/health/live"]) {
      const res = await get(path);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("sends HSTS in production only", async () => {
    expect((await get("/api/v1/health")).headers.get("strict-transport-security")).toBeNull();
    const production = await fetchWithEnv("/api/v1/health", { ENVIRONMENT: "production" });
    expect(production.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("gives the API reference a page policy with its inline scripts' hashes", async () => {
    const res = await get("/api/docs");
    const policy = res.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval'( 'sha256-[A-Za-z0-9+/=]{44}')+;/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(await res.text()).toContain("/vendor/scalar.js");
  });

  it("gives the dashboard fallback page a policy without eval", async () => {
    const res = await get("/technologies/anything", { accept: "text/html" });
    expect(res.headers.get("content-type")).toContain("text/html");
    const policy = res.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+;/);
    expect(policy).not.toContain("unsafe-eval");
  });
});

describe("CORS", () => {
  const preflight = (overrides: Partial<Record<keyof Env, unknown>>, origin: string) =>
    fetchWithEnv("/api/v1/projects", overrides, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization" },
    });

  it("is off by default: no Access-Control headers for any origin", async () => {
    const res = await get("/api/v1/health", { origin: "https://app.example" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight({}, "https://app.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows only the listed origins, without credentials", async () => {
    const settings = { CORS_ALLOWED_ORIGINS: "https://app.example, https://ops.example/" };
    const allowed = await preflight(settings, "https://ops.example");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://ops.example");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await preflight(settings, "https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const simple = await fetchWithEnv("/api/v1/health", settings, { headers: { origin: "https://app.example" } });
    expect(simple.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(simple.headers.get("access-control-expose-headers")).toContain("Retry-After");
  });

  it("answers * for a wildcard setting and never allows credentials with it", async () => {
    const res = await fetchWithEnv(
      "/api/v1/health",
      { CORS_ALLOWED_ORIGINS: "*" },
      { headers: { origin: "https://x.example" } },
    );
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });
});
