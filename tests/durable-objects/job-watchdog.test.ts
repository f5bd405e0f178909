import { beforeAll, describe, expect, it } from "vitest";
import { WATCHDOG_MS } from "../../durable-objects/job-policy";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { alarmOf, fire, jobOf, killInstance, makeDue, postJob, rowOf, uniqueGate, watch } from "./job-harness";
import { testClock } from "./test-clock";
import { released } from "./test-job-types";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

/** Starts a `test.hanging` job and returns once its run hangs; `run` settles when the alarm handler ends. */
async function startHanging(type: "test.hanging" | "test.hanging-retryable") {
  const g = uniqueGate();
  const job = await postJob(t.write, { type, params: { gate: g } });
  const run = fire(job.id).then(
    () => "finished",
    () => "died",
  );
  // Polled through the API: see runHanging for why no promise is shared with the run.
  for (let i = 0; i < 200 && (await jobOf(t.read, job.id)).step !== "hanging"; i++);
  expect((await jobOf(t.read, job.id)).step).toBe("hanging");
  return { job, gate: g, run };
}

describe("dead-run watchdog", () => {
  it("keeps a watchdog alarm armed while a job runs and leaves a live run alone", async () => {
    const { job, gate, run } = await startHanging("test.hanging");
    expect((await jobOf(t.read, job.id)).status).toBe("running");
    expect(await alarmOf(job.id)).toBe(testClock.now() + WATCHDOG_MS);

    await makeDue(job.id);
    await fire(job.id);
    expect((await jobOf(t.read, job.id)).status).toBe("running");
    expect(await alarmOf(job.id)).toBe(testClock.now() + WATCHDOG_MS);

    released.add(gate);
    expect(await run).toBe("finished");
    expect((await jobOf(t.read, job.id)).status).toBe("completed");
  });

  it("fails a job whose run died when it has no attempts left", async () => {
    const { job, run } = await startHanging("test.hanging");
    await killInstance(job.id);
    expect(await run).toBe("died");
    // What the crash leaves behind says `running` …
    expect((await jobOf(t.read, job.id)).status).toBe("running");

    // … until the watchdog alarm fires in the restarted object.
    await fire(job.id);
    const after = await jobOf(t.read, job.id);
    expect(after).toMatchObject({ status: "failed", attempt: 1, error: "the job's run stopped unexpectedly" });
    expect(after.finishedAt).not.toBeNull();
    expect((await rowOf(job.id))?.status).toBe("failed");

    const late = await watch(job.id, { key: t.read });
    const snapshot = await late.receive((m) => m.type === "snapshot", "the snapshot");
    const log = snapshot.type === "snapshot" ? snapshot.log.map((l) => l.message).join("\n") : "";
    expect(log).toMatch(/the run stopped unexpectedly \(last heartbeat 20\d\d-/);
  });

  it("retries a job whose run died when it has attempts left, and the retry completes", async () => {
    const { job, gate, run } = await startHanging("test.hanging-retryable");
    await killInstance(job.id);
    await run;

    await fire(job.id);
    const after = await jobOf(t.read, job.id);
    expect(after).toMatchObject({ status: "scheduled", attempt: 1, error: "the job's run stopped unexpectedly" });
    expect(Date.parse(after.runAt ?? "") - testClock.now()).toBe(5_000);

    released.add(gate);
    await makeDue(job.id);
    await fire(job.id);
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed", attempt: 2, result: { ok: true } });
  });

  it("tells connected watchers when a dead run is failed", async () => {
    const { job, run } = await startHanging("test.hanging");
    await killInstance(job.id);
    await run;
    const watcher = await watch(job.id, { key: t.read });
    await watcher.receive((m) => m.type === "snapshot", "the snapshot");
    await fire(job.id);
    const end = await watcher.receive((m) => m.type === "end", "the end message");
    expect(end).toMatchObject({ status: "failed", error: "the job's run stopped unexpectedly" });
    expect((await watcher.closed()).code).toBe(1000);
  });

  it("cancels a job whose run died at once", async () => {
    const { job, run } = await startHanging("test.hanging");
    await killInstance(job.id);
    await run;
    const cancelled = await expectStatus(api(t.write).jobs[":id"].cancel.$post({ param: { id: job.id } }), 200);
    expect(cancelled.status).toBe("cancelled");
    expect((await rowOf(job.id))?.status).toBe("cancelled");
  });
});
