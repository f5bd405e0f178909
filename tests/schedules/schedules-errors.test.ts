import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createRepository, createTenant, expectError, instanceAdmin, issuePaths } from "../helpers";
import { createSchedule, readSchedule } from "./schedule-helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);
const other = await createTenant(admin);

type ScheduleCreate = InferRequestType<ReturnType<typeof api>["schedules"]["$post"]>["json"];

const post = (body: Partial<ScheduleCreate>, key = t.write) =>
  api(key).schedules.$post({
    json: {
      name: "s",
      frequency: "cron",
      cronExpression: "0 3 * * *",
      jobType: "test.steps",
      jobParams: { steps: 7 },
      ...body,
    },
  });

/** Asserts a 400 whose details name exactly `path`, and returns that issue's message. */
async function refused(res: Parameters<typeof expectFailure>[0], path: string) {
  const body = await expectFailure(res, 400, "validation_failed");
  expect(issuePaths(body)).toEqual([path]);
  return String((body.error.details as { message: string }[])[0]?.message);
}

describe("schedule validation", () => {
  it("refuses a bad cron expression with the cron library's reason", async () => {
    expect(await refused(post({ cronExpression: "61 * * * *" }), "cronExpression")).toContain(
      "Invalid value for minute: 61",
    );
    expect(await refused(post({ cronExpression: "* * * * * *" }), "cronExpression")).toContain("expected 5 fields");
    expect(await refused(post({ cronExpression: "0 0 30 2 *" }), "cronExpression")).toContain("never matches");
    expect(await refused(post({ cronExpression: undefined }), "cronExpression")).toContain("required");
  });

  it("refuses an unknown timezone", async () => {
    expect(await refused(post({ timezone: "Mars/Olympus_Mons" }), "timezone")).toContain("Mars/Olympus_Mons");
    await refused(post({ timezone: "+02:00" }), "timezone");
  });

  it("refuses a once schedule without a time or with a past time", async () => {
    await refused(post({ frequency: "once", cronExpression: undefined }), "runAt");
    await refused(post({ frequency: "once", cronExpression: undefined, runAt: "2020-01-01T00:00:00Z" }), "runAt");
  });

  it("refuses options that the frequency does not use, and out-of-range options", async () => {
    expect(await refused(post({ frequency: "daily", cronExpression: undefined, dayOfWeek: 2 }), "dayOfWeek")).toContain(
      "daily",
    );
    await refused(post({ frequency: "daily", cronExpression: "0 3 * * *" }), "cronExpression");
    await refused(post({ frequency: "hourly", cronExpression: undefined, minute: 60 }), "minute");
  });

  it("refuses an unknown job type and parameters its schema rejects, naming the parameter", async () => {
    await refused(post({ jobType: "no.such.job" }), "jobType");
    await refused(post({ jobParams: { steps: 0 } }), "jobParams.steps");
    await refused(post({ jobType: "repository.analyse", jobParams: {} }), "jobParams.repositoryId");
    await refused(
      post({ jobType: "repositories.analyse_all", jobParams: { everything: true } }),
      "jobParams.everything",
    );
  });

  it("refuses an analysis that would need an uploaded archive", async () => {
    const repo = await createRepository(t.write);
    await refused(
      post({ jobType: "repository.analyse", jobParams: { repositoryId: repo.id, source: "snapshot" } }),
      "jobParams.source",
    );
  });

  it("answers 404 for a repository of another project, as for one that does not exist", async () => {
    const theirs = await createRepository(other.write);
    await expectFailure(
      post({ jobType: "repository.analyse", jobParams: { repositoryId: theirs.id } }),
      404,
      "not_found",
    );
    await expectFailure(
      post({ jobType: "repository.analyse", jobParams: { repositoryId: "repo_nope" } }),
      404,
      "not_found",
    );
  });

  it("refuses a patch whose timing no longer fits together", async () => {
    const s = await createSchedule(t.write, { frequency: "daily", cronExpression: undefined });
    const patch = (json: Partial<ScheduleCreate>) =>
      api(t.write).schedules[":id"].$patch({ param: { id: s.id }, json });
    await refused(patch({ cronExpression: "*/2 * * * *" }), "cronExpression");
    await refused(patch({ frequency: "cron" }), "cronExpression");
    await refused(patch({ jobParams: { steps: -1 } }), "jobParams.steps");
    expect((await readSchedule(t.read, s.id)).version).toBe(1);
  });

  it("answers the preview of bad timing fields with 400 naming them", async () => {
    const preview = api(t.read).schedules.preview;
    await refused(preview.$get({ query: { frequency: "cron", cronExpression: "*/0 * * * *" } }), "cronExpression");
    await refused(preview.$get({ query: { frequency: "daily", timezone: "Nowhere/Land" } }), "timezone");
  });

  it("answers the preview of a frequency outside the enum (a malformed query, sent raw) with 400 naming it", async () => {
    const res = await call("GET", "/api/v1/schedules/preview?frequency=sometimes", { key: t.read });
    expect(issuePaths(expectError(res, 400, "validation_failed"))).toEqual(["frequency"]);
  });
});

