import { beforeAll, describe, expect, it } from "vitest";
import type { JobView } from "../../durable-objects/job-runner.protocol";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { alarmOf, connect, fire, jobOf, postJob } from "./job-harness";

let admin: string;
let a: Tenant;
let b: Tenant;
/** Project A's jobs, one in each state another project could try to change. */
let scheduled: JobView;
let failed: JobView;
let completed: JobView;

beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
  scheduled = await postJob(a.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 600 });
  failed = await postJob(a.write, { type: "test.broken", params: {} });
  await fire(failed.id);
  completed = await postJob(a.write, { type: "test.steps", params: { steps: 1 } });
  await fire(completed.id);
  // B has a job of its own, so its list and stats are not trivially empty.
  const own = await postJob(b.write, { type: "test.steps", params: { steps: 1 } });
  await fire(own.id);
});

/** Every job path, as another project's key would call it. */
const paths = (id: string) =>
  [
    ["GET", `/api/v1/jobs/${id}`],
    ["POST", `/api/v1/jobs/${id}/cancel`],
    ["POST", `/api/v1/jobs/${id}/retry`],
    ["DELETE", `/api/v1/jobs/${id}`],
    ["POST", `/api/v1/jobs/${id}/ws-ticket`],
  ] as const;

const stateOf = async (id: string) => {
  const { status, attempt, progress, result, error, finishedAt } = await jobOf(a.read, id);
  return { status, attempt, progress, result, error, finishedAt };
};

describe("job isolation between projects", () => {
  it("answers 404 to another project's key on every path of a job, and changes nothing", async () => {
    for (const job of [scheduled, failed, completed]) {
      const before = await stateOf(job.id);
      for (const key of [b.admin, b.write]) {
        for (const [method, path] of paths(job.id)) {
          const res = await call(method, path, { key });
          expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(404);
          expect(res.body).toMatchObject({ error: { code: "not_found" } });
        }
      }
      expect(await stateOf(job.id)).toEqual(before);
    }
    expect(await alarmOf(scheduled.id)).toBe(Date.parse(scheduled.runAt ?? ""));
  });

  it("answers 404 to an instance key that names another project", async () => {
    for (const [method, path] of paths(failed.id)) {
      const res = await call(method, path, { key: admin, headers: { "X-Project-Id": b.projectId } });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const own = await call("GET", `/api/v1/jobs/${failed.id}`, { key: admin, headers: { "X-Project-Id": a.slug } });
    expect(own.status).toBe(200);
  });

  it("refuses another project's key on the job's WebSocket with 404", async () => {
    for (const job of [scheduled, completed]) {
      const res = await connect(job.id, { key: b.read });
      expect(res.status).toBe(404);
      expect(res.watcher).toBeNull();
      expect(res.body).toMatchObject({ error: { code: "not_found" } });
    }
    const own = await connect(completed.id, { key: a.read });
    expect(own.status).toBe(101);
  });

  it("keeps another project's jobs out of the list and the stats", async () => {
    const list = await call<{ data: JobView[]; total: number }>("GET", "/api/v1/jobs?limit=100", { key: b.read });
    expect(list.body.total).toBe(1);
    expect(list.body.data.every((j) => j.projectId === b.projectId)).toBe(true);
    for (const filter of ["status=failed", "type=test.broken", "status=scheduled"]) {
      const filtered = await call<{ total: number }>("GET", `/api/v1/jobs?${filter}`, { key: b.read });
      expect(filtered.body.total, filter).toBe(0);
    }
    const stats = await call("GET", "/api/v1/jobs/stats", { key: b.read });
    expect(stats.body).toMatchObject({ total: 1, byStatus: { completed: 1 }, byType: { "test.steps": 1 } });
    const mine = await call("GET", "/api/v1/jobs/stats", { key: a.read });
    expect(mine.body).toMatchObject({ total: 3, byStatus: { scheduled: 1, failed: 1, completed: 1 } });
  });

  it("refuses a ticket issued for another project's job on A's job socket with 401", async () => {
    const own = await postJob(b.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const issued = await call<{ ticket: string }>("POST", `/api/v1/jobs/${own.id}/ws-ticket`, { key: b.write });
    expect((await connect(scheduled.id, { ticket: issued.body.ticket })).status).toBe(401);
  });
});

describe("job scopes", () => {
  it("refuses a read-only key creating a job with 403 and creates nothing", async () => {
    const before = await call<{ total: number }>("GET", "/api/v1/jobs", { key: a.read });
    const res = await call("POST", "/api/v1/jobs", { key: a.read, body: { type: "test.steps", params: { steps: 1 } } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    const after = await call<{ total: number }>("GET", "/api/v1/jobs", { key: a.read });
    expect(after.body.total).toBe(before.body.total);
  });

  it("refuses a read-only key cancelling, retrying or deleting a job with 403", async () => {
    const before = await stateOf(scheduled.id);
    expect((await call("POST", `/api/v1/jobs/${scheduled.id}/cancel`, { key: a.read })).status).toBe(403);
    expect(await stateOf(scheduled.id)).toEqual(before);
    expect((await call("POST", `/api/v1/jobs/${failed.id}/retry`, { key: a.read })).status).toBe(403);
    expect((await call("DELETE", `/api/v1/jobs/${failed.id}`, { key: a.read })).status).toBe(403);
    expect((await stateOf(failed.id)).status).toBe("failed");
  });

  it("lets a read-only key read jobs, stats, job types and watch a job", async () => {
    expect((await call("GET", `/api/v1/jobs/${completed.id}`, { key: a.read })).status).toBe(200);
    expect((await call("GET", "/api/v1/jobs/stats", { key: a.read })).status).toBe(200);
    expect((await call("GET", "/api/v1/job-types", { key: a.read })).status).toBe(200);
    expect((await connect(completed.id, { key: a.read })).status).toBe(101);
  });

  it("answers 401 without a key", async () => {
    expect((await call("GET", `/api/v1/jobs/${completed.id}`)).status).toBe(401);
    expect((await call("POST", "/api/v1/jobs", { body: { type: "test.steps", params: { steps: 1 } } })).status).toBe(
      401,
    );
  });
});
