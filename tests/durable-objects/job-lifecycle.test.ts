import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import "./test-job-types";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const stubOf = (id: string) => env.JOBS.get(env.JOBS.idFromName(id));

describe("job lifecycle", () => {
  it("runs a job from pending to completed with progress and a result", async () => {
    const created = await call<{ id: string; status: string }>("POST", "/api/v1/jobs", {
      key: t.write,
      body: { type: "test.steps", params: { steps: 4 } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    expect(created.body.status).toBe("pending");
    await runDurableObjectAlarm(stubOf(created.body.id));
    const job = await call<{ status: string; progress: number; result: unknown; attempt: number }>(
      "GET",
      `/api/v1/jobs/${created.body.id}`,
      { key: t.read },
    );
    expect(job.body).toMatchObject({ status: "completed", progress: 100, result: { steps: 4 }, attempt: 1 });
    const list = await call<{ data: { id: string; status: string }[] }>("GET", "/api/v1/jobs?status=completed", {
      key: t.read,
    });
    expect(list.body.data.map((j) => j.id)).toContain(created.body.id);
  });
});
