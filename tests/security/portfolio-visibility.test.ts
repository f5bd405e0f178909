import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { call, createTenant, instanceAdmin } from "../helpers";
import { ingestDoc } from "../knowledge/knowledge-helpers";
import { analyse, hourlyTick, newRepo, packageJson } from "../portfolio/portfolio-helpers";
import { PORTFOLIO_OPERATIONS } from "./portfolio-operations";

const admin = await instanceAdmin();
const mine = await createTenant(admin, "visible-mine");
const theirs = await createTenant(admin, "hidden-theirs");
const myRepo = await newRepo(mine.write, "app");
const theirRepo = await newRepo(theirs.write, "app");
const files = { "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0" }) };
await analyse(mine.write, myRepo, files);
await analyse(theirs.write, theirRepo, { "package.json": packageJson({ react: "^17.0.0", express: "^4.19.0" }) });
const techs = await expectStatus(api(theirs.read).technologies.$get({ query: { limit: "100" } }), 200);
for (const t of techs.data) {
  await expectStatus(
    api(theirs.write).technologies[":id"].$patch({ param: { id: t.id }, json: { status: "archived" } }),
    200,
  );
  await expectStatus(
    api(theirs.write)["research-tasks"].$post({ json: { title: `research ${t.title}`, technologyId: t.id } }),
    201,
  );
}
const myTechs = await expectStatus(api(mine.read).technologies.$get({ query: { limit: "100" } }), 200);
for (const t of myTechs.data) {
  await expectStatus(
    api(mine.write).technologies[":id"].$patch({ param: { id: t.id }, json: { status: "integrated" } }),
    200,
  );
  await expectStatus(
    api(mine.write)["research-tasks"].$post({ json: { title: `research ${t.title}`, technologyId: t.id } }),
    201,
  );
}
await ingestDoc(theirs.write, { title: "probe notes", format: "markdown", content: "# Probe\n\nReact probe notes." });
await ingestDoc(mine.write, { title: "probe notes", format: "markdown", content: "# Probe\n\nReact probe notes." });
await hourlyTick();
const secrets = [theirs.projectId, theirs.slug, "hidden-theirs", theirRepo, ...techs.data.map((t) => t.id)];

describe("a project key never sees another project in a portfolio answer", () => {
  it("the instance key sees both projects, so there is something to hide", async () => {
    const drift = await expectStatus(
      api(admin).portfolio.drift.$get({ query: { kind: "ring_conflict", limit: "100" } }),
      200,
    );
    expect(new Set(drift.data.map((d) => d.projectId))).toEqual(new Set([mine.projectId, theirs.projectId]));
    const gaps = await expectStatus(api(admin).portfolio.gaps.$get({ query: {} }), 200);
    expect(gaps.duplicates.length).toBeGreaterThan(0);
  });

  const QUERIES: Record<string, Record<string, string>> = {
    "/portfolio/search": { q: "react probe notes", mode: "hybrid" },
    "/portfolio/drift": { state: "open,dismissed,resolved", limit: "100" },
    "/portfolio/radar": { limit: "500" },
    "/portfolio/matrix": { limit: "100" },
  };
  const reads = PORTFOLIO_OPERATIONS.filter((op) => op.method === "GET" && !op.path.includes("{"));
  it.each(reads.map((op) => op.path))("GET %s", async (path) => {
    const query = new URLSearchParams(QUERIES[path] ?? {});
    for (const key of [mine.read, mine.admin]) {
      const res = await call("GET", `/api/v1${path}?${query}`, { key });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const text = JSON.stringify(res.body);
      expect(secrets.filter((s) => text.includes(s))).toEqual([]);
    }
  });
});
