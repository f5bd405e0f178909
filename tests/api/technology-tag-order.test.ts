import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";

type TechnologyInput = Parameters<ReturnType<typeof api>["technologies"]["$post"]>[0]["json"];
type ListQuery = Parameters<ReturnType<typeof api>["technologies"]["$get"]>[0]["query"];

const admin = await instanceAdmin();

const add = (t: Tenant, json: TechnologyInput) => expectStatus(api(t.write).technologies.$post({ json }), 201);

const titles = async (t: Tenant, query: ListQuery) =>
  (await expectStatus(api(t.read).technologies.$get({ query }), 200)).data.map((r) => r.title);

/** Each title on its own page, so the order is the one the index walk found, page by page. */
const onePerPage = async (t: Tenant, query: ListQuery, pages: number) => {
  const found: string[] = [];
  for (let page = 1; page <= pages; page++)
    found.push(...(await titles(t, { ...query, limit: "1", page: String(page) })));
  return found;
};

const stamp = (id: string, updatedAt: string) =>
  env.DB.prepare("update technologies set updated_at = ? where id = ?").bind(updatedAt, id).run();

/**
 * A tag's list in update order is read from the tag's own index entries, which carry copies of the
 * technology's filtered columns and update time: every write to those must show in the next page.
 */
describe("technologies by tag in update order", () => {
  it("follow update times, including ones written straight to the database", async () => {
    const t = await createTenant(admin);
    const a = await add(t, { title: "a", tags: ["t"] });
    const b = await add(t, { title: "b", tags: ["t", "u"] });
    await add(t, { title: "c", tags: ["u"] });
    await stamp(a.id, "2026-01-01T00:00:00.000Z");
    await stamp(b.id, "2026-02-01T00:00:00.000Z");
    expect(await onePerPage(t, { tag: "t" }, 2)).toEqual(["b", "a"]);
    expect(await onePerPage(t, { tag: "t", sort: "updatedAt" }, 2)).toEqual(["a", "b"]);

    await expectStatus(api(t.write).technologies[":id"].$patch({ param: { id: a.id }, json: { vendor: "Acme" } }), 200);
    expect(await onePerPage(t, { tag: "t" }, 2)).toEqual(["a", "b"]);
    await stamp(b.id, "2099-01-01T00:00:00.000Z");
    expect(await onePerPage(t, { tag: "t" }, 2)).toEqual(["b", "a"]);
  });

  it("follow status, priority and domain moves, alone or with a change of tags", async () => {
    const t = await createTenant(admin);
    const a = await add(t, { title: "a", tags: ["t"], status: "research", priority: 2, domain: "data" });
    await add(t, { title: "b", tags: ["t"], status: "research", priority: 4, domain: "data" });
    const research = { tag: "t", status: "research" } as const;
    expect(await onePerPage(t, research, 2)).toEqual(["b", "a"]);

    const param = { id: a.id };
    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { status: "evaluation" } }), 200);
    expect(await titles(t, research)).toEqual(["b"]);
    expect(await titles(t, { tag: "t", status: "evaluation" })).toEqual(["a"]);

    await expectStatus(api(t.write).technologies[":id"].$patch({ param, json: { priority: 5, domain: "tools" } }), 200);
    expect(await titles(t, { tag: "t", priorityMin: "5" })).toEqual(["a"]);
    expect(await titles(t, { tag: "t", domain: "data" })).toEqual(["b"]);

    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param, json: { tags: ["t", "v"], status: "archived", priority: 1 } }),
      200,
    );
    expect(await titles(t, { tag: "v", status: "archived", priorityMax: "1" })).toEqual(["a"]);
    expect(await titles(t, { tag: "t", status: "archived", priorityMax: "1" })).toEqual(["a"]);
    expect(await titles(t, { tag: "t", status: "evaluation" })).toEqual([]);

    await env.DB.prepare("update technologies set status = 'discovery', domain = 'data' where id = ?").bind(a.id).run();
    expect(await titles(t, { tag: "v", status: "discovery", domain: "data" })).toEqual(["a"]);
    expect(await titles(t, { tag: "v", status: "archived" })).toEqual([]);
  });

  it("never show another project's technologies that carry the same tag", async () => {
    const mine = await createTenant(admin);
    const theirs = await createTenant(admin);
    await add(mine, { title: "mine", tags: ["shared"] });
    await add(theirs, { title: "theirs", tags: ["shared"] });
    expect(await titles(mine, { tag: "shared" })).toEqual(["mine"]);
  });
});
