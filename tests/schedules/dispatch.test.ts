import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { runDueSchedules } from "../../worker/features/schedules/dispatch";
import worker from "../../worker/index";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createSchedule, jobsOf, makeDue, readSchedule } from "./schedule-helpers";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** The `schedule.triggered` events recorded for one schedule. */
async function triggeredEvents(scheduleId: string) {
  const { results } = await env.DB.prepare(
    "select payload, correlation_id from events where subject = 'schedule.triggered' and json_extract(payload, '$.id') = ?",
  )
    .bind(scheduleId)
    .all<{ payload: string; correlation_id: string | null }>();
  return results.map((r) => ({ ...JSON.parse(r.payload), correlationId: r.correlation_id }));
}

describe("the Cron Trigger dispatching due schedules", () => {
  it("creates the job of a due schedule and records the run", async () => {
    const s = await createSchedule(t.write);
    await makeDue(s.id, minutesAgo(1));
    await runDueSchedules(env, new Date());
    const after = await readSchedule(t.read, s.id);
    const jobs = (await jobsOf(t.projectId)).filter((j) => j.id === after.lastJobId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.type).toBe("test.steps");
    expect(after).toMatchObject({ runCount: 1, lastError: null, lastFailureAt: null, enabled: true });
    expect(after.lastRunAt).toEqual(after.lastSuccessAt);
    expect(Date.parse(after.nextRunAt ?? "")).toBeGreaterThan(Date.now());
    const events = await triggeredEvents(s.id);
    expect(events).toEqual([
      expect.objectContaining({ trigger: "cron", jobId: after.lastJobId, ok: true, correlationId: s.id }),
    ]);
  });

  it("dispatches a schedule once when two invocations overlap", async () => {
    const s = await createSchedule(t.write);
    await makeDue(s.id, minutesAgo(1));
    const now = new Date();
    const before = (await jobsOf(t.projectId)).length;
    await Promise.all([runDueSchedules(env, now), runDueSchedules(env, now), runDueSchedules(env, now)]);
    expect((await jobsOf(t.projectId)).length - before).toBe(1);
    expect((await readSchedule(t.read, s.id)).runCount).toBe(1);
    expect(await triggeredEvents(s.id)).toHaveLength(1);
  });

  it("dispatches once when the Worker's scheduled handler runs twice for the same tick", async () => {
    const s = await createSchedule(t.write);
    await makeDue(s.id, minutesAgo(1));
    const before = (await jobsOf(t.projectId)).length;
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" });
    const contexts = [createExecutionContext(), createExecutionContext()];
    await Promise.all(contexts.map((ctx) => worker.scheduled(controller, env, ctx)));
    await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)));
    expect((await jobsOf(t.projectId)).length - before).toBe(1);
    expect((await readSchedule(t.read, s.id)).runCount).toBe(1);
  });

  it("leaves a schedule another invocation has claimed alone", async () => {
    const s = await createSchedule(t.write);
    await makeDue(s.id, minutesAgo(1));
    const claimedUntil = new Date(Date.now() + 60_000).toISOString();
    await env.DB.prepare("update schedules set claimed_until = ? where id = ?").bind(claimedUntil, s.id).run();
    await runDueSchedules(env, new Date());
    expect((await readSchedule(t.read, s.id)).runCount).toBe(0);
  });

  it("runs a schedule once for everything it missed while the Worker was down", async () => {
    const s = await createSchedule(t.write, { cronExpression: "*/5 * * * *" });
    await makeDue(s.id, minutesAgo(3 * 60));
    const before = (await jobsOf(t.projectId)).length;
    const now = new Date();
    await runDueSchedules(env, now);
    await runDueSchedules(env, now);
    expect((await jobsOf(t.projectId)).length - before).toBe(1);
    const after = await readSchedule(t.read, s.id);
    expect(after.runCount).toBe(1);
    const next = Date.parse(after.nextRunAt ?? "");
    expect(next).toBeGreaterThan(now.getTime());
    expect(next - now.getTime()).toBeLessThanOrEqual(5 * 60_000);
    expect(new Date(next).getUTCMinutes() % 5).toBe(0);
  });

  it("disables a once schedule after its run and never runs it again", async () => {
    const runAt = new Date(Date.now() + 3600_000).toISOString();
    const s = await createSchedule(t.write, { frequency: "once", cronExpression: undefined, runAt });
    expect(s.nextRunAt).toBe(runAt);
    await makeDue(s.id, minutesAgo(1));
    await runDueSchedules(env, new Date());
    const after = await readSchedule(t.read, s.id);
    expect(after).toMatchObject({ enabled: false, nextRunAt: null, runCount: 1, version: 2 });
    await runDueSchedules(env, new Date(Date.now() + 2 * 3600_000));
    expect((await readSchedule(t.read, s.id)).runCount).toBe(1);
  });

  it("does not dispatch a disabled schedule, and dispatches it again once enabled", async () => {
    const s = await createSchedule(t.write);
    const schedule = api(t.write).schedules[":id"];
    const disabled = await expectStatus(schedule.disable.$post({ param: { id: s.id } }), 200);
    expect(disabled).toMatchObject({ enabled: false, nextRunAt: null });
    await makeDue(s.id, minutesAgo(1));
    await runDueSchedules(env, new Date());
    expect((await readSchedule(t.read, s.id)).runCount).toBe(0);
    const enabled = await expectStatus(schedule.enable.$post({ param: { id: s.id }, query: {} }), 200);
    expect(enabled.enabled).toBe(true);
    expect(Date.parse(enabled.nextRunAt ?? "")).toBeGreaterThan(Date.now());
    await makeDue(s.id, minutesAgo(1));
    await runDueSchedules(env, new Date());
    expect((await readSchedule(t.read, s.id)).runCount).toBe(1);
  });

  it("records a job that cannot be created as a failed run, and still moves on to the next run", async () => {
    const s = await createSchedule(t.write);
    await env.DB.prepare("update schedules set job_params = ? where id = ?")
      .bind(JSON.stringify({ steps: "many" }), s.id)
      .run();
    await makeDue(s.id, minutesAgo(1));
    await runDueSchedules(env, new Date());
    const after = await readSchedule(t.read, s.id);
    expect(after).toMatchObject({ runCount: 1, lastJobId: null, lastSuccessAt: null });
    expect(after.lastFailureAt).toEqual(after.lastRunAt);
    expect(after.lastError).toContain("params.steps");
    expect(Date.parse(after.nextRunAt ?? "")).toBeGreaterThan(Date.now());
    expect(await triggeredEvents(s.id)).toEqual([expect.objectContaining({ ok: false, jobId: null })]);
  });
});

