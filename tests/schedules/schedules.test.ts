import type { InferRequestType } from "hono/client";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { auditOf, createRepository, createTenant, instanceAdmin, uniq } from "../helpers";
import { createSchedule, readSchedule } from "./schedule-helpers";

const admin = await instanceAdmin();

type ListQuery = InferRequestType<ReturnType<typeof api>["schedules"]["$get"]>["query"];

describe("schedules: create, read, update, delete", () => {
  it("creates a cron schedule with 201, Location, ETag and its next run", async () => {
    const t = await createTenant(admin);
    const { body, headers } = await expectAnswer(
      api(t.write).schedules.$post({
        json: {
          name: "  Nightly radar  ",
          frequency: "cron",
          cronExpression: " */5   *  * * * ",
          timezone: "Europe/Berlin",
          jobType: "repositories.analyse_all",
        },
      }),
      201,
    );
    expect(headers.get("location")).toBe(`/api/v1/schedules/${body.id}`);
    expect(headers.get("etag")).toBe('"1"');
    expect(body).toMatchObject({
      projectId: t.projectId,
      name: "Nightly radar",
      frequency: "cron",
      cronExpression: "*/5 * * * *",
      timezone: "Europe/Berlin",
      jobType: "repositories.analyse_all",
      jobParams: {},
      enabled: true,
      runCount: 0,
      lastRunAt: null,
      version: 1,
    });
    expect(body.id).toMatch(/^sch_/);
    const next = Date.parse(body.nextRunAt ?? "");
    expect(next).toBeGreaterThan(Date.now());
    expect(next - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(await readSchedule(t.read, body.id)).toEqual(body);
  });

  it("stores the derived expression of each named frequency", async () => {
    const t = await createTenant(admin);
    const weekly = await createSchedule(t.write, {
      frequency: "weekly",
      cronExpression: undefined,
      dayOfWeek: 5,
      hour: 16,
      minute: 30,
      timezone: "America/New_York",
    });
    expect(weekly).toMatchObject({ frequency: "weekly", cronExpression: "30 16 * * 5", runAt: null });
    expect(new Date(weekly.nextRunAt ?? "").getUTCDay()).toBe(5);
    const hourly = await createSchedule(t.write, { frequency: "hourly", cronExpression: undefined, minute: 7 });
    expect(hourly.cronExpression).toBe("7 * * * *");
  });

  it("fills in the job type's parameter defaults", async () => {
    const t = await createTenant(admin);
    const repo = await createRepository(t.write);
    const s = await createSchedule(t.write, { jobType: "repository.analyse", jobParams: { repositoryId: repo.id } });
    expect(s.jobParams).toEqual({ repositoryId: repo.id, source: "github" });
  });

  it("lists the project's schedules with enabled and jobType filters and pagination", async () => {
    const t = await createTenant(admin);
    const a = await createSchedule(t.write);
    const b = await createSchedule(t.write, { enabled: false });
    const c = await createSchedule(t.write, { jobType: "repositories.analyse_all", jobParams: {} });
    const ids = async (query: ListQuery) => {
      const page = await expectStatus(api(t.read).schedules.$get({ query }), 200);
      return { ids: page.data.map((s) => s.id), total: page.total };
    };
    expect(await ids({})).toEqual({ ids: [a.id, b.id, c.id], total: 3 });
    expect(await ids({ enabled: "false" })).toEqual({ ids: [b.id], total: 1 });
    expect(await ids({ enabled: "true", jobType: "test.steps" })).toEqual({ ids: [a.id], total: 1 });
    expect(await ids({ limit: 2, page: 2 })).toEqual({ ids: [c.id], total: 3 });
    expect(b.nextRunAt).toBeNull();
  });

  it("patches timing options, keeps the others, recomputes the next run and bumps the version", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { frequency: "daily", cronExpression: undefined, hour: 6, minute: 15 });
    const { body, headers } = await expectAnswer(
      api(t.write).schedules[":id"].$patch(
        { param: { id: s.id }, json: { hour: 22, timezone: "Asia/Tokyo" } },
        { headers: { "if-match": '"1"' } },
      ),
      200,
    );
    expect(headers.get("etag")).toBe('"2"');
    expect(body).toMatchObject({ cronExpression: "15 22 * * *", timezone: "Asia/Tokyo", version: 2 });
    expect(new Date(body.nextRunAt ?? "").getUTCHours()).toBe(13);
    const audit = await auditOf(t.admin, s.id);
    expect(audit[0]).toMatchObject({ action: "update", after: expect.objectContaining({ timezone: "Asia/Tokyo" }) });
  });

  it("switches frequency from a named one to cron and back", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { frequency: "hourly", cronExpression: undefined, minute: 5 });
    const schedule = api(t.write).schedules[":id"];
    const toCron = await expectStatus(
      schedule.$patch({ param: { id: s.id }, json: { frequency: "cron", cronExpression: "0 12 * * 1-5" } }),
      200,
    );
    expect(toCron).toMatchObject({ frequency: "cron", cronExpression: "0 12 * * 1-5" });
    const toMonthly = await expectStatus(
      schedule.$patch({ param: { id: s.id }, json: { frequency: "monthly", dayOfMonth: 31 } }),
      200,
    );
    expect(toMonthly).toMatchObject({ frequency: "monthly", cronExpression: "0 0 31 * *", version: 3 });
  });

  it("answers 409 with the current version for a stale If-Match", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    const schedule = api(t.write).schedules[":id"];
    await expectStatus(schedule.$patch({ param: { id: s.id }, json: { name: uniq("renamed") } }), 200);
    const stale = await expectFailure(
      schedule.$patch({ param: { id: s.id }, json: { name: uniq("lost") } }, { headers: { "if-match": '"1"' } }),
      409,
      "conflict",
    );
    expect(stale.error.details).toEqual({ expectedVersion: 1, currentVersion: 2 });
  });

  it("deletes a schedule with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    await expectStatus(api(t.write).schedules[":id"].$delete({ param: { id: s.id } }), 204);
    await expectFailure(api(t.read).schedules[":id"].$get({ param: { id: s.id } }), 404, "not_found");
    expect((await auditOf(t.admin, s.id)).map((a) => a.action)).toEqual(["delete", "create"]);
  });

  it("enables and disables idempotently, recording each change once", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    const schedule = api(t.write).schedules[":id"];
    const off = await expectStatus(schedule.disable.$post({ param: { id: s.id } }), 200);
    const again = await expectStatus(schedule.disable.$post({ param: { id: s.id } }), 200);
    expect(off).toMatchObject({ enabled: false, nextRunAt: null, version: 2 });
    expect(again.version).toBe(2);
    const on = await expectStatus(schedule.enable.$post({ param: { id: s.id }, query: {} }), 200);
    expect(on).toMatchObject({ enabled: true, nextRunAt: s.nextRunAt, version: 3 });
    expect((await auditOf(t.admin, s.id)).map((a) => a.action)).toEqual(["update", "update", "create"]);
  });
});

