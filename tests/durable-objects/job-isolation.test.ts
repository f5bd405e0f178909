import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { call, createEntry, createRepository, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook } from "../webhooks/webhook-helpers";
import { alarmOf, connect, fire, jobOf, postJob } from "./job-harness";

let admin: string;
let a: Tenant;
let b: Tenant;
type Job = Awaited<ReturnType<typeof postJob>>;
/** Project A's jobs, one in each state another project could try to change. */
let scheduled: Job;
let failed: Job;
let completed: Job;

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
    const list = await expectStatus(api(b.read).jobs.$get({ query: { limit: "100" } }), 200);
    expect(list.total).toBe(1);
    expect(list.data.every((j) => j.projectId === b.projectId)).toBe(true);
    for (const query of [{ status: "failed" }, { type: "test.broken" }, { status: "scheduled" }]) {
      const filtered = await expectStatus(api(b.read).jobs.$get({ query }), 200);
      expect(filtered.total, JSON.stringify(query)).toBe(0);
    }
    const stats = await expectStatus(api(b.read).jobs.stats.$get(), 200);
    expect(stats).toMatchObject({ total: 1, byStatus: { completed: 1 }, byType: { "test.steps": 1 } });
    const mine = await expectStatus(api(a.read).jobs.stats.$get(), 200);
    expect(mine).toMatchObject({ total: 3, byStatus: { scheduled: 1, failed: 1, completed: 1 } });
  });

  it("refuses a ticket issued for another project's job on A's job socket with 401", async () => {
    const own = await postJob(b.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const issued = await expectStatus(api(b.write).jobs[":id"]["ws-ticket"].$post({ param: { id: own.id } }), 200);
    expect((await connect(scheduled.id, { ticket: issued.ticket })).status).toBe(401);
  });
});

describe("job parameters naming another project's rows", () => {
  const jobCount = async (projectId: string) =>
    (await env.DB.prepare("select count(*) as n from jobs where project_id = ?").bind(projectId).first<{ n: number }>())
      ?.n;

  it("answers 404 for another project's repository, feed, document or webhook in params and creates no job", async () => {
    const repository = await createRepository(a.write);
    const entry = await createEntry(a.write);
    const hook = await createWebhook(a.write, { url: "https://hooks.example.test/a", eventPatterns: ["job.*"] });
    const feed = await expectStatus(
      api(a.write).knowledge.feeds.$post({ json: { url: "https://feeds.example.test/a.xml", poll: false } }),
      201,
    );
    const cases = [
      { type: "repository.analyse", params: { repositoryId: repository.id, source: "github" } },
      { type: "knowledge.ingest", params: { documentId: entry.id, format: "stored" } },
      { type: "knowledge.poll_feed", params: { feedId: feed.feed.id } },
      { type: "webhooks.recover", params: { endpointId: hook.id, since: new Date().toISOString() } },
    ];
    const before = await jobCount(b.projectId);
    for (const json of cases) {
      const refused = await expectFailure(api(b.write).jobs.$post({ json }), 404, "not_found");
      expect(refused.error.message, json.type).toMatch(/not found/);
      expect(await jobCount(b.projectId), json.type).toBe(before);
    }
    for (const json of cases) await expectStatus(api(a.write).jobs.$post({ json }), 202);
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