describe("run now", () => {
  it("starts the job at once with 202, records the run and keeps the next run", async () => {
    const s = await createSchedule(t.write, { jobParams: { steps: 2 }, cronExpression: "0 4 * * *" });
    const { body: job, headers } = await expectAnswer(
      api(t.write).schedules[":id"].run.$post({ param: { id: s.id } }),
      202,
    );
    expect(headers.get("location")).toBe(`/api/v1/jobs/${job.id}`);
    expect(job).toMatchObject({ type: "test.steps", params: { steps: 2 } });
    const after = await readSchedule(t.read, s.id);
    expect(after).toMatchObject({ runCount: 1, lastJobId: job.id, nextRunAt: s.nextRunAt, enabled: true });
    expect(after.lastSuccessAt).not.toBeNull();
    expect(await triggeredEvents(s.id)).toEqual([
      expect.objectContaining({ trigger: "manual", jobId: job.id, scheduledFor: null }),
    ]);
  });

  it("runs a disabled schedule too, without enabling it", async () => {
    const s = await createSchedule(t.write, { enabled: false });
    await expectStatus(api(t.write).schedules[":id"].run.$post({ param: { id: s.id } }), 202);
    expect(await readSchedule(t.read, s.id)).toMatchObject({ enabled: false, runCount: 1, nextRunAt: null });
  });

  it("needs the write scope", async () => {
    const s = await createSchedule(t.write);
    await expectFailure(api(t.read).schedules[":id"].run.$post({ param: { id: s.id } }), 403, "forbidden");
    expect((await readSchedule(t.read, s.id)).runCount).toBe(0);
  });
});
