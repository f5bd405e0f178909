import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { normaliseKey } from "../../shared/portfolio";
import { ringOf, TECH_STATUSES } from "../../shared/vocabulary";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";

const admin = await instanceAdmin();

const member = (technologyId: string) =>
  env.DB.prepare("select key, ring from portfolio_members where technology_id = ?")
    .bind(technologyId)
    .first<{ key: string; ring: string }>();
const keyRow = (key: string) =>
  env.DB.prepare("select projects, technologies, adopt, trial, assess, hold from portfolio_keys where key = ?")
    .bind(key)
    .first<Record<string, number>>();

describe("portfolio keys kept by triggers", () => {
  it("computes the same key in SQL as normaliseKey does, for every way of writing a name", async () => {
    const t = await createTenant(admin);
    for (const title of [
      "Next.js",
      "NEXT JS",
      "next-js",
      "Node_JS",
      "CI/CD",
      "C++",
      "C#",
      "Élan Vital",
      "  spaced  out ",
    ]) {
      const tech = await expectStatus(api(t.write).technologies.$post({ json: { title } }), 201);
      expect((await member(tech.id))?.key, title).toBe(normaliseKey(tech.title));
    }
  });

  it("puts every status in the ring ringOf gives it, and follows moves", async () => {
    const t = await createTenant(admin);
    const tech = await expectStatus(api(t.write).technologies.$post({ json: { title: "Ring probe" } }), 201);
    for (const status of TECH_STATUSES) {
      await expectStatus(api(t.write).technologies[":id"].$patch({ param: { id: tech.id }, json: { status } }), 200);
      expect((await member(tech.id))?.ring, status).toBe(ringOf(status));
    }
  });

  it("counts projects once per key, rings per technology, and forgets a key when its last technology goes", async () => {
    const [p, q] = [await createTenant(admin), await createTenant(admin)];
    const one = await expectStatus(
      api(p.write).technologies.$post({ json: { title: "Key Probe", status: "integrated" } }),
      201,
    );
    await expectStatus(api(p.write).technologies.$post({ json: { title: "key-probe", status: "archived" } }), 201);
    await expectStatus(api(q.write).technologies.$post({ json: { title: "KeyProbe" } }), 201);
    expect(await keyRow("keyprobe")).toEqual({ projects: 2, technologies: 3, adopt: 1, trial: 0, assess: 1, hold: 1 });
    await expectStatus(api(p.write).technologies[":id"].$delete({ param: { id: one.id } }), 204);
    expect(await keyRow("keyprobe")).toMatchObject({ projects: 2, technologies: 2, adopt: 0 });
    await expectStatus(api(admin).projects[":id"].$delete({ param: { id: p.projectId } }), 204);
    expect(await keyRow("keyprobe")).toMatchObject({ projects: 1, technologies: 1 });
    await expectStatus(api(admin).projects[":id"].$delete({ param: { id: q.projectId } }), 204);
    expect(await keyRow("keyprobe")).toBeNull();
  });
});
