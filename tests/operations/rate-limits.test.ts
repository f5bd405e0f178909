import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus, ORIGIN } from "../client";
import { call, createTenant, insertKey, instanceAdmin } from "../helpers";

const STANDARD_PER_MINUTE = 600;
const IP_PER_MINUTE = 120;

/**
 * Sends up to `n` requests, 50 at a time, until one is refused; returns the statuses. The limiter's
 * windows are aligned to the clock, so a run may straddle two: a limit of L per window is sure to
 * refuse one of 2L + 1 requests sent within one window's length.
 */
async function hammer(n: number, send: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let done = 0; done < n && !statuses.includes(429); done += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, n - done) }, send));
    for (const res of batch) {
      statuses.push(res.status);
      await res.body?.cancel();
    }
  }
  return statuses;
}

/** Seconds from `t` to the next full minute: where the limiter's clock-aligned 60 s window ends. */
const toNextMinute = (t: number) => Math.ceil((60_000 - (t % 60_000)) / 1000);

/**
 * Sends one request that must be refused and checks that `Retry-After` and the `RateLimit` reset are
 * the seconds left in the limiter's current window, not the whole period.
 */
async function expectRetryAtWindowEnd(policy: string, send: () => ReturnType<typeof call>) {
  const before = Date.now();
  const refused = await send();
  const after = Date.now();
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get("retry-after"));
  const bounds = [toNextMinute(before), toNextMinute(after)];
  expect(retryAfter).toBeGreaterThanOrEqual(Math.min(...bounds));
  expect(retryAfter).toBeLessThanOrEqual(Math.max(...bounds));
  expect(refused.headers.get("ratelimit")).toBe(`"${policy}";r=0;t=${retryAfter}`);
  return refused;
}

describe("rate limits", { timeout: 120_000 }, () => {
  it("answers 429 with Retry-After, RateLimit-Policy and RateLimit to one key past its plan, and not to another key", async () => {
    const admin = await instanceAdmin();
    const tenant = await createTenant(admin);
    const hammered = await insertKey(tenant.projectId, ["read"], "standard");
    const { headers } = await expectAnswer(api(hammered).technologies.$get({ query: {} }), 200);
    expect(headers.get("ratelimit-policy")).toBe(`"key-standard";q=${STANDARD_PER_MINUTE};w=60`);
    const statuses = await hammer(2 * STANDARD_PER_MINUTE + 1, () =>
      exports.default.fetch(
        new Request(`${ORIGIN}/api/v1/job-types`, { headers: { authorization: `Bearer ${hammered}` } }),
      ),
    );
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(STANDARD_PER_MINUTE - 1);
    const refused = await expectRetryAtWindowEnd("key-standard", () =>
      call("GET", "/api/v1/technologies", { key: hammered }),
    );
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    expect(refused.headers.get("ratelimit-policy")).toBe(`"key-standard";q=${STANDARD_PER_MINUTE};w=60`);
    await expectStatus(
      api(await insertKey(tenant.projectId, ["read"], "standard")).technologies.$get({ query: {} }),
      200,
    );
  });

  it("limits requests without a key per client IP on the readiness check, and leaves other IPs alone", async () => {
    const probe = (ip: string) =>
      exports.default.fetch(new Request(`${ORIGIN}/api/v1/health`, { headers: { "cf-connecting-ip": ip } }));
    expect(await hammer(2 * IP_PER_MINUTE + 1, () => probe("203.0.113.7"))).toContain(429);
    const refused = await probe("203.0.113.7");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-policy")).toBe(`"ip";q=${IP_PER_MINUTE};w=60`);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await probe("203.0.113.8")).status).toBe(200);
    expect(
      (await exports.default.fetch(`${ORIGIN}/health/ready`, { headers: { "cf-connecting-ip": "203.0.113.7" } }))
        .status,
    ).toBe(429);
  });

  it("answers 429 to every request from an IP past its failed sign-ins, even with a valid key", async () => {
    const admin = await instanceAdmin();
    const ip = "198.51.100.23";
    let status = 401;
    for (let i = 0; i < 2 * IP_PER_MINUTE + 1 && status === 401; i++) {
      status = (
        await call("GET", "/api/v1/projects", {
          key: "cc_aaaaaaaa_not-a-real-key",
          headers: { "cf-connecting-ip": ip },
        })
      ).status;
    }
    expect(status).toBe(429);
    await expectRetryAtWindowEnd("ip", () =>
      call("GET", "/api/v1/projects", { key: admin, headers: { "cf-connecting-ip": ip } }),
    );
    expect(
      (await call("GET", "/api/v1/projects", { key: admin, headers: { "cf-connecting-ip": "198.51.100.24" } })).status,
    ).toBe(200);
  });

  it("lets an instance admin give a key a larger plan, and refuses that to a project admin", async () => {
    const admin = await instanceAdmin();
    const tenant = await createTenant(admin);
    const created = await expectStatus(
      api(admin).keys.$post({
        json: { name: "bench", scopes: ["read"], projectId: tenant.projectId, plan: "service" },
      }),
      201,
    );
    expect(created.key.plan).toBe("service");
    const { headers } = await expectAnswer(api(created.secret).technologies.$get({ query: {} }), 200);
    expect(headers.get("ratelimit-policy")).toBe(`"key-service";q=60000;w=60`);
    await expectFailure(
      api(tenant.admin).keys.$post({ json: { name: "more", scopes: ["read"], plan: "high" } }),
      403,
      "forbidden",
    );
  });
});
