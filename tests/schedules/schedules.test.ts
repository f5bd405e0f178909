import { describe, expect, it } from "vitest";
import { auditOf, call, createRepository, createTenant, instanceAdmin, type Page, uniq } from "../helpers";
import { createSchedule, type Preview, readSchedule, type ScheduleRow } from "./schedule-helpers";

const admin = await instanceAdmin();

describe("schedules: create, read, update, delete", () => {
  it("creates a cron schedule with 201, Location, ETag and its next run", async () => {
    const t = await createTenant(admin);
    const res = await call<ScheduleRow>("POST", "/api/v1/schedules", {
      key: t.write,
      body: {
        name: "  Nightly radar  ",
        frequency: "cron",
        cronExpression: " */5   *  * * * ",
        timezone: "Europe/Berlin",
        jobType: "repositories.analyse_all",
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/schedules/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.body).toMatchObject({
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
    expect(res.body.id).toMatch(/^sch_/);
    const next = Date.parse(res.body.nextRunAt ?? "");
    expect(next).toBeGreaterThan(Date.now());
    expect(next - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(await readSchedule(t.read, res.body.id)).toEqual(res.body);
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
    const ids = async (q: string) => {
      const res = await call<Page<ScheduleRow>>("GET", `/api/v1/schedules?${q}`, { key: t.read });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return { ids: res.body.data.map((s) => s.id), total: res.body.total };
    };
    expect(await ids("")).toEqual({ ids: [a.id, b.id, c.id], total: 3 });
    expect(await ids("enabled=false")).toEqual({ ids: [b.id], total: 1 });
    expect(await ids("enabled=true&jobType=test.steps")).toEqual({ ids: [a.id], total: 1 });
    expect(await ids("limit=2&page=2")).toEqual({ ids: [c.id], total: 3 });
    expect(b.nextRunAt).toBeNull();
  });

  it("patches timing options, keeps the others, recomputes the next run and bumps the version", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { frequency: "daily", cronExpression: undefined, hour: 6, minute: 15 });
    const res = await call<ScheduleRow>("PATCH", `/api/v1/schedules/${s.id}`, {
      key: t.write,
      body: { hour: 22, timezone: "Asia/Tokyo" },
      headers: { "if-match": '"1"' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get("etag")).toBe('"2"');
    expect(res.body).toMatchObject({ cronExpression: "15 22 * * *", timezone: "Asia/Tokyo", version: 2 });
    expect(new Date(res.body.nextRunAt ?? "").getUTCHours()).toBe(13);
    const audit = await auditOf(t.admin, s.id);
    expect(audit[0]).toMatchObject({ action: "update", after: expect.objectContaining({ timezone: "Asia/Tokyo" }) });
  });

  it("switches frequency from a named one to cron and back", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { frequency: "hourly", cronExpression: undefined, minute: 5 });
    const toCron = await call<ScheduleRow>("PATCH", `/api/v1/schedules/${s.id}`, {
      key: t.write,
      body: { frequency: "cron", cronExpression: "0 12 * * 1-5" },
    });
    expect(toCron.body).toMatchObject({ frequency: "cron", cronExpression: "0 12 * * 1-5" });
    const toMonthly = await call<ScheduleRow>("PATCH", `/api/v1/schedules/${s.id}`, {
      key: t.write,
      body: { frequency: "monthly", dayOfMonth: 31 },
    });
    expect(toMonthly.body).toMatchObject({ frequency: "monthly", cronExpression: "0 0 31 * *", version: 3 });
  });

  it("answers 409 with the current version for a stale If-Match", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    await call("PATCH", `/api/v1/schedules/${s.id}`, { key: t.write, body: { name: uniq("renamed") } });
    const res = await call<{ error: { code: string; details: unknown } }>("PATCH", `/api/v1/schedules/${s.id}`, {
      key: t.write,
      body: { name: uniq("lost") },
      headers: { "if-match": '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ expectedVersion: 1, currentVersion: 2 });
  });

  it("deletes a schedule with 204, then answers 404 for it", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    expect((await call("DELETE", `/api/v1/schedules/${s.id}`, { key: t.write })).status).toBe(204);
    expect((await call("GET", `/api/v1/schedules/${s.id}`, { key: t.read })).status).toBe(404);
    expect((await auditOf(t.admin, s.id)).map((a) => a.action)).toEqual(["delete", "create"]);
  });

  it("enables and disables idempotently, recording each change once", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write);
    const off = await call<ScheduleRow>("POST", `/api/v1/schedules/${s.id}/disable`, { key: t.write });
    const again = await call<ScheduleRow>("POST", `/api/v1/schedules/${s.id}/disable`, { key: t.write });
    expect(off.body).toMatchObject({ enabled: false, nextRunAt: null, version: 2 });
    expect(again.body.version).toBe(2);
    const on = await call<ScheduleRow>("POST", `/api/v1/schedules/${s.id}/enable`, { key: t.write });
    expect(on.body).toMatchObject({ enabled: true, nextRunAt: s.nextRunAt, version: 3 });
    expect((await auditOf(t.admin, s.id)).map((a) => a.action)).toEqual(["update", "update", "create"]);
  });
});

describe("schedule preview", () => {
  it("gives the next 10 runs of a schedule in its timezone with a description", async () => {
    const t = await createTenant(admin);
    const s = await createSchedule(t.write, { cronExpression: "*/5 * * * *", timezone: "Europe/Berlin" });
    const res = await call<Preview>("GET", `/api/v1/schedules/${s.id}/preview`, { key: t.read });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      description: "Every 5 minutes (Europe/Berlin)",
      cronExpression: "*/5 * * * *",
      timezone: "Europe/Berlin",
    });
    expect(res.body.nextRuns).toHaveLength(10);
    const times = res.body.nextRuns.map((r) => Date.parse(r));
    for (const [i, r] of res.body.nextRuns.entries()) {
      expect(r).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d[05]:00\+0[12]:00$/);
      if (i > 0) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBe(5 * 60_000);
    }
  });

  it("previews timing fields as they are typed, without saving anything", async () => {
    const t = await createTenant(admin);
    const q = "frequency=weekly&dayOfWeek=1&hour=9&minute=30&timezone=America/New_York";
    const res = await call<Preview>("GET", `/api/v1/schedules/preview?${q}`, { key: t.read });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.description).toBe("At 09:30, only on Monday (America/New_York)");
    expect(res.body.nextRuns).toHaveLength(10);
    expect(res.body.nextRuns.every((r) => /T09:30:00-0[45]:00$/.test(r))).toBe(true);
    const list = await call<Page>("GET", "/api/v1/schedules", { key: t.read });
    expect(list.body.total).toBe(0);
  });

  it("previews a once schedule as its single run", async () => {
    const t = await createTenant(admin);
    const res = await call<Preview>(
      "GET",
      "/api/v1/schedules/preview?frequency=once&runAt=2099-07-01T12:00:00Z&timezone=Asia/Kolkata",
      { key: t.read },
    );
    expect(res.body).toMatchObject({
      description: "Once, at 2099-07-01T17:30:00+05:30",
      nextRuns: ["2099-07-01T17:30:00+05:30"],
    });
  });
});
