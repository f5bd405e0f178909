import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus, ORIGIN } from "../client";
import { call, createTenant, insertKey, instanceAdmin } from "../helpers";

const STANDARD_PER_MINUTE = 600;
const IP_PER_MINUTE = 120;

/**
 * Sends up to `n` requests, 50 at a time, until one is refused; returns the statuses and when the last
 * batch began. The limiter's windows are aligned to the clock, so a run may straddle two: a limit of L
 * per window is sure to refuse one of 2L + 1 requests sent within one window's length.
 */
async function hammer(n: number, send: () => Promise<Response>): Promise<{ statuses: number[]; lastBatchAt: number }> {
  const statuses: number[] = [];
  let lastBatchAt = Date.now();
  for (let done = 0; done < n && !statuses.includes(429); done += 50) {
    lastBatchAt = Date.now();
    const batch = await Promise.all(Array.from({ length: Math.min(50, n - done) }, send));
    for (const res of batch) {
      statuses.push(res.status);
      await res.body?.cancel();
    }
  }
  return { statuses, lastBatchAt };
}

const windowOf = (t: number) => Math.floor(t / 60_000);

/**
 * Floods until refused, then sends one more request. When the clock-aligned window turned over between
 * the flood's refusal and that request, the limiter has rightly started afresh: flood again (at most
 * three times) rather than fail on the clock.
 */
async function refusedAfterFlood<T extends { status: number }>(
  flood: () => Promise<{ statuses: number[]; lastBatchAt: number }>,
  send: () => Promise<T>,
): Promise<{ statuses: number[]; next: T }> {
  for (let attempt = 1; ; attempt++) {
    const { statuses, lastBatchAt } = await flood();
    const next = await send();
    if (next.status === 429 || attempt === 3 || windowOf(Date.now()) === windowOf(lastBatchAt)) {
      return { statuses, next };
    }
    if ("body" in next && next.body instanceof ReadableStream) await next.body.cancel();
  }
}

/** Seconds from `t` to the next full minute: where the limiter's clock-aligned 60 s window ends. */
const toNextMinute = (t: number) => Math.ceil((60_000 - (t % 60_000)) / 1000);

/**
 * Checks a refused request: `Retry-After` and the `RateLimit` reset are the seconds left in the
 * limiter's current window (taken around `sentAt`), not the whole period.
 */
function expectRetryAtWindowEnd(policy: string, refused: Awaited<ReturnType<typeof call>>, sentAt: [number, number]) {
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get("retry-after"));
  const bounds = sentAt.map(toNextMinute);
  expect(retryAfter).toBeGreaterThanOrEqual(Math.min(...bounds));
  expect(retryAfter).toBeLessThanOrEqual(Math.max(...bounds));
  expect(refused.headers.get("ratelimit")).toBe(`"${policy}";r=0;t=${retryAfter}`);
}

/** Sends one request and returns its answer with the times just before and after it was sent. */
async function timed(send: () => ReturnType<typeof call>) {
  const before = Date.now();
  const res = await send();
  return Object.assign(res, { sentAt: [before, Date.now()] as [number, number] });
}

describe("rate limits", { timeout: 120_000 }, () => {
  it("answers 429 with Retry-After, RateLimit-Policy and RateLimit to one key past its plan, and not to another key", async () => {
    const admin = await instanceAdmin();
    const tenant = await createTenant(admin);
    const hammered = await insertKey(tenant.projectId, ["read"], "standard");
    const { headers } = await expectAnswer(api(hammered).technologies.$get({ query: {} }), 200);
    expect(headers.get("ratelimit-policy")).toBe(`"key-standard";q=${STANDARD_PER_MINUTE};w=60`);
    const { statuses, next: refused } = await refusedAfterFlood(
      () =>
        hammer(2 * STANDARD_PER_MINUTE + 1, () =>
          exports.default.fetch(
            new Request(`${ORIGIN}/api/v1/job-types`, { headers: { authorization: `Bearer ${hammered}` } }),
          ),
        ),
      () => timed(() => call("GET", "/api/v1/technologies", { key: hammered })),
    );
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(STANDARD_PER_MINUTE - 1);
    expectRetryAtWindowEnd("key-standard", refused, refused.sentAt);
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
    const ready = (ip: string) =>
      exports.default.fetch(new Request(`${ORIGIN}/health/ready`, { headers: { "cf-connecting-ip": ip } }));
    const { statuses, next } = await refusedAfterFlood(
      () => hammer(2 * IP_PER_MINUTE + 1, () => probe("203.0.113.7")),
      async () => {
        const [health, readiness] = [await probe("203.0.113.7"), await ready("203.0.113.7")];
        return { status: Math.min(health.status, readiness.status), health, readiness };
      },
    );
    expect(statuses).toContain(429);
    expect(next.health.status).toBe(429);
    expect(next.health.headers.get("ratelimit-policy")).toBe(`"ip";q=${IP_PER_MINUTE};w=60`);
    expect(await next.health.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(next.readiness.status).toBe(429);
    await next.readiness.body?.cancel();
    expect((await probe("203.0.113.8")).status).toBe(200);
  });

  it("answers 429 to every request from an IP past its failed sign-ins, even with a valid key", async () => {
    const admin = await instanceAdmin();
    const ip = "198.51.100.23";
    const failedSignIns = async () => {
      const statuses: number[] = [];
      let lastBatchAt = Date.now();
      while (statuses.length < 2 * IP_PER_MINUTE + 1 && !statuses.includes(429)) {
        lastBatchAt = Date.now();
        const res = await call("GET", "/api/v1/projects", {
          key: "cc_aaaaaaaa_not-a-real-key",
          headers: { "cf-connecting-ip": ip },
        });
        statuses.push(res.status);
      }
      return { statuses, lastBatchAt };
    };
    const { statuses, next: refused } = await refusedAfterFlood(failedSignIns, () =>
      timed(() => call("GET", "/api/v1/projects", { key: admin, headers: { "cf-connecting-ip": ip } })),
    );
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([401]));
    expectRetryAtWindowEnd("ip", refused, refused.sentAt);
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
