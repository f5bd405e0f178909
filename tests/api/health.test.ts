import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { call, expectError, instanceAdmin } from "../helpers";

describe("health", () => {
  it("answers 200 without a key, with the version and a database round trip", async () => {
    const health = await expectStatus(api().health.$get(), 200);
    expect(health.status).toBe("ok");
    expect(health.version).toBe(pkg.version);
    expect(health.database.ok).toBe(true);
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers ping without a key", async () => {
    expect(await expectStatus(api().ping.$get(), 200)).toEqual({ pong: true });
  });

  it("gives a health answer a generated request id", async () => {
    const { headers } = await expectAnswer(api().health.$get(), 200);
    expect(headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves the OpenAPI document without a key (a document, not a typed route)", async () => {
    const res = await call<{ openapi: string; paths: Record<string, unknown> }>("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toContain("/api/v1/health");
  });
});

describe("unknown paths", () => {
  it("answers an unknown /api/v1 path with the JSON 404 envelope", async () => {
    const admin = await instanceAdmin();
    const res = await call("GET", "/api/v1/no-such-thing", { key: admin });
    const body = expectError(res, 404, "not_found");
    expect(body.error.message).toContain("/api/v1/no-such-thing");
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("answers an unknown /api path outside v1 with the JSON 404 envelope, even without a key", async () => {
    const res = await call("DELETE", "/api/v2/technologies");
    const body = expectError(res, 404, "not_found");
    expect(body.error.message).toBe("no route for DELETE /api/v2/technologies");
  });

  it("answers an unknown /api/v1 path with 404 rather than asking for a key, and a known one with 401", async () => {
    const unknown = await call("GET", "/api/v1/technolgies");
    expect(expectError(unknown, 404, "not_found").error.message).toBe("no route for GET /api/v1/technolgies");
    await expectFailure(api().technologies.$get({ query: {} }), 401, "unauthorized");
    await expectFailure(
      api().technologies[":id"].history.$get({ param: { id: "tech_x" }, query: {} }),
      401,
      "unauthorized",
    );
    expectError(await call("POST", "/api/v1/technologies/tech_x/nowhere"), 404, "not_found");
  });

  it("answers an unknown method on a known path with the JSON 404 envelope", async () => {
    const admin = await instanceAdmin();
    const res = await call("PUT", "/api/v1/projects", { key: admin, body: {} });
    expectError(res, 404, "not_found");
  });
});