describe("schedule preview", () => {
  it("gives the next 10 runs of a schedule in its timezone with a description", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { cronExpression: "*/5 * * * *", timezone: "Europe/Berlin" });
    const preview = await expectStatus(api(t.read).schedules[":id"].preview.$get({ param: { id: s.id } }), 200);
    expect(preview).toMatchObject({
      description: "Every 5 minutes (Europe/Berlin)",
      cronExpression: "*/5 * * * *",
      timezone: "Europe/Berlin",
    });
    expect(preview.nextRuns).toHaveLength(10);
    const times = preview.nextRuns.map((r) => Date.parse(r));
    for (const [i, r] of preview.nextRuns.entries()) {
      expect(r).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d[05]:00\+0[12]:00$/);
      if (i > 0) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBe(5 * 60_000);
    }
  });

  it("previews timing fields as they are typed, without saving anything", async () => {
    const t = await createTenant(admin);
    const query = { frequency: "weekly", dayOfWeek: 1, hour: 9, minute: 30, timezone: "America/New_York" } as const;
    const preview = await expectStatus(api(t.read).schedules.preview.$get({ query }), 200);
    expect(preview.description).toBe("At 09:30, only on Monday (America/New_York)");
    expect(preview.nextRuns).toHaveLength(10);
    expect(preview.nextRuns.every((r) => /T09:30:00-0[45]:00$/.test(r))).toBe(true);
    const list = await expectStatus(api(t.read).schedules.$get({ query: {} }), 200);
    expect(list.total).toBe(0);
  });

  it("previews a once schedule as its single run", async () => {
    const t = await createTenant(admin);
    const query = { frequency: "once", runAt: "2099-07-01T12:00:00Z", timezone: "Asia/Kolkata" } as const;
    const preview = await expectStatus(api(t.read).schedules.preview.$get({ query }), 200);
    expect(preview).toMatchObject({
      description: "Once, at 2099-07-01T17:30:00+05:30",
      nextRuns: ["2099-07-01T17:30:00+05:30"],
    });
  });
});
