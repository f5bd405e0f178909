import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { ingestDoc } from "../knowledge/knowledge-helpers";
import { analyse, newRepo, packageJson } from "./portfolio-helpers";

let admin: string;
let a: Tenant;
let b: Tenant;
let c: Tenant;
const repos: Record<string, string> = {};

/** Three projects, four repositories: React everywhere at different versions, rings that disagree. */
beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, "views-a");
  b = await createTenant(admin, "views-b");
  c = await createTenant(admin, "views-c");
  repos.a1 = await newRepo(a.write, "web");
  repos.a2 = await newRepo(a.write, "admin");
  repos.b1 = await newRepo(b.write, "shop");
  repos.c1 = await newRepo(c.write, "legacy");
  await analyse(a.write, repos.a1, { "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0" }) });
  await analyse(a.write, repos.a2, { "package.json": packageJson({ react: "^17.0.2", express: "4.18.1" }) });
  await analyse(b.write, repos.b1, { "package.json": packageJson({ react: "18.3.1", lodash: "4.17.21" }) });
  await analyse(c.write, repos.c1, { "package.json": packageJson({ jquery: "1.12.4" }) });
  const status = async (t: Tenant, title: string, to: "integrated" | "archived" | "evaluation") => {
    const page = await expectStatus(api(t.read).technologies.$get({ query: { q: title, limit: "100" } }), 200);
    const tech = page.data.find((x) => x.title === title);
    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: tech?.id ?? "" }, json: { status: to } }),
      200,
    );
  };
  await status(a, "React", "integrated");
  await status(b, "React", "archived");
  await expectStatus(api(c.write).technologies.$post({ json: { title: "React.js", status: "integrated" } }), 201);
});

const radarOf = (key: string) => expectStatus(api(key).portfolio.radar.$get({ query: {} }), 200);

