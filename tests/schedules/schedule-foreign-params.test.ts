import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, uniq } from "../helpers";

const admin = await instanceAdmin();
const a = await createTenant(admin);
const b = await createTenant(admin);

const followFeed = async (key: string) =>
  (
    await expectStatus(
      api(key).knowledge.feeds.$post({ json: { url: `https://feeds.example.test/${uniq("f")}.xml`, poll: false } }),
      201,
    )
  ).feed;

const pollSchedule = (feedId: string) => ({
  name: uniq("poll"),
  frequency: "daily" as const,
  jobType: "knowledge.poll_feed",
  jobParams: { feedId },
  enabled: false,
});

describe("a schedule's job parameters", () => {
  it("refuses another project's feed with 404 and saves nothing", async () => {
    const foreign = await followFeed(b.write);
    await expectFailure(api(a.write).schedules.$post({ json: pollSchedule(foreign.id) }), 404, "not_found");
    const page = await expectStatus(api(a.read).schedules.$get({ query: {} }), 200);
    expect(page.total).toBe(0);
  });

  it("accepts the project's own feed", async () => {
    const own = await followFeed(a.write);
    const schedule = await expectStatus(api(a.write).schedules.$post({ json: pollSchedule(own.id) }), 201);
    expect(schedule.jobParams).toMatchObject({ feedId: own.id });
  });
});
