import { describe, expect, it } from "vitest";
import { firstCommonRun } from "../../worker/features/schedules/overlap";
import {
  describeTiming,
  isoInZone,
  nextRunAfter,
  nextRuns,
  resolveTiming,
  type Timing,
  type TimingInput,
} from "../../worker/features/schedules/timing";

/** Resolves timing fields the way the API does, failing the test on any issue. */
function timing(input: Partial<TimingInput> & Pick<TimingInput, "frequency">): Timing {
  const resolved = resolveTiming({ timezone: "UTC", ...input });
  if ("issues" in resolved) throw new Error(JSON.stringify(resolved.issues));
  return resolved.timing;
}

/** The next `n` runs after `from`, as wall-clock ISO times with offset in the timing's zone. */
const runs = (t: Timing, from: string, n: number) =>
  nextRuns(t, new Date(from), n).map((d) => isoInZone(d, t.timezone));

describe("next run across daylight-saving changes", () => {
  it("runs a 02:30 daily New York schedule at 03:00 on the spring-forward day, when 02:30 does not exist", () => {
    const t = timing({ frequency: "daily", hour: 2, minute: 30, timezone: "America/New_York" });
    expect(runs(t, "2026-03-06T12:00:00Z", 3)).toEqual([
      "2026-03-07T02:30:00-05:00",
      "2026-03-08T03:00:00-04:00",
      "2026-03-09T02:30:00-04:00",
    ]);
  });

  it("runs a 02:30 daily Berlin schedule at 03:00 on the spring-forward day", () => {
    const t = timing({ frequency: "daily", hour: 2, minute: 30, timezone: "Europe/Berlin" });
    expect(runs(t, "2026-03-27T12:00:00Z", 3)).toEqual([
      "2026-03-28T02:30:00+01:00",
      "2026-03-29T03:00:00+02:00",
      "2026-03-30T02:30:00+02:00",
    ]);
  });

  it("runs a 01:30 daily New York schedule once on the fall-back day, though 01:30 happens twice", () => {
    const t = timing({ frequency: "daily", hour: 1, minute: 30, timezone: "America/New_York" });
    expect(runs(t, "2026-10-30T12:00:00Z", 3)).toEqual([
      "2026-10-31T01:30:00-04:00",
      "2026-11-01T01:30:00-04:00",
      "2026-11-02T01:30:00-05:00",
    ]);
  });

  it("runs a 02:30 daily Berlin schedule once on the fall-back day", () => {
    const t = timing({ frequency: "cron", cronExpression: "30 2 * * *", timezone: "Europe/Berlin" });
    expect(runs(t, "2026-10-23T12:00:00Z", 3)).toEqual([
      "2026-10-24T02:30:00+02:00",
      "2026-10-25T02:30:00+02:00",
      "2026-10-26T02:30:00+01:00",
    ]);
  });

  it("keeps an hourly schedule one real hour apart through both New York changes", () => {
    const t = timing({ frequency: "hourly", timezone: "America/New_York" });
    expect(runs(t, "2026-03-08T06:30:00Z", 2)).toEqual(["2026-03-08T03:00:00-04:00", "2026-03-08T04:00:00-04:00"]);
    expect(runs(t, "2026-11-01T04:30:00Z", 3)).toEqual([
      "2026-11-01T01:00:00-04:00",
      "2026-11-01T01:00:00-05:00",
      "2026-11-01T02:00:00-05:00",
    ]);
  });
});

describe("next run at month ends and in leap years", () => {
  it("skips months without a 31st for a monthly schedule on day 31", () => {
    const t = timing({ frequency: "monthly", dayOfMonth: 31, hour: 9 });
    expect(t.cronExpression).toBe("0 9 31 * *");
    expect(runs(t, "2026-01-01T00:00:00Z", 7)).toEqual([
      "2026-01-31T09:00:00+00:00",
      "2026-03-31T09:00:00+00:00",
      "2026-05-31T09:00:00+00:00",
      "2026-07-31T09:00:00+00:00",
      "2026-08-31T09:00:00+00:00",
      "2026-10-31T09:00:00+00:00",
      "2026-12-31T09:00:00+00:00",
    ]);
  });

  it("runs on the 30th in every month but February", () => {
    const t = timing({ frequency: "monthly", dayOfMonth: 30 });
    const months = nextRuns(t, new Date("2027-12-31T00:00:00Z"), 11).map((d) => d.toISOString().slice(0, 10));
    expect(months).not.toContain("2028-02-29");
    expect(months.slice(0, 3)).toEqual(["2028-01-30", "2028-03-30", "2028-04-30"]);
  });

  it("runs a Feb 29 expression only in leap years, skipping 2100", () => {
    const t = timing({ frequency: "cron", cronExpression: "0 0 29 2 *" });
    expect(runs(t, "2026-01-01T00:00:00Z", 3)).toEqual([
      "2028-02-29T00:00:00+00:00",
      "2032-02-29T00:00:00+00:00",
      "2036-02-29T00:00:00+00:00",
    ]);
    expect(runs(t, "2096-03-01T00:00:00Z", 1)).toEqual(["2104-02-29T00:00:00+00:00"]);
  });

  it("counts a Berlin midnight on Feb 29 in Berlin time, the evening before in UTC", () => {
    const t = timing({ frequency: "cron", cronExpression: "0 0 29 2 *", timezone: "Europe/Berlin" });
    expect(nextRunAfter(t, new Date("2027-06-01T00:00:00Z"))?.toISOString()).toBe("2028-02-28T23:00:00.000Z");
  });
});

