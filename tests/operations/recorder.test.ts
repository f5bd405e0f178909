import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { count, flushMetrics, histogram } from "../../worker/features/metrics/recorder";
import type { Family } from "../../worker/features/metrics/registry";

const latency: Family = { name: "test_recorder_seconds", type: "histogram", help: "test" };
const events: Family = { name: "test_recorder_events_total", type: "counter", help: "test" };

/** What D1 holds for the series whose name starts with `prefix`. */
async function rolledUp(prefix: string): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare("select series, value from metric_counters where series like ?")
    .bind(`${prefix}%`)
    .all<{ series: string; value: number }>();
  return Object.fromEntries(results.map((r) => [r.series, r.value]));
}

describe("metrics recorder", () => {
  it("rolls a histogram's observations up into cumulative buckets, sum and count", async () => {
    const series = histogram(latency, { route: "/r" }, [0.01, 0.1, 1]);
    for (const seconds of [0.004, 0.01, 0.05, 3]) series.observe(seconds);
    await flushMetrics(env.DB);
    expect(await rolledUp("test_recorder_seconds")).toEqual({
      'test_recorder_seconds_bucket{route="/r",le="0.01"}': 2,
      'test_recorder_seconds_bucket{route="/r",le="0.1"}': 3,
      'test_recorder_seconds_bucket{route="/r",le="1"}': 3,
      'test_recorder_seconds_bucket{route="/r",le="+Inf"}': 4,
      'test_recorder_seconds_sum{route="/r"}': 3.064,
      'test_recorder_seconds_count{route="/r"}': 4,
    });
  });

  it("adds each flush's counts to what D1 holds, and a flush with nothing new writes nothing", async () => {
    count(events, { kind: "a" }, 2);
    count(events, { kind: "b" });
    await flushMetrics(env.DB);
    count(events, { kind: "a" });
    await flushMetrics(env.DB);
    await flushMetrics(env.DB);
    expect(await rolledUp("test_recorder_events_total")).toEqual({
      'test_recorder_events_total{kind="a"}': 3,
      'test_recorder_events_total{kind="b"}': 1,
    });
  });
});
