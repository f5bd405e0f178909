import { beforeAll, describe, expect, it } from "vitest";
import { backoffMs } from "../../durable-objects/job-runner";
import type { JobView } from "../../durable-objects/job-runner.protocol";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { alarmOf, fire, jobOf, makeDue, postJob, rowOf, uniqueGate } from "./job-harness";
import { arrival, failuresLeft, gate } from "./test-job-types";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const retry = (id: string) => call<JobView>("POST", `/api/v1/jobs/${id}/retry`, { key: t.write });

describe("delayed start", () => {
  it("schedules a job given delaySeconds and runs it only once its time has come", async () => {
    const before = Date.now();
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 2 }, delaySeconds: 600 });
    expect(job.status).toBe("scheduled");
    const runAt = Date.parse(job.runAt ?? "");
    expect(runAt - before).toBeGreaterThanOrEqual(600_000);
    expect(runAt - Date.now()).toBeLessThanOrEqual(600_000);
    expect(await alarmOf(job.id)).toBe(runAt);

    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "scheduled", attempt: 0, startedAt: null });
    expect(await alarmOf(job.id)).toBe(runAt);

    await makeDue(job.id);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1, result: { steps: 2 } });
    expect((await rowOf(job.id))?.status).toBe("completed");
  });

  it("schedules a job for its runAt time and keeps it waiting when the alarm fires early", async () => {
    const runAt = new Date(Date.now() + 3_600_000).toISOString();
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, runAt });
    expect(job).toMatchObject({ status: "scheduled", runAt });
    expect((await rowOf(job.id))?.status).toBe("scheduled");

    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("scheduled");
    expect(await alarmOf(job.id)).toBe(Date.parse(runAt));

    await makeDue(job.id);
    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("completed");
  });

  it("starts a job whose runAt is already past right away", async () => {
    const job = await postJob(t.write, {
      type: "test.steps",
      params: { steps: 1 },
      runAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(job.status).toBe("pending");
    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("completed");
  });
});

describe("timeout", () => {
  it("ends a job that overruns its timeout as timed_out, naming the timeout", async () => {
    const job = await postJob(t.write, { type: "test.slow", params: {} });
    await fire(job.id);
    const after = await jobOf(t.read, job.id);
    expect(after).toMatchObject({ status: "timed_out", attempt: 1, result: null });
    expect(after.error).toMatch(/timed out after 50 ms/);
    expect(after.finishedAt).not.toBeNull();
    expect((await rowOf(job.id))?.status).toBe("timed_out");
  });
});

describe("retries with backoff", () => {
  it("retries a failing job after 5 s, then 10 s, and completes it on the third attempt", async () => {
    const key = crypto.randomUUID();
    failuresLeft.set(key, 2);
    const job = await postJob(t.write, { type: "test.flaky", params: { key } });

    await fire(job.id);
    const first = await jobOf(t.read, job.id);
    expect(first).toMatchObject({ status: "scheduled", attempt: 1, error: "planned failure (2 left)" });
    const wait1 = Date.parse(first.runAt ?? "") - Date.now();
    expect(wait1).toBeGreaterThan(4_000);
    expect(wait1).toBeLessThanOrEqual(5_000);
    expect(await alarmOf(job.id)).toBe(Date.parse(first.runAt ?? ""));

    // The retry waits for its time like any delayed start.
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "scheduled", attempt: 1 });

    await makeDue(job.id);
    await fire(job.id);
    const second = await jobOf(t.read, job.id);
    expect(second).toMatchObject({ status: "scheduled", attempt: 2, error: "planned failure (1 left)" });
    const wait2 = Date.parse(second.runAt ?? "") - Date.now();
    expect(wait2).toBeGreaterThan(9_000);
    expect(wait2).toBeLessThanOrEqual(10_000);

    await makeDue(job.id);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({
      status: "completed",
      attempt: 3,
      result: { attempt: 3 },
      error: null,
    });
  });

  it("doubles the wait after every failed attempt: 5, 10, 20, 40 s", async () => {
    const key = crypto.randomUUID();
    failuresLeft.set(key, 4);
    const job = await postJob(t.write, { type: "test.flaky-patient", params: { key } });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      if (attempt > 1) await makeDue(job.id);
      await fire(job.id);
      const after = await jobOf(t.read, job.id);
      expect(after).toMatchObject({ status: "scheduled", attempt });
      waits.push(Math.ceil((Date.parse(after.runAt ?? "") - Date.now()) / 1_000));
    }
    expect(waits).toEqual([5, 10, 20, 40]);
    await makeDue(job.id);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 5 });
  });

  it("caps the wait between attempts at 10 minutes", () => {
    expect(backoffMs(8)).toBe(600_000);
    expect(backoffMs(30)).toBe(600_000);
  });

  it("fails a job that keeps failing once it has used all its attempts", async () => {
    const key = crypto.randomUUID();
    failuresLeft.set(key, 5);
    const job = await postJob(t.write, { type: "test.flaky", params: { key } });
    await fire(job.id);
    for (let i = 0; i < 2; i++) {
      await makeDue(job.id);
      await fire(job.id);
    }
    const after = await jobOf(t.read, job.id);
    expect(after).toMatchObject({ status: "failed", attempt: 3, maxAttempts: 3, error: "planned failure (3 left)" });
    expect(after.finishedAt).not.toBeNull();
    expect((await rowOf(job.id))?.status).toBe("failed");
    // Nothing else is coming: a stray alarm leaves it failed.
    await fire(job.id).catch(() => undefined);
    expect((await jobOf(t.read, job.id)).attempt).toBe(3);
  });
});

describe("manual retry", () => {
  it("starts a new attempt of a failed job, which then completes", async () => {
    const key = crypto.randomUUID();
    failuresLeft.set(key, 3);
    const job = await postJob(t.write, { type: "test.flaky", params: { key } });
    await fire(job.id);
    for (let i = 0; i < 2; i++) {
      await makeDue(job.id);
      await fire(job.id);
    }
    expect((await jobOf(t.read, job.id)).status).toBe("failed");

    const res = await retry(job.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "pending", error: null, finishedAt: null, attempt: 3 });
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 4, result: { attempt: 4 } });
  });

  it("starts a new attempt of a cancelled job", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    await call("POST", `/api/v1/jobs/${job.id}/cancel`, { key: t.write });
    const res = await retry(job.id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("pending");
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1 });
  });

  it("starts a new attempt of a timed-out job", async () => {
    const g = uniqueGate();
    const stalled = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.stalling", params: { gate: g } });
    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("timed_out");

    stalled.open();
    const res = await retry(job.id);
    expect(res.status).toBe(200);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 2, result: { ok: true } });
  });

  it("refuses to retry a completed job with 409", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    await fire(job.id);
    const res = await retry(job.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: "conflict" } });
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1 });
  });

  it("refuses to retry a running job with 409", async () => {
    const g = uniqueGate();
    const held = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 1 } });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    const res = await retry(job.id);
    expect(res.status).toBe(409);
    held.open();
    await run;
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1 });
  });
});
