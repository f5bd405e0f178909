import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchWithEnv } from "../env-override";

afterEach(() => vi.restoreAllMocks());

const requestLines = (calls: unknown[][]): string[] =>
  calls.map((args) => String(args[0])).filter((line) => line.includes('"msg":"request"'));

describe("request log", () => {
  it("writes one JSON line per request by default", async () => {
    const spy = vi.spyOn(console, "log");
    await fetchWithEnv("/api/v1/ping", {});
    const [line] = requestLines(spy.mock.calls);
    expect(JSON.parse(line ?? "{}")).toMatchObject({ method: "GET", path: "/api/v1/ping", status: 200 });
  });

  it("leaves the line to wrangler when LOG_FORMAT is text (npm start)", async () => {
    const spy = vi.spyOn(console, "log");
    const res = await fetchWithEnv("/api/v1/ping", { LOG_FORMAT: "text" });
    expect(res.status).toBe(200);
    expect(requestLines(spy.mock.calls)).toEqual([]);
  });
});
