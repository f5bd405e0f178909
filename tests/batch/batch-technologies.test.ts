import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTechnology, createTenant, instanceAdmin, type Tenant } from "../helpers";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

const historyOf = async (key: string, id: string) =>
  (await expectStatus(api(key).technologies[":id"].history.$get({ param: { id }, query: {} }), 200)).data;

describe("batch technology moves", () => {
  it("moves every chosen technology with its own version, history row, note and event", async () => {
    const one = await createTechnology(a.write, { status: "research" });
    const two = await createTechnology(a.write, { status: "evaluation" });
    const answer = await expectStatus(
      api(a.write).batch.technologies.$post({
        json: { ids: [one.id, two.id], set: { status: "implementation" }, note: "quarterly review" },
      }),
      200,
    );
    expect(answer.totals).toEqual({ updated: 2, unchanged: 0, failed: 0 });
    for (const id of [one.id, two.id]) {
      const row = await expectStatus(api(a.read).technologies[":id"].$get({ param: { id } }), 200);
      expect(row).toMatchObject({ status: "implementation", version: 2 });
      expect(await historyOf(a.read, id)).toContainEqual(
        expect.objectContaining({ kind: "status", toValue: "implementation", note: "quarterly review" }),
      );
    }
    const events = await expectStatus(
      api(a.read).events.$get({ query: { subject: "technology.status_changed", limit: "100" } }),
      200,
    );
    expect(events.data.filter((e) => [one.id, two.id].includes(String((e.payload as { id: string }).id)))).toHaveLength(
      2,
    );
  });

  it("selects by filter and reports unchanged rows without a new version", async () => {
    const tag = `t${crypto.randomUUID().slice(0, 6)}`;
    const held = await createTechnology(a.write, { tags: [tag], priority: 2 });
    const other = await createTechnology(a.write, { tags: [tag], priority: 4 });
    const answer = await expectStatus(
      api(a.write).batch.technologies.$post({ json: { filter: { tag }, set: { priority: 2 } } }),
      200,
    );
    expect(answer.results).toEqual(
      expect.arrayContaining([
        { id: held.id, outcome: "unchanged", version: 1 },
        { id: other.id, outcome: "updated", version: 2 },
      ]),
    );
  });

  it("answers 404 and moves nothing when one id is another project's", async () => {
    const mine = await createTechnology(a.write, { priority: 3 });
    const theirs = await createTechnology(b.write, { priority: 3 });
    await expectFailure(
      api(a.write).batch.technologies.$post({ json: { ids: [mine.id, theirs.id], set: { priority: 1 } } }),
      404,
      "not_found",
    );
    expect((await expectStatus(api(a.read).technologies[":id"].$get({ param: { id: mine.id } }), 200)).priority).toBe(
      3,
    );
  });

  it("refuses a body with neither ids nor filter, or nothing to set", async () => {
    await expectFailure(
      api(a.write).batch.technologies.$post({ json: { set: { priority: 1 } } }),
      400,
      "validation_failed",
    );
    await expectFailure(
      api(a.write).batch.technologies.$post({ json: { ids: ["x"], set: {} } }),
      400,
      "validation_failed",
    );
  });
});
