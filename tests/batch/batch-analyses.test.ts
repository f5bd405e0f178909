import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { fire, jobOf, makeDue } from "../durable-objects/job-harness";
import { createRepository, createTenant, instanceAdmin, type Tenant } from "../helpers";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

const childrenOf = async (parentId: string) =>
  (await expectStatus(api(a.read).jobs.$get({ query: { parentId, limit: "100" } }), 200)).data;

/** Finishes every unfinished child by cancelling it (no network here for GitHub to answer). */
async function finishChildren(parentId: string) {
  for (const child of await childrenOf(parentId))
    if (child.status === "pending" || child.status === "scheduled")
      await expectStatus(api(a.write).jobs[":id"].cancel.$post({ param: { id: child.id } }), 200);
}

describe("batch analyses", () => {
  it("runs at most `concurrency` child analyses at a time and reports aggregate progress, then a summary", async () => {
    const repos = [await createRepository(a.write), await createRepository(a.write), await createRepository(a.write)];
    const upload = await createRepository(a.write, { provider: "upload", owner: "acme", name: "archive-only" });
    const parent = await expectStatus(
      api(a.write).batch.analyses.$post({
        json: { repositoryIds: [...repos.map((r) => r.id), upload.id], concurrency: 2 },
      }),
      202,
    );
    await fire(parent.id);
    expect(await childrenOf(parent.id)).toHaveLength(2);
    expect(await jobOf(a.read, parent.id)).toMatchObject({
      status: "scheduled",
      progress: 0,
      step: "0 of 3 analyses finished",
    });

    await finishChildren(parent.id);
    await makeDue(parent.id);
    await fire(parent.id);
    expect(await childrenOf(parent.id)).toHaveLength(3);
    expect(await jobOf(a.read, parent.id)).toMatchObject({ status: "scheduled", progress: 66 });

    await finishChildren(parent.id);
    await makeDue(parent.id);
    await fire(parent.id);
    const done = await jobOf(a.read, parent.id);
    expect(done.status, done.error ?? "").toBe("completed");
    expect(done.result).toMatchObject({ total: 3, skipped: 1, byStatus: { cancelled: 3 } });
  });

  it("answers 404 and starts nothing for another project's repository", async () => {
    const theirs = await createRepository(b.write);
    await expectFailure(api(a.write).batch.analyses.$post({ json: { repositoryIds: [theirs.id] } }), 404, "not_found");
  });
});
