import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant, uniq } from "../helpers";

let a: Tenant;
let b: Tenant;
let word: string;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
  word = uniq("totl").replace("-", "");
});

const totalOf = async (t: Tenant, query: Record<string, string> = {}) =>
  (await expectStatus(api(t.read).technologies.$get({ query: { q: word, limit: "2", ...query } }), 200)).total;

const create = (t: Tenant, title: string, status: "discovery" | "evaluation" = "discovery") =>
  expectStatus(api(t.write).technologies.$post({ json: { title, status } }), 201);

/**
 * A text search's total is counted once per project data version and reused until the data moves:
 * every change a list can see must show in the next answer's total, in its own project only.
 */
describe("text search totals", () => {
  it("follow creation, edits that add or remove a match, status moves and deletion", async () => {
    const first = await create(a, `${word} one`);
    await create(a, `${word} two`);
    await create(a, "unrelated");
    expect(await totalOf(a)).toBe(2);
    expect(await totalOf(a)).toBe(2);
    expect(await totalOf(a, { page: "2" })).toBe(2);

    const third = await create(a, `${word} three`, "evaluation");
    expect(await totalOf(a)).toBe(3);
    expect(await totalOf(a, { status: "evaluation" })).toBe(1);

    await expectStatus(
      api(a.write).technologies[":id"].$patch({ param: { id: first.id }, json: { status: "evaluation" } }),
      200,
    );
    expect(await totalOf(a, { status: "evaluation" })).toBe(2);

    await expectStatus(
      api(a.write).technologies[":id"].$patch({ param: { id: third.id }, json: { title: "renamed away" } }),
      200,
    );
    expect(await totalOf(a)).toBe(2);
    expect(await totalOf(a, { status: "evaluation" })).toBe(1);

    await expectStatus(api(a.write).technologies[":id"].$delete({ param: { id: first.id } }), 204);
    expect(await totalOf(a)).toBe(1);
  });

  it("are kept per project: the same search elsewhere counts its own rows", async () => {
    expect(await totalOf(b)).toBe(0);
    await create(b, `${word} in b`);
    expect(await totalOf(b)).toBe(1);
    expect(await totalOf(a)).toBe(1);
  });

  it("see a change written straight to the database, not only through the API", async () => {
    await create(a, `${word} direct`);
    expect(await totalOf(a)).toBe(2);
    await env.DB.prepare("update technologies set description = ? where title = ?")
      .bind("nothing", `${word} direct`)
      .run();
    await env.DB.prepare("update technologies set title = ? where title = ?").bind("gone", `${word} direct`).run();
    expect(await totalOf(a)).toBe(1);
  });

  it("leave a deleted project no version row", async () => {
    const admin = await instanceAdmin();
    const doomed = await createTenant(admin);
    await create(doomed, `${word} doomed`);
    await expectStatus(api(admin).projects[":id"].$delete({ param: { id: doomed.projectId } }), 204);
    const row = await env.DB.prepare("select 1 from technology_list_versions where project_id = ?")
      .bind(doomed.projectId)
      .first();
    expect(row).toBeNull();
  });
});