describe("named frequencies and descriptions", () => {
  it("derives each named frequency's expression from its options and defaults", () => {
    expect(timing({ frequency: "hourly", minute: 15 }).cronExpression).toBe("15 * * * *");
    expect(timing({ frequency: "daily" }).cronExpression).toBe("0 0 * * *");
    expect(timing({ frequency: "weekly", dayOfWeek: 5, hour: 17, minute: 45 }).cronExpression).toBe("45 17 * * 5");
    expect(timing({ frequency: "monthly", dayOfMonth: 15, hour: 6 }).cronExpression).toBe("0 6 15 * *");
  });

  it("runs a once schedule at its instant and never after", () => {
    const t = timing({ frequency: "once", runAt: "2030-05-01T10:00:00+02:00" });
    expect(t).toMatchObject({ cronExpression: null, runAt: "2030-05-01T08:00:00.000Z" });
    expect(nextRunAfter(t, new Date("2030-01-01T00:00:00Z"))?.toISOString()).toBe("2030-05-01T08:00:00.000Z");
    expect(nextRunAfter(t, new Date("2030-05-01T08:00:00Z"))).toBeNull();
  });

  it("describes an expression in words with its timezone", () => {
    expect(
      describeTiming(timing({ frequency: "cron", cronExpression: "*/5 * * * *", timezone: "Europe/Berlin" })),
    ).toBe("Every 5 minutes (Europe/Berlin)");
    expect(describeTiming(timing({ frequency: "weekly", dayOfWeek: 1, hour: 9 }))).toBe(
      "At 09:00, only on Monday (UTC)",
    );
  });

  it("writes offsets of half-hour and negative zones", () => {
    const at = new Date("2026-01-15T12:00:00Z");
    expect(isoInZone(at, "Asia/Kolkata")).toBe("2026-01-15T17:30:00+05:30");
    expect(isoInZone(at, "America/St_Johns")).toBe("2026-01-15T08:30:00-03:30");
  });
});

describe("overlap between two schedules", () => {
  const from = new Date("2026-01-05T10:07:00Z");

  it("finds the first minute two different expressions share", () => {
    const every5 = timing({ frequency: "cron", cronExpression: "*/5 * * * *" });
    const hourly = timing({ frequency: "hourly" });
    expect(firstCommonRun(every5, hourly, from)?.toISOString()).toBe("2026-01-05T11:00:00.000Z");
  });

  it("finds none between Monday and Tuesday mornings", () => {
    const monday = timing({ frequency: "weekly", dayOfWeek: 1, hour: 9 });
    const tuesday = timing({ frequency: "weekly", dayOfWeek: 2, hour: 9 });
    expect(firstCommonRun(monday, tuesday, from)).toBeNull();
  });

  it("compares instants, not wall clocks, across timezones", () => {
    const berlin9 = timing({ frequency: "daily", hour: 9, timezone: "Europe/Berlin" });
    expect(firstCommonRun(berlin9, timing({ frequency: "daily", hour: 8 }), from)?.toISOString()).toBe(
      "2026-01-06T08:00:00.000Z",
    );
    expect(firstCommonRun(berlin9, timing({ frequency: "daily", hour: 9 }), from)).toBeNull();
  });

  it("finds none between every even and every odd minute, and meets a half-hour zone's :30 at UTC :00", () => {
    const even = timing({ frequency: "cron", cronExpression: "*/2 * * * *" });
    const odd = timing({ frequency: "cron", cronExpression: "1-59/2 * * * *", timezone: "Europe/Berlin" });
    expect(firstCommonRun(even, odd, from)).toBeNull();
    const kolkata = timing({ frequency: "cron", cronExpression: "30 * * * *", timezone: "Asia/Kolkata" });
    expect(firstCommonRun(kolkata, timing({ frequency: "hourly" }), from)?.toISOString()).toBe(
      "2026-01-05T11:00:00.000Z",
    );
  });

  it("matches a once schedule against a recurring one in the same minute", () => {
    const once = timing({ frequency: "once", runAt: "2026-01-20T09:00:30Z" });
    expect(firstCommonRun(once, timing({ frequency: "daily", hour: 9 }), from)?.toISOString()).toBe(
      "2026-01-20T09:00:00.000Z",
    );
    expect(firstCommonRun(once, timing({ frequency: "daily", hour: 10 }), from)).toBeNull();
  });
});
