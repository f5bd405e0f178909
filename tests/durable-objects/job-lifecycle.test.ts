import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "../client";
import { call, createTenant, expectError, instanceAdmin, issuePaths, type Tenant } from "../helpers";
import { fire, jobOf, postJob, rowOf } from "./job-harness";
import { failuresLeft } from "./test-job-types";

let admin: string;
let t: Tenant;
beforeAll(async () => {
  admin = await instanceAdmin();
  t = await createTenant(admin);
});
afterEach(() => vi.restoreAllMocks());

type ListQuery = Parameters<ReturnType<typeof api>["jobs"]["$get"]>[0]["query"];
const list = (key: string, query: ListQuery = {}) => expectStatus(api(key).jobs.$get({ query }), 200);

describe("job lifecycle", () => {
  it("runs a job from pending to completed with progress 100, its result and one attempt", async () => {
    const created = await postJob(t.write, { type: "test.steps", params: { steps: 4 } });
    expect(created).toMatchObject({ status: "pending", progress: 0, attempt: 0, startedAt: null, finishedAt: null });
    expect((await jobOf(t.read, created.id)).status).toBe("pending");

    await fire(created.id);

    const job = await jobOf(t.read, created.id);
    expect(job).toMatchObject({
      status: "completed",
      progress: 100,
      step: "done",
      result: { steps: 4 },
      error: null,
      attempt: 1,
    });
    expect(Date.parse(job.startedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(job.createdAt));
    expect(Date.parse(job.finishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(job.startedAt ?? ""));
  });

  it("mirrors the final state into the D1 row that lists read", async () => {
    const created = await postJob(t.write, { type: "test.steps", params: { steps: 2 } });
    expect((await rowOf(created.id))?.status).toBe("pending");
    await fire(created.id);
    const job = await jobOf(t.read, created.id);
    const row = await rowOf(created.id);
    expect(row).toMatchObject({
      status: "completed",
      progress: 100,
      step: "done",
      error: null,
      attempt: 1,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      durationMs: Date.parse(job.finishedAt ?? "") - Date.parse(job.startedAt ?? ""),
    });
    expect(JSON.parse(row?.result ?? "null")).toEqual({ steps: 2 });
    const listed = (await list(t.read, { status: "completed", limit: "100" })).data.find((j) => j.id === created.id);
    expect(listed).toMatchObject({ status: "completed", progress: 100, result: { steps: 2 }, attempt: 1 });
  });

  it("records a permanent failure as failed after one attempt, with its message, without retrying", async () => {
    const created = await postJob(t.write, { type: "test.broken", params: {} });
    await fire(created.id);
    expect(await jobOf(t.read, created.id)).toMatchObject({
      status: "failed",
      attempt: 1,
      error: "the input can never work",
    });
    expect((await rowOf(created.id))?.status).toBe("failed");
  });

  it("shows API clients a generic error with a reference for an unexpected exception, and logs the detail", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const key = crypto.randomUUID();
    failuresLeft.set(key, 1);
    const created = await postJob(t.write, { type: "test.flaky", params: { key } });
    await fire(created.id);

    const job = await jobOf(t.read, created.id);
    expect(job.error).toMatch(/^the job failed unexpectedly \(reference [0-9a-f-]{36}\)$/);
    expect(job.error).not.toContain("planned failure");
    expect((await rowOf(created.id))?.error).toBe(job.error);
    const reference = job.error?.match(/reference ([0-9a-f-]{36})/)?.[1];
    const lines = logged.mock.calls.map((args) => String(args[0]));
    const detail = lines.map((l) => JSON.parse(l)).find((l) => l.reference === reference);
    expect(detail).toMatchObject({ level: "error", jobId: created.id, error: "planned failure (1 left)" });
    const events = await env.DB.prepare("select payload from events where correlation_id = ?").bind(created.id).all();
    expect(JSON.stringify(events.results)).not.toContain("planned failure");
  });
});

describe("job list", () => {
  let lt: Tenant;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    lt = await createTenant(admin);
    ids.first = (await postJob(lt.write, { type: "test.steps", params: { steps: 1 } })).id;
    await fire(ids.first);
    ids.broken = (await postJob(lt.write, { type: "test.broken", params: {} })).id;
    await fire(ids.broken);
    ids.later = (await postJob(lt.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 3600 })).id;
  });

  it("filters by status, including several statuses at once", async () => {
    expect((await list(lt.read, { status: "completed" })).data.map((j) => j.id)).toEqual([ids.first]);
    expect((await list(lt.read, { status: "failed" })).data.map((j) => j.id)).toEqual([ids.broken]);
    const waitingOrFailed = await list(lt.read, { status: "scheduled,failed" });
    expect(waitingOrFailed.data.map((j) => j.id).sort()).toEqual([ids.broken, ids.later].sort());
    expect(waitingOrFailed.total).toBe(2);
  });

  it("rejects an unknown status filter with 400", async () => {
    const res = await call("GET", "/api/v1/jobs?status=done", { key: lt.read });
    expect(res.status).toBe(400);
  });

  it("filters by type", async () => {
    const page = await list(lt.read, { type: "test.steps" });
    expect(page.data.map((j) => j.id).sort()).toEqual([ids.first, ids.later].sort());
    expect((await list(lt.read, { type: "test.nothing" })).total).toBe(0);
  });

  it("filters by creation time: createdFrom inclusive, createdTo exclusive", async () => {
    const first = await jobOf(lt.read, ids.first as string);
    const everything = await list(lt.read, { createdFrom: first.createdAt });
    expect(everything.data.map((j) => j.id)).toContain(ids.first);
    expect(everything.total).toBe(3);
    const before = await list(lt.read, { createdTo: first.createdAt });
    expect(before.data.map((j) => j.id)).not.toContain(ids.first);
    const today = first.createdAt.slice(0, 10);
    expect((await list(lt.read, { createdFrom: today })).total).toBe(3);
    expect((await list(lt.read, { createdTo: today })).total).toBe(0);
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    expect((await list(lt.read, { createdFrom: tomorrow })).total).toBe(0);
    expect((await list(lt.read, { createdTo: tomorrow })).total).toBe(3);
  });

  it("pages newest first with the total across pages", async () => {
    const p1 = await list(lt.read, { limit: "2", page: "1" });
    const p2 = await list(lt.read, { limit: "2", page: "2" });
    expect(p1).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(p1.data).toHaveLength(2);
    expect(p2).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(p2.data).toHaveLength(1);
    const seen = [...p1.data, ...p2.data].map((j) => j.id);
    expect(seen.sort()).toEqual(Object.values(ids).sort());
    const created = [...p1.data, ...p2.data].map((j) => j.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });
});

