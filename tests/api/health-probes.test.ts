import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import type { Readiness } from "../../worker/features/health/readiness";
import { ORIGIN } from "../client";
import { fetchWithEnv as fetchWith } from "../env-override";

async function readyBody(res: Response): Promise<Readiness> {
  expect(res.headers.get("content-type")).toContain("application/json");
  return (await res.json()) as Readiness;
}

describe("root health probes", () => {
  it("answers /health/live with JSON and no I/O, without a key", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/health/live`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers /health/ready with every dependency checked and timed", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/health/ready`);
    const body = await readyBody(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.version).toBe(pkg.version);
    expect(body.failing).toEqual([]);
    for (const name of ["database", "durableObject", "queue", "assets"] as const) {
      expect(body.checks[name].ok).toBe(true);
      expect(body.checks[name].latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  it("answers /health like /health/ready", async () => {
    const body = await readyBody(await exports.default.fetch(`${ORIGIN}/health`));
    expect(Object.keys(body.checks).sort()).toEqual(["assets", "database", "durableObject", "queue"]);
  });

  it("answers 503 naming the database when D1 is not bound", async () => {
    const res = await fetchWith("/health/ready", { DB: undefined });
    const body = await readyBody(res);
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["database"]);
    expect(body.checks.database.error).toBe("DB is not bound");
  });

  it("answers 503 naming the Durable Object when its round trip fails", async () => {
    // The job runner's namespace in the event stream's place: a real object that has no `ping`.
    const res = await fetchWith("/health/ready", { EVENTS: env.JOBS });
    const body = await readyBody(res);
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["durableObject"]);
    expect(body.checks.durableObject.ok).toBe(false);
  });

  it("answers 503 naming the queue and the assets when they are not bound", async () => {
    const res = await fetchWith("/health/ready", { WEBHOOK_DELIVERIES: undefined, ASSETS: undefined });
    const body = await readyBody(res);
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["queue", "assets"]);
    expect(body.status).toBe("failing");
  });

  it("answers 503 from /health/ready but 200 from /health/live when everything is broken", async () => {
    const broken = { DB: undefined, EVENTS: undefined, WEBHOOK_DELIVERIES: undefined, ASSETS: undefined };
    expect((await fetchWith("/health/ready", broken)).status).toBe(503);
    expect((await fetchWith("/health/live", broken)).status).toBe(200);
  });

  it("answers unknown paths under /health and /metrics with the JSON 404, not the dashboard", async () => {
    for (const path of ["/health/nope", "/metrics/x", "/healthz/../health/extra"]) {
      const res = await exports.default.fetch(`${ORIGIN}${path}`);
      expect(res.headers.get("content-type"), path).toContain("application/json");
      expect(res.status, path).toBe(404);
    }
  });
});
