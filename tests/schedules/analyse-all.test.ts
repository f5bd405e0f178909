import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { analyseAllRepositoriesJob } from "../../worker/features/repository-analysis/analyse-all.job";
import { runDueSchedules } from "../../worker/features/schedules/dispatch";
import { newId } from "../../worker/lib/ids";
import { api, expectFailure } from "../client";
import { fire, jobOf, postJob } from "../durable-objects/job-harness";
import { createRepository, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createSchedule, makeDue, readSchedule } from "./schedule-helpers";

let t: Tenant;
let github: Awaited<ReturnType<typeof createRepository>>[];
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
  github = [await createRepository(t.write), await createRepository(t.write)];
  await createRepository(t.write, { provider: "gitlab" });
});

/** The child jobs of a parent, as (type, repositoryId) pairs, from the D1 mirror. */
async function childrenOf(parentId: string) {
  const { results } = await env.DB.prepare("select id, type, params from jobs where parent_id = ? order by id")
    .bind(parentId)
    .all<{ id: string; type: string; params: string }>();
  return results.map((r) => ({ id: r.id, type: r.type, repositoryId: JSON.parse(r.params).repositoryId }));
}

/** Runs a job's alarm and reads the job back. */
async function runJob(id: string) {
  await fire(id);
  return jobOf(t.read, id);
}

describe("repositories.analyse_all", () => {
  it("starts one analysis child per GitHub repository and skips the others", async () => {
    const created = await postJob(t.write, { type: "repositories.analyse_all" });
    const job = await runJob(created.id);
    expect(job).toMatchObject({ status: "completed", progress: 100, result: { skipped: 1 } });
    const children = await childrenOf(created.id);
    expect(children.map((c) => c.type)).toEqual(["repository.analyse", "repository.analyse"]);
    expect(children.map((c) => c.repositoryId).sort()).toEqual(github.map((r) => r.id).sort());
    expect(job.result?.children).toEqual(expect.arrayContaining(children.map((c) => c.id)));
    expect(job.result?.children).toHaveLength(children.length);
  });

  it("does not start a second child for a repository when an attempt is retried", async () => {
    const jobId = newId("job");
    const ctx = {
      jobId,
      projectId: t.projectId,
      params: {},
      attempt: 1,
      createdBy: null,
      env,
      db: createDb(env.DB),
      progress: async () => {},
      log: async () => {},
      checkpoint: async () => {},
      input: async () => null,
    };
    const first = await analyseAllRepositoriesJob.run(ctx);
    const second = await analyseAllRepositoriesJob.run({ ...ctx, attempt: 2 });
    expect(second).toEqual(first);
    expect(await childrenOf(jobId)).toHaveLength(2);
  });

  it("refuses parameters it does not take", async () => {
    const json = { type: "repositories.analyse_all", params: { repositoryId: "x" } };
    await expectFailure(api(t.write).jobs.$post({ json }), 400, "validation_failed");
  });

  it("runs from a five-minute Berlin schedule: the tick starts the job, the job starts the analyses", async () => {
    const s = await createSchedule(t.write, {
      cronExpression: "*/5 * * * *",
      timezone: "Europe/Berlin",
      jobType: "repositories.analyse_all",
      jobParams: {},
    });
    await makeDue(s.id, new Date(Date.now() - 1000).toISOString());
    await runDueSchedules(env, new Date());
    const after = await readSchedule(t.read, s.id);
    expect(after.runCount).toBe(1);
    const parent = await runJob(after.lastJobId ?? "");
    expect(parent.status).toBe("completed");
    expect(await childrenOf(parent.id)).toHaveLength(2);
  });
});