describe("portfolio radar and matrix", () => {
  it("matches technologies across projects by name and marks where projects disagree", async () => {
    const radar = await radarOf(admin);
    const react = radar.blips.find((x) => x.key === "react");
    expect(react).toMatchObject({ title: "React", projects: 2, disagreement: true, rings: { adopt: 1, hold: 1 } });
    expect(radar.blips.find((x) => x.key === "express")).toMatchObject({ projects: 1, disagreement: false });
    expect(radar.blips.find((x) => x.key === "reactjs")).toMatchObject({ projects: 1 });
  });

  it("counts a name an admin links with 'same as' under the other, and the undo splits them again", async () => {
    const link = await expectStatus(
      api(admin).portfolio.links.$post({ json: { technology: "React.js", sameAs: "React" } }),
      201,
    );
    expect(link).toMatchObject({ alias: "reactjs", canonical: "react" });
    const linked = await radarOf(admin);
    expect(linked.blips.find((x) => x.key === "react")).toMatchObject({
      title: "React",
      projects: 3,
      rings: { adopt: 2 },
    });
    expect(linked.blips.find((x) => x.key === "reactjs")).toBeUndefined();

    await expectStatus(api(admin).portfolio.links[":alias"].$delete({ param: { alias: "React.js" } }), 204);
    expect((await radarOf(admin)).blips.find((x) => x.key === "react")?.projects).toBe(2);
    const audit = await expectStatus(api(admin).audit.$get({ query: { entityId: "reactjs" } }), 200);
    expect(audit.data.map((r) => r.action)).toEqual(["delete", "create"]);
  });

  it("shows the ring of each project in the matrix, filters by disagreement and ring, and pages by key", async () => {
    const disagreeing = await expectStatus(api(admin).portfolio.matrix.$get({ query: { disagreement: "true" } }), 200);
    expect(disagreeing.data.map((r) => r.key)).toEqual(["react"]);
    expect(disagreeing.data[0]?.cells).toEqual(
      expect.arrayContaining([
        { projectId: a.projectId, ring: "adopt" },
        { projectId: b.projectId, ring: "hold" },
      ]),
    );
    const held = await expectStatus(api(admin).portfolio.matrix.$get({ query: { ring: "hold" } }), 200);
    expect(held.data.map((r) => r.key)).toEqual(["react"]);

    const first = await expectStatus(api(admin).portfolio.matrix.$get({ query: { limit: "2" } }), 200);
    expect(first.data).toHaveLength(2);
    const second = await expectStatus(
      api(admin).portfolio.matrix.$get({ query: { limit: "2", cursor: first.nextCursor ?? "" } }),
      200,
    );
    const keys = [...first.data, ...second.data].map((r) => r.key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives a project key a portfolio of its own project only", async () => {
    const radar = await radarOf(b.read);
    expect(radar.projects).toBe(1);
    expect(radar.blips.find((x) => x.key === "react")).toMatchObject({
      projects: 1,
      disagreement: false,
      ring: "hold",
    });
    expect(radar.blips.map((x) => x.key)).not.toContain("express");
    const matrix = await expectStatus(api(b.read).portfolio.matrix.$get({ query: { limit: "100" } }), 200);
    expect(matrix.projects.map((p) => p.id)).toEqual([b.projectId]);
    expect(matrix.data.flatMap((r) => r.cells.map((x) => x.projectId))).toEqual(
      matrix.data.flatMap((r) => r.cells.map(() => b.projectId)),
    );
  });
});

describe("dependency drift", () => {
  it("lists each repository's declared version as its manifest says, the majors in use and who lags behind the newest", async () => {
    const deps = await expectStatus(
      api(admin).portfolio.dependencies.$get({ query: { ecosystem: "npm", limit: "100" } }),
      200,
    );
    const react = deps.data.find((d) => d.name === "react");
    expect(react).toMatchObject({ newest: "18.3.1", majors: [17, 18], behind: 2 });
    const versions = Object.fromEntries(react?.repositories.map((r) => [r.repositoryId, [r.version, r.behind]]) ?? []);
    expect(versions).toEqual({
      [repos.a1 ?? ""]: ["^18.2.0", true],
      [repos.a2 ?? ""]: ["^17.0.2", true],
      [repos.b1 ?? ""]: ["18.3.1", false],
    });
    expect(deps.data[0]?.name).toBe("react");
    const express = deps.data.find((d) => d.name === "express");
    expect(express).toMatchObject({ newest: "^4.19.0", majors: [4], behind: 1 });
  });

  it("shows a project key only its own repositories", async () => {
    const deps = await expectStatus(api(a.read).portfolio.dependencies.$get({ query: { q: "react" } }), 200);
    expect(deps.data[0]?.repositories.map((r) => r.projectId)).toEqual([a.projectId, a.projectId]);
    expect(deps.data[0]).toMatchObject({ newest: "^18.2.0", behind: 1 });
  });
});

describe("research gaps and duplicate effort", () => {
  it("lists used technologies nobody researched, idle evaluations, and research on one technology in several projects", async () => {
    const before = await expectStatus(api(admin).portfolio.gaps.$get({ query: {} }), 200);
    expect(before.unresearched.map((g) => `${g.project}:${g.title}`)).toEqual(
      expect.arrayContaining(["views-a:Express", "views-b:Lodash", "views-c:jQuery"]),
    );
    const reactIn = async (t: Tenant) =>
      (await expectStatus(api(t.read).technologies.$get({ query: { q: "React", limit: "100" } }), 200)).data.find(
        (x) => x.title === "React",
      )?.id;
    for (const t of [a, b]) {
      await expectStatus(
        api(t.write)["research-tasks"].$post({
          json: { title: "Is React still right?", technologyId: await reactIn(t) },
        }),
        201,
      );
    }
    const after = await expectStatus(api(admin).portfolio.gaps.$get({ query: { inactiveDays: "1" } }), 200);
    expect(after.unresearched.map((g) => `${g.project}:${g.title}`)).not.toContain("views-a:React");
    expect(after.duplicates).toEqual([
      expect.objectContaining({
        key: "react",
        tasks: [
          expect.objectContaining({ projectId: a.projectId }),
          expect.objectContaining({ projectId: b.projectId }),
        ],
      }),
    ]);
    const own = await expectStatus(api(a.read).portfolio.gaps.$get({ query: {} }), 200);
    expect(own.duplicates).toEqual([]);
  });
});

describe("cross-project search", () => {
  it("searches every visible project's knowledge, labels hits by project, and never searches an invisible one", async () => {
    await ingestDoc(a.write, {
      title: "Upgrading React",
      format: "markdown",
      content: "# React upgrade\n\nWe moved the web app to React 18 concurrent rendering.",
    });
    await ingestDoc(b.write, {
      title: "Why we hold React",
      format: "markdown",
      content: "# Hold\n\nReact concurrent rendering broke our legacy widgets.",
    });
    const all = await expectStatus(
      api(admin).portfolio.search.$get({ query: { q: "React concurrent rendering", mode: "keyword" } }),
      200,
    );
    expect(all.data.map((h) => h.project.id).sort()).toEqual([a.projectId, b.projectId].sort());
    expect(all.data.find((h) => h.project.id === b.projectId)?.document.title).toBe("Why we hold React");
    const own = await expectStatus(
      api(a.read).portfolio.search.$get({ query: { q: "React concurrent rendering", mode: "hybrid" } }),
      200,
    );
    expect(own.projects).toBe(1);
    expect(own.data.map((h) => h.project.id)).toEqual([a.projectId]);
  });
});
