import type { Client as V2Client } from "@modelcontextprotocol/client";
import type { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { ingestDoc } from "../knowledge/knowledge-helpers";
import { analyse, newRepo, packageJson } from "../portfolio/portfolio-helpers";
import { ERAS } from "./clients";

type AnyClient = V1Client | V2Client;
interface Answer {
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
  content: { type: string; text?: string }[];
}
interface Blip {
  title: string;
  projects: number;
  disagreement: boolean;
  rings: Record<string, number>;
}
interface Drift {
  id: string;
  projectId: string;
  kind: string;
  title: string;
}
interface Hit {
  project: { id: string; slug: string };
  document: { title: string };
}

async function ok<T>(client: AnyClient, name: string, args: Record<string, unknown> = {}): Promise<T & Answer> {
  const answer = (await client.callTool({ name, arguments: args })) as Answer;
  expect(answer.isError, JSON.stringify(answer.content)).toBeFalsy();
  return { ...answer, ...(answer.structuredContent as T) };
}

let admin: string;
let a: Tenant;
let b: Tenant;

/** Two projects: Moment.js on Hold in A and adopted in B, both evidenced in code; a document in each. */
beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, "mcp-pf-a");
  b = await createTenant(admin, "mcp-pf-b");
  await expectStatus(api(a.write).technologies.$post({ json: { title: "Moment.js", status: "archived" } }), 201);
  await expectStatus(api(b.write).technologies.$post({ json: { title: "Moment.js", status: "integrated" } }), 201);
  await analyse(a.write, await newRepo(a.write, "web"), { "package.json": packageJson({ moment: "^2.29.4" }) });
  await analyse(b.write, await newRepo(b.write, "shop"), { "package.json": packageJson({ moment: "2.30.1" }) });
  await ingestDoc(a.write, { title: "Leaving Moment", format: "markdown", content: "# Dates\n\nMoment is frozen." });
  await ingestDoc(b.write, { title: "Keeping Moment", format: "markdown", content: "# Dates\n\nMoment still works." });
}, 60_000);

describe.each(ERAS)("portfolio tools over $era", ({ connect }) => {
  it("lists the three portfolio tools as read-only, so a read key may call them", async () => {
    const client = await connect(a.read);
    const { tools } = await client.listTools();
    for (const name of ["portfolio_radar", "find_drift", "search_all_projects"]) {
      const tool = tools.find((t) => t.name === name);
      expect(tool?.annotations?.readOnlyHint, name).toBe(true);
      expect(tool?.outputSchema?.type, name).toBe("object");
    }
    await client.close();
  });

  it("shows an instance key every project: the shared blip with its disagreement, both projects' drift and hits", async () => {
    const client = await connect(admin, a.projectId);
    const radar = await ok<{ projects: number | null; blips: Blip[] }>(client, "portfolio_radar", { limit: 500 });
    expect(radar.projects).toBeNull();
    expect(radar.blips.find((x) => x.title === "Moment.js")).toMatchObject({
      projects: 2,
      disagreement: true,
      rings: { adopt: 1, trial: 0, assess: 0, hold: 1 },
    });
    expect(radar.content[0]?.text).toMatch(/Moment\.js \[.*\] in 2 project\(s\), disagreement/);

    const drift = await ok<{ data: Drift[] }>(client, "find_drift", { kind: "hold_in_use,ring_conflict" });
    expect(drift.data.filter((d) => d.title === "Moment.js").map((d) => `${d.projectId}:${d.kind}`)).toEqual(
      expect.arrayContaining([`${a.projectId}:hold_in_use`, `${a.projectId}:ring_conflict`]),
    );
    expect(drift.data.some((d) => d.projectId === b.projectId)).toBe(true);

    const hits = await ok<{ projects: number; data: Hit[] }>(client, "search_all_projects", {
      q: "Moment",
      mode: "keyword",
    });
    expect(hits.data.map((h) => `${h.project.id}:${h.document.title}`).sort()).toEqual(
      [`${a.projectId}:Leaving Moment`, `${b.projectId}:Keeping Moment`].sort(),
    );
    expect(hits.content[0]?.text).toMatch(/^- \[[^\]]*mcp-pf-[ab]\] /);
    await client.close();
  });

  it("shows a project key its own project only, in every portfolio tool", async () => {
    const client = await connect(a.read);
    const radar = await ok<{ projects: number | null; blips: Blip[] }>(client, "portfolio_radar", { limit: 500 });
    expect(radar.projects).toBe(1);
    expect(radar.blips.find((x) => x.title === "Moment.js")).toMatchObject({ projects: 1, disagreement: false });

    const drift = await ok<{ data: Drift[] }>(client, "find_drift", { state: "open,dismissed,resolved", limit: 100 });
    expect(drift.data.length).toBeGreaterThan(0);
    expect(new Set(drift.data.map((d) => d.projectId))).toEqual(new Set([a.projectId]));
    expect(drift.data.map((d) => d.kind)).not.toContain("ring_conflict");
    const asked = await ok<{ data: Drift[] }>(client, "find_drift", { projectId: b.projectId });
    expect(asked.data).toEqual([]);

    const hits = await ok<{ projects: number; data: Hit[] }>(client, "search_all_projects", {
      q: "Moment",
      mode: "hybrid",
    });
    expect(hits.projects).toBe(1);
    expect(hits.data.map((h) => h.project.id)).toEqual([a.projectId]);
    expect(JSON.stringify(hits.structuredContent)).not.toContain(b.projectId);
    await client.close();
  });

  it("refuses bad input with the API's validation message instead of failing the call", async () => {
    const client = await connect(a.read);
    const answer = (await client.callTool({ name: "find_drift", arguments: { kind: "bogus" } })) as Answer;
    expect(answer.isError).toBe(true);
    expect(answer.content[0]?.text).toMatch(/unknown kind: bogus/);
    await client.close();
  });
});
