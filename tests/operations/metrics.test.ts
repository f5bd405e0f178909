import { exports } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus, ORIGIN } from "../client";
import { fetchWithEnv } from "../env-override";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook, deliver, deliveryRow, emitEvent, fakeReceiver } from "../webhooks/webhook-helpers";
import { sampleOf, scrape, TOKEN } from "./metrics-scrape";

let t: Tenant;
const rx = fakeReceiver();
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});
afterAll(() => rx.restore());

describe("GET /metrics", () => {
  it("answers 401 without the metrics token or with another, and 404 when no token is set", async () => {
    expect((await call("GET", "/metrics")).status).toBe(401);
    const wrong = await exports.default.fetch(`${ORIGIN}/metrics`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: "unauthorized" } });
    const off = await fetchWithEnv(
      "/metrics",
      { METRICS_TOKEN: undefined },
      { headers: { authorization: `Bearer ${TOKEN}` } },
    );
    expect(off.status).toBe(404);
  });

  it("counts requests by route template, method and status class, with a latency histogram", async () => {
    const route = 'route="/api/v1/technologies/:id",method="GET"';
    const before = await scrape();
    for (let i = 0; i < 3; i++) await call("GET", "/api/v1/technologies/tech_missing", { key: t.read });
    const after = await scrape();
    const requests = `commandcenter_http_requests_total{${route},status="4xx"}`;
    expect(sampleOf(after, requests) - sampleOf(before, requests)).toBe(3);
    const histogram = `commandcenter_http_request_duration_seconds_count{${route}}`;
    expect(sampleOf(after, histogram) - sampleOf(before, histogram)).toBe(3);
    expect(after).toContain(`commandcenter_http_request_duration_seconds_bucket{${route},le="+Inf"}`);
    expect(after).toContain("# TYPE commandcenter_http_requests_total counter");
  });

  it("labels each answer with the route that answered, not middleware registered after it", async () => {
    const series = {
      ping: 'commandcenter_http_requests_total{route="/api/v1/ping",method="GET",status="2xx"}',
      list: 'commandcenter_http_requests_total{route="/api/v1/technologies",method="GET",status="2xx"}',
      unknown: 'commandcenter_http_requests_total{route="unmatched",method="GET",status="4xx"}',
      wildcard: 'commandcenter_http_requests_total{route="/api/v1/*",method="GET",status="2xx"}',
    };
    const before = await scrape();
    await call("GET", "/api/v1/ping");
    await call("GET", "/api/v1/technologies", { key: t.read });
    await call("GET", "/api/v1/no-such-route", { key: t.read });
    const after = await scrape();
    const moved = (name: keyof typeof series) => sampleOf(after, series[name]) - sampleOf(before, series[name]);
    expect([moved("ping"), moved("list"), moved("unknown"), moved("wildcard")]).toEqual([1, 1, 1, 0]);
  });

  it("counts a method it does not know as other, so clients cannot mint label values", async () => {
    const series = 'commandcenter_http_requests_total{route="unmatched",method="other",status="4xx"}';
    const before = await scrape();
    for (const method of ["PROPFIND", "MKCOL"]) expect((await call(method, "/api/v1/ping")).status).toBe(404);
    const after = await scrape();
    expect(sampleOf(after, series) - sampleOf(before, series)).toBe(2);
    expect(after).not.toContain('method="MKCOL"');
  });

  it("records no HTTP request while the METRICS setting is off, and records again once it is not", async () => {
    // Through one module instance of the Worker throughout: its counts reach D1 before its scrape.
    const scrapeHere = async () =>
      (await fetchWithEnv("/metrics", {}, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const read = (METRICS: string) =>
      fetchWithEnv(
        "/api/v1/technologies/tech_missing",
        { METRICS },
        { headers: { authorization: `Bearer ${t.read}` } },
      );
    const series = 'commandcenter_http_requests_total{route="/api/v1/technologies/:id",method="GET",status="4xx"}';
    const before = sampleOf(await scrapeHere(), series);
    for (let i = 0; i < 3; i++) expect((await read("off")).status).toBe(404);
    expect(sampleOf(await scrapeHere(), series)).toBe(before);
    for (let i = 0; i < 2; i++) expect((await read("on")).status).toBe(404);
    expect(sampleOf(await scrapeHere(), series)).toBe(before + 2);
  });

  it("moves the job, delivery, search and rate-limit families as the system works", async () => {
    const before = await scrape();
    await expectStatus(api(t.write).jobs.$post({ json: { type: "system.probe", params: {} } }), 202);
    await createWebhook(t.write, { url: rx.url(), eventPatterns: ["metrics.check"] });
    const [d] = await emitEvent(t.projectId, "metrics.check");
    if (!d) throw new Error("no delivery row");
    await deliver(d.id);
    expect((await deliveryRow(d.id)).status).toBe("delivered");
    await expectStatus(api(t.read).knowledge.search.$get({ query: { q: "edge", mode: "keyword" } }), 200);
    let status = 401;
    for (let i = 0; i < 300 && status === 401; i++) {
      status = (
        await call("GET", "/api/v1/projects", {
          key: "cc_aaaaaaaa_not-a-real-key",
          headers: { "cf-connecting-ip": "192.0.2.99" },
        })
      ).status;
    }
    expect(status).toBe(429);
    const after = await scrape();
    const moved = (series: string) => sampleOf(after, series) - sampleOf(before, series);
    const jobs = after.split("\n").filter((l) => l.startsWith('commandcenter_jobs{type="system.probe"'));
    expect(jobs.reduce((sum, l) => sum + Number(l.split(" ")[1]), 0)).toBeGreaterThanOrEqual(1);
    expect(moved('commandcenter_webhook_deliveries{outcome="delivered"}')).toBe(1);
    expect(moved("commandcenter_webhook_attempt_duration_seconds_count")).toBe(1);
    expect(moved('commandcenter_knowledge_search_duration_seconds_count{mode="keyword"}')).toBe(1);
    expect(moved('commandcenter_rate_limit_rejections_total{policy="ip"}')).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^commandcenter_jobs_queued \d+$/m);
    expect(after).toMatch(/^commandcenter_webhook_backlog \d+$/m);
  });
});
