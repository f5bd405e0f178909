import { beforeAll, describe, expect, it } from "vitest";
import { backoffMs } from "../../durable-objects/job-policy";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { alarmOf, fire, jobOf, makeDue, postJob, rowOf, uniqueGate } from "./job-harness";
import { testClock } from "./test-clock";
import { arrival, failuresLeft, gate } from "./test-job-types";

/** What an unexpected exception leaves on a job (its detail goes to the log). */
const unexpected = /^the job failed unexpectedly \(reference /;

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const retry = (id: string) => api(t.write).jobs[":id"].retry.$post({ param: { id } });
const cancel = (id: string) => expectStatus(api(t.write).jobs[":id"].cancel.$post({ param: { id } }), 200);
/** How long until the job's next attempt, on the test clock. */
const waitOf = (job: { runAt: string | null }) => Date.parse(job.runAt ?? "") - testClock.now();

describe("delayed start", () => {
  it("schedules a job given delaySeconds and runs it only once its time has come", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 2 }, delaySeconds: 600 });
    expect(job.status).toBe("scheduled");
    expect(waitOf(job)).toBe(600_000);
    const runAt = Date.parse(job.runAt ?? "");
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
    const runAt = new Date(testClock.now() + 3_600_000).toISOString();
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
      runAt: new Date(testClock.now() - 60_000).toISOString(),
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
    expect(first).toMatchObject({ status: "scheduled", attempt: 1, error: expect.stringMatching(unexpected) });
    expect(waitOf(first)).toBe(5_000);
    expect(await alarmOf(job.id)).toBe(Date.parse(first.runAt ?? ""));

    // The retry waits for its time like any delayed start.
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "scheduled", attempt: 1 });

    await makeDue(job.id);
    await fire(job.id);
    const second = await jobOf(t.read, job.id);
    expect(second).toMatchObject({ status: "scheduled", attempt: 2, error: expect.stringMatching(unexpected) });
    expect(waitOf(second)).toBe(10_000);

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
      waits.push(waitOf(after) / 1_000);
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
    expect(after).toMatchObject({
      status: "failed",
      attempt: 3,
      maxAttempts: 3,
      error: expect.stringMatching(unexpected),
    });
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

    const retried = await expectStatus(retry(job.id), 200);
    expect(retried).toMatchObject({ status: "pending", error: null, finishedAt: null, attempt: 3 });
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 4, result: { attempt: 4 } });
  });

  it("starts a new attempt of a cancelled job", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    await cancel(job.id);
    expect((await expectStatus(retry(job.id), 200)).status).toBe("pending");
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
    await expectStatus(retry(job.id), 200);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 2, result: { ok: true } });
  });

  it("refuses to retry a completed job with 409", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    await fire(job.id);
    await expectFailure(retry(job.id), 409, "conflict");
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1 });
  });

  it("refuses to retry a running job with 409", async () => {
    const g = uniqueGate();
    const held = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 1 } });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    await expectFailure(retry(job.id), 409, "conflict");
    held.open();
    await run;
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 1 });
  });
});