describe("schedule conflicts", () => {
  it("refuses a second schedule of the same job at the same times with 409 naming the first", async () => {
    const first = await createSchedule(t.write, { jobParams: { steps: 11 } });
    const body = await expectFailure(post({ jobParams: { steps: 11 } }), 409, "conflict");
    expect(body.error.details).toMatchObject({ conflictingScheduleId: first.id });
    expect(body.error.message).toContain(first.id);
  });

  it("refuses overlapping expressions, naming the first common run", async () => {
    const first = await createSchedule(t.write, { cronExpression: "0 * * * *", jobParams: { steps: 12 } });
    const body = await expectFailure(
      post({ cronExpression: "*/20 * * * *", jobParams: { steps: 12 } }),
      409,
      "conflict",
    );
    const details = body.error.details as { conflictingScheduleId: string; firstCommonRun: string };
    expect(details.conflictingScheduleId).toBe(first.id);
    expect(details.firstCommonRun).toMatch(/T\d\d:00:00\.000Z$/);
  });

  it("compares parameters with their defaults filled in", async () => {
    const repo = await createRepository(t.write);
    await createSchedule(t.write, { jobType: "repository.analyse", jobParams: { repositoryId: repo.id } });
    await expectFailure(
      post({ jobType: "repository.analyse", jobParams: { source: "github", repositoryId: repo.id } }),
      409,
      "conflict",
    );
  });

  it("saves the duplicate when forced", async () => {
    await createSchedule(t.write, { jobParams: { steps: 13 } });
    await expectStatus(post({ jobParams: { steps: 13 }, force: true }), 201);
  });

  it("allows the same job at times that never meet, other parameters, or beside a disabled schedule", async () => {
    await createSchedule(t.write, { cronExpression: "0 9 * * 1", jobParams: { steps: 14 } });
    await expectStatus(post({ cronExpression: "0 9 * * 2", jobParams: { steps: 14 } }), 201);
    await expectStatus(post({ cronExpression: "0 9 * * 1", jobParams: { steps: 15 } }), 201);
    await createSchedule(t.write, { jobParams: { steps: 16 }, enabled: false });
    await expectStatus(post({ jobParams: { steps: 16 } }), 201);
  });

  it("refuses enabling or patching into a conflict unless forced", async () => {
    const first = await createSchedule(t.write, { jobParams: { steps: 17 } });
    const second = await createSchedule(t.write, { jobParams: { steps: 17 }, enabled: false });
    const enable = api(t.write).schedules[":id"].enable;
    await expectFailure(enable.$post({ param: { id: second.id }, query: {} }), 409, "conflict");
    const forced = await expectStatus(enable.$post({ param: { id: second.id }, query: { force: "true" } }), 200);
    expect(forced.enabled).toBe(true);
    const third = await createSchedule(t.write, { cronExpression: "0 4 * * *", jobParams: { steps: 17 } });
    const patch = (json: Partial<ScheduleCreate>) =>
      api(t.write).schedules[":id"].$patch({ param: { id: third.id }, json });
    const refusedPatch = await expectFailure(patch({ cronExpression: "0 3 * * *" }), 409, "conflict");
    expect([first.id, second.id]).toContain(
      (refusedPatch.error.details as { conflictingScheduleId: string }).conflictingScheduleId,
    );
    await expectStatus(patch({ cronExpression: "0 3 * * *", force: true }), 200);
  });
});

describe("schedule isolation", () => {
  it("answers 404 on every path for another project's schedule and leaves it out of lists", async () => {
    const theirs = await createSchedule(other.write);
    const param = { id: theirs.id };
    const reader = api(t.read).schedules[":id"];
    const writer = api(t.write).schedules[":id"];
    const attempts = [
      reader.$get({ param }),
      reader.preview.$get({ param }),
      writer.$patch({ param, json: { name: "mine now" } }),
      writer.enable.$post({ param, query: {} }),
      writer.disable.$post({ param }),
      writer.run.$post({ param }),
      writer.$delete({ param }),
    ];
    for (const res of attempts) await expectFailure(res, 404, "not_found");
    const list = await expectStatus(api(t.read).schedules.$get({ query: { limit: 100 } }), 200);
    expect(list.data.map((s) => s.id)).not.toContain(theirs.id);
    expect(list.data.every((s) => s.projectId === t.projectId)).toBe(true);
    expect(await readSchedule(other.read, theirs.id)).toMatchObject({ name: theirs.name, enabled: true, runCount: 0 });
  });

  it("needs a key", async () => {
    await expectFailure(api().schedules.$get({ query: {} }), 401, "unauthorized");
  });
});
