import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { ORIGIN } from "../client";

/** The metrics token the test configuration sets. */
export const TOKEN = "test-only-metrics-token";

/** The exposition `/metrics` answers now (asserting the 200 and the content type). */
export async function scrape(): Promise<string> {
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } }),
  );
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  return res.text();
}

/** The value of one series in an exposition (0 when absent). */
export function sampleOf(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