describe("job stats", () => {
  it("counts by status and type and reports average and p95 duration of finished runs", async () => {
    const st = await createTenant(admin);
    const finished: string[] = [];
    for (let i = 0; i < 3; i++) {
      const job = await postJob(st.write, { type: "test.steps", params: { steps: 1 } });
      await fire(job.id);
      finished.push(job.id);
    }
    const broken = await postJob(st.write, { type: "test.broken", params: {} });
    await fire(broken.id);
    finished.push(broken.id);
    const cancelled = await postJob(st.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    await expectStatus(api(st.write).jobs[":id"].cancel.$post({ param: { id: cancelled.id } }), 200);
    await postJob(st.write, { type: "test.flaky", params: { key: "never-run" }, delaySeconds: 60 });

    // The test clock stands still during a run; give the finished rows known durations.
    const durations = [100, 200, 300, 1000];
    for (const [i, id] of finished.entries()) {
      await env.DB.prepare("update jobs set duration_ms = ? where id = ?").bind(durations[i], id).run();
    }

    expect(await expectStatus(api(st.read).jobs.stats.$get(), 200)).toEqual({
      total: 6,
      byStatus: { completed: 3, failed: 1, cancelled: 1, scheduled: 1 },
      byType: { "test.steps": 4, "test.broken": 1, "test.flaky": 1 },
      // Only runs that started and finished have a duration; p95 of four samples is the largest.
      durationMs: { average: 400, p95: 1000, samples: 4 },
    });
  });

  it("reports no durations for a project without finished runs", async () => {
    const empty = await createTenant(admin);
    expect(await expectStatus(api(empty.read).jobs.stats.$get(), 200)).toEqual({
      total: 0,
      byStatus: {},
      byType: {},
      durationMs: { average: null, p95: null, samples: 0 },
    });
  });
});

describe("job types and validation", () => {
  it("lists job types with their parameters as JSON Schema", async () => {
    const types = await expectStatus(api(t.read)["job-types"].$get(), 200);
    const steps = types.find((j) => j.type === "test.steps");
    expect(steps).toMatchObject({
      description: "Runs N steps, reporting progress after each",
      maxAttempts: 3,
      timeoutMs: 60_000,
      params: { type: "object", properties: { steps: { type: "integer", minimum: 1 } }, required: ["steps"] },
    });
  });

  it("describes the parameters a client may send: defaulted ones optional, unknown ones not refused where they are not", async () => {
    const types = await expectStatus(api(t.read)["job-types"].$get(), 200);
    const probe = types.find((j) => j.type === "system.probe")?.params;
    expect(probe).toMatchObject({ properties: { steps: { default: 10 } } });
    expect(probe).not.toHaveProperty("required");
    expect(probe).not.toHaveProperty("additionalProperties");
    const res = await call("POST", "/api/v1/jobs", {
      key: t.write,
      body: {
        type: "system.probe",
        params: { intervalMs: 0, extra: 1 },
        runAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
  });

  const refused = (body: unknown) => call("POST", "/api/v1/jobs", { key: t.write, body });

  it("answers 400 naming `type` for an unknown job type", async () => {
    const res = await refused({ type: "test.nope", params: {} });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["type"]);
  });

  it("answers 400 naming `params.<field>` for invalid parameters", async () => {
    const res = await refused({ type: "test.steps", params: { steps: 0 } });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["params.steps"]);
    expect(issuePaths((await refused({ type: "test.steps" })).body)).toEqual(["params.steps"]);
  });

  it("refuses runAt together with delaySeconds with 400", async () => {
    const runAt = new Date(Date.now() + 60_000).toISOString();
    const res = await refused({ type: "test.steps", params: { steps: 1 }, runAt, delaySeconds: 60 });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["runAt"]);
  });

  it("answers 400 naming `delaySeconds` for a delay under one second", async () => {
    const res = await refused({ type: "test.steps", params: { steps: 1 }, delaySeconds: 0 });
    expectError(res, 400, "validation_failed");
    expect(issuePaths(res.body)).toEqual(["delaySeconds"]);
  });

  it("creates no job for a refused request", async () => {
    const vt = await createTenant(admin);
    await call("POST", "/api/v1/jobs", { key: vt.write, body: { type: "test.nope" } });
    await call("POST", "/api/v1/jobs", { key: vt.write, body: { type: "test.steps", params: { steps: -1 } } });
    expect((await list(vt.read)).total).toBe(0);
  });
});
