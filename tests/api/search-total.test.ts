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

const idsOf = async (t: Tenant, query: Record<string, string>) =>
  (await expectStatus(api(t.read).technologies.$get({ query: { q: word, ...query } }), 200)).data.map((r) => r.id);

/**
 * A text-search page's ids are kept per project data version too: a page read again must show
 * every change to its members and to their order (the sort columns), and the rows as they are now.
 */
describe("text search pages", () => {
  it("follow a change to the column they are sorted by, on every page", async () => {
    const t = await createTenant(await instanceAdmin());
    const make = (title: string, relevanceScore: number) =>
      expectStatus(api(t.write).technologies.$post({ json: { title: `${word} ${title}`, relevanceScore } }), 201);
    const low = await make("low", 10);
    const mid = await make("mid", 50);
    const high = await make("high", 90);
    const byScore = { sort: "-relevanceScore", limit: "2" };
    expect(await idsOf(t, byScore)).toEqual([high.id, mid.id]);
    expect(await idsOf(t, { ...byScore, page: "2" })).toEqual([low.id]);
    expect(await idsOf(t, byScore)).toEqual([high.id, mid.id]);

    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: low.id }, json: { relevanceScore: 99 } }),
      200,
    );
    expect(await idsOf(t, byScore)).toEqual([low.id, high.id]);
    expect(await idsOf(t, { ...byScore, page: "2" })).toEqual([mid.id]);
  });

  it("follow an update time written straight to the database", async () => {
    const t = await createTenant(await instanceAdmin());
    const first = await expectStatus(api(t.write).technologies.$post({ json: { title: `${word} first` } }), 201);
    const second = await expectStatus(api(t.write).technologies.$post({ json: { title: `${word} second` } }), 201);
    await env.DB.prepare("update technologies set updated_at = ? where id = ?")
      .bind("2020-01-01T00:00:00.000Z", second.id)
      .run();
    const newest = { sort: "-updatedAt", limit: "1" };
    expect(await idsOf(t, newest)).toEqual([first.id]);
    await env.DB.prepare("update technologies set updated_at = ? where id = ?")
      .bind("2099-01-01T00:00:00.000Z", second.id)
      .run();
    expect(await idsOf(t, newest)).toEqual([second.id]);
    expect(await idsOf(t, { ...newest, page: "2" })).toEqual([first.id]);
  });

  it("show each row as it is now, even a change no list filters or sorts by", async () => {
    const t = await createTenant(await instanceAdmin());
    const tech = await expectStatus(api(t.write).technologies.$post({ json: { title: `${word} linked` } }), 201);
    const search = async () =>
      (await expectStatus(api(t.read).technologies.$get({ query: { q: word } }), 200)).data[0]?.links;
    expect(await search()).toEqual([]);
    const links = [{ title: "Home", url: "https://example.com/" }];
    await env.DB.prepare("update technologies set links = ? where id = ?").bind(JSON.stringify(links), tech.id).run();
    expect(await search()).toEqual(links);
  });
});
