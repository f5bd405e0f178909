import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant, uniq } from "../helpers";

const admin = await instanceAdmin();

const page = async (t: Tenant, q: string, limit: number, pageNo: number) => {
  const res = await expectStatus(
    api(t.read).technologies.$get({
      query: { q, limit: String(limit), page: String(pageNo), sort: "relevanceScore" },
    }),
    200,
  );
  return { ids: res.data.map((r) => r.id), total: res.total };
};

/**
 * A text search either walks the project's index testing each entry against the matches, or reads
 * the matches' rows and sorts them; the statement picks by the number of matches, the project's
 * size and how deep the page is (see search-plans.ts). In a project of 40 technologies with 5
 * matches (6 in the index, which holds every project's), pages of 2 walk and a page of 20 reads
 * the matches; 1 match is also counted by reading it, 5 by walking. Whichever plan runs, the
 * answer is the same, and in this project only.
 */
describe("text search plans", () => {
  it("give the same order and total on both sides of the switch, and only this project's rows", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    const word = uniq("plan").replace("-", "");
    const matching: string[] = [];
    for (let i = 0; i < 40; i++) {
      const title = i % 8 === 0 ? `${word} ${i}` : `filler ${i}`;
      const tech = await expectStatus(
        api(t.write).technologies.$post({ json: { title, relevanceScore: (i * 37) % 101 } }),
        201,
      );
      if (i % 8 === 0) matching.push(tech.id);
    }
    await expectStatus(api(other.write).technologies.$post({ json: { title: `${word} elsewhere` } }), 201);
    const bySearch = await page(t, word, 20, 1);
    expect(bySearch.total).toBe(5);
    expect([...bySearch.ids].sort()).toEqual([...matching].sort());
    const walked = [
      ...(await page(t, word, 2, 1)).ids,
      ...(await page(t, word, 2, 2)).ids,
      ...(await page(t, word, 2, 3)).ids,
    ];
    expect(walked).toEqual(bySearch.ids);
    expect((await page(t, word, 2, 3)).total).toBe(5);

    const one = await page(t, `${word} 16`, 20, 1);
    expect(one).toEqual({ ids: [matching[2]], total: 1 });
    expect(await page(t, `${word} 16`, 1, 2)).toEqual({ ids: [], total: 1 });
  });
});
