import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, issuePaths } from "../helpers";

const a = await createTenant(await instanceAdmin());
const DAY = 24 * 3600 * 1000;
const probe = { type: "system.probe", params: { steps: 1, intervalMs: 0 } };

describe("a job's start time (runAt)", () => {
  it("refuses a start time past the 30-day horizon with 400, as delaySeconds does", async () => {
    for (const runAt of ["9999-12-31T23:59:59.999Z", new Date(Date.now() + 31 * DAY).toISOString()]) {
      const failure = await expectFailure(
        api(a.write).jobs.$post({ json: { ...probe, runAt } }),
        400,
        "validation_failed",
      );
      expect(issuePaths(failure)).toEqual(["runAt"]);
    }
    const page = await expectStatus(api(a.read).jobs.$get({ query: {} }), 200);
    expect(page.total).toBe(0);
  });

  it("schedules a job whose start time is inside the horizon", async () => {
    const runAt = new Date(Date.now() + 29 * DAY).toISOString();
    const job = await expectStatus(api(a.write).jobs.$post({ json: { ...probe, runAt } }), 202);
    expect(job).toMatchObject({ status: "scheduled", runAt });
  });
});
