import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, uniq } from "../helpers";

const admin = await instanceAdmin();
const a = await createTenant(admin);

/** Longer than the 50 bytes D1 allows in a LIKE pattern, in mixed case and with a literal `%`. */
const phrase = (tag: string) => `Searching Beyond Fifty Bytes Of Pattern ${tag} with 100% literal text`;
const query = (tag: string) => phrase(tag).toLowerCase();

describe("text search (q) longer than a LIKE pattern may be", () => {
  it("finds a project by a long name fragment", async () => {
    const tag = uniq("p");
    const created = await expectStatus(api(admin).projects.$post({ json: { name: phrase(tag), owner: "tests" } }), 201);
    const page = await expectStatus(api(admin).projects.$get({ query: { q: query(tag) } }), 200);
    expect(page.data.map((p) => p.id)).toEqual([created.id]);
  });

  it("finds a technology by a long description fragment", async () => {
    const tag = uniq("t");
    const created = await expectStatus(
      api(a.write).technologies.$post({ json: { title: tag, description: `About: ${phrase(tag)}.` } }),
      201,
    );
    const page = await expectStatus(api(a.read).technologies.$get({ query: { q: query(tag) } }), 200);
    expect(page.data.map((t) => t.id)).toEqual([created.id]);
  });

  it("finds a repository by a long description fragment", async () => {
    const tag = uniq("r");
    const created = await expectStatus(
      api(a.write).repositories.$post({
        json: { provider: "upload", owner: "acme", name: tag, description: phrase(tag) },
      }),
      201,
    );
    const page = await expectStatus(api(a.read).repositories.$get({ query: { q: query(tag) } }), 200);
    expect(page.data.map((r) => r.id)).toEqual([created.id]);
  });

  it("finds a research task by a long description fragment", async () => {
    const tag = uniq("k");
    const created = await expectStatus(
      api(a.write)["research-tasks"].$post({ json: { title: tag, description: phrase(tag) } }),
      201,
    );
    const page = await expectStatus(api(a.read)["research-tasks"].$get({ query: { q: query(tag) } }), 200);
    expect(page.data.map((t) => t.id)).toEqual([created.id]);
  });

  it("finds a knowledge entry by a long content fragment", async () => {
    const tag = uniq("e");
    const created = await expectStatus(
      api(a.write).knowledge.entries.$post({ json: { title: tag, content: `Notes. ${phrase(tag)}. End.` } }),
      201,
    );
    const page = await expectStatus(api(a.read).knowledge.entries.$get({ query: { q: query(tag) } }), 200);
    expect(page.data.map((e) => e.id)).toEqual([created.id]);
  });

  it("treats % and _ in the text as literal characters", async () => {
    const tag = uniq("l");
    await expectStatus(api(a.write)["research-tasks"].$post({ json: { title: `${tag} 100 percent` } }), 201);
    const page = await expectStatus(api(a.read)["research-tasks"].$get({ query: { q: `${tag} 100%` } }), 200);
    expect(page.data).toEqual([]);
  });
});
