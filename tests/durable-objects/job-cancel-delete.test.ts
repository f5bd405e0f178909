import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { alarmOf, fire, jobOf, postJob, rowOf, uniqueGate, watch } from "./job-harness";
import { advanceClock } from "./test-clock";
import { arrival, failuresLeft, gate, hasArrived } from "./test-job-types";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const cancelCall = (id: string) => api(t.write).jobs[":id"].cancel.$post({ param: { id } });
const cancel = (id: string) => expectStatus(cancelCall(id), 200);
const removeCall = (id: string) => api(t.write).jobs[":id"].$delete({ param: { id } });
const listedIds = async () =>
  (await expectStatus(api(t.read).jobs.$get({ query: { limit: "100" } }), 200)).data.map((j) => j.id);

describe("cancel", () => {
  it("cancels a pending job at once, and it never runs", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    const cancelled = await cancel(job.id);
    expect(cancelled).toMatchObject({ status: "cancelled", attempt: 0, startedAt: null });
    expect(cancelled.finishedAt).not.toBeNull();
    expect((await rowOf(job.id))?.status).toBe("cancelled");

    await fire(job.id).catch(() => undefined);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "cancelled", attempt: 0 });
  });

  it("cancels a scheduled job at once and disarms its alarm", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 300 });
    expect((await cancel(job.id)).status).toBe("cancelled");
    expect(await alarmOf(job.id)).toBeNull();
    advanceClock(300_000);
    await expect(fire(job.id)).rejects.toThrow(/no alarm armed/);
    expect((await jobOf(t.read, job.id)).status).toBe("cancelled");
  });

  it("cancels a job waiting for a retry", async () => {
    const key = crypto.randomUUID();
    failuresLeft.set(key, 1);
    const job = await postJob(t.write, { type: "test.flaky", params: { key } });
    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("scheduled");
    expect((await cancel(job.id)).status).toBe("cancelled");
    expect(await alarmOf(job.id)).toBeNull();
  });

  it("stops a running job at its next checkpoint: step 2 is never reached", async () => {
    const g = uniqueGate();
    const step1 = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 2 } });
    const run = fire(job.id);
    await arrival(`${g}:1`);

    // Still running until the run reaches its next checkpoint.
    expect((await cancel(job.id)).status).toBe("running");
    expect((await jobOf(t.read, job.id)).status).toBe("running");

    step1.open();
    await run;
    expect(await jobOf(t.read, job.id)).toMatchObject({
      status: "cancelled",
      step: "waiting at step 1",
      progress: 10,
      result: null,
      error: null,
    });
    expect(hasArrived(`${g}:2`)).toBe(false);
    expect((await rowOf(job.id))?.status).toBe("cancelled");
    const watcher = await watch(job.id, { key: t.read });
    const snapshot = await watcher.receive((m) => m.type === "snapshot", "the snapshot");
    const log = snapshot.type === "snapshot" ? snapshot.log.map((l) => l.message) : [];
    expect(log).toContain("cancellation requested; stopping at the next step");
    expect(await watcher.receive((m) => m.type === "end", "the end message")).toMatchObject({ status: "cancelled" });
  });

  it("answers a second cancel with 200 and leaves the job cancelled", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const first = await cancel(job.id);
    const second = await cancel(job.id);
    expect(second).toMatchObject({ status: "cancelled", finishedAt: first.finishedAt });
  });

  it("answers a second cancel of a running job with 200 while it winds down", async () => {
    const g = uniqueGate();
    const step1 = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 2 } });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    await cancel(job.id);
    await cancel(job.id);
    step1.open();
    await run;
    await cancel(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("cancelled");
  });

  it("refuses to cancel a completed job with 409 and keeps its result", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    await fire(job.id);
    await expectFailure(cancelCall(job.id), 409, "conflict");
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", result: { steps: 1 } });
  });

  it("refuses to cancel a failed job with 409", async () => {
    const job = await postJob(t.write, { type: "test.broken", params: {} });
    await fire(job.id);
    await expectFailure(cancelCall(job.id), 409, "conflict");
    expect((await jobOf(t.read, job.id)).status).toBe("failed");
  });
});

describe("delete", () => {
  it("deletes a finished job: 204, then 404 and gone from the list", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    await fire(job.id);
    expect(await listedIds()).toContain(job.id);

    await expectStatus(removeCall(job.id), 204);
    await expectFailure(api(t.read).jobs[":id"].$get({ param: { id: job.id } }), 404, "not_found");
    expect(await listedIds()).not.toContain(job.id);
    expect(await rowOf(job.id)).toBeNull();
    await expectFailure(removeCall(job.id), 404, "not_found");
  });

  it("deletes failed and cancelled jobs too", async () => {
    const failed = await postJob(t.write, { type: "test.broken", params: {} });
    await fire(failed.id);
    const cancelled = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    await cancel(cancelled.id);
    await expectStatus(removeCall(failed.id), 204);
    await expectStatus(removeCall(cancelled.id), 204);
    const ids = await listedIds();
    expect(ids).not.toContain(failed.id);
    expect(ids).not.toContain(cancelled.id);
  });

  it("refuses to delete a pending or scheduled job with 409", async () => {
    const pending = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    const scheduled = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    for (const job of [pending, scheduled]) await expectFailure(removeCall(job.id), 409, "conflict");
    expect((await jobOf(t.read, pending.id)).status).toBe("pending");
    expect((await jobOf(t.read, scheduled.id)).status).toBe("scheduled");
    await fire(pending.id);
    expect((await jobOf(t.read, pending.id)).status).toBe("completed");
  });

  it("refuses to delete a running job with 409, and the job still finishes", async () => {
    const g = uniqueGate();
    const step1 = gate(`${g}:1`);
    const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 1 } });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    await expectFailure(removeCall(job.id), 409, "conflict");
    step1.open();
    await run;
    expect((await jobOf(t.read, job.id)).status).toBe("completed");
    expect(await listedIds()).toContain(job.id);
  });
});
