import { env } from "cloudflare:workers";
import type { Client as V2Client } from "@modelcontextprotocol/client";
import type { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import {
  createRepository,
  createTask,
  createTechnology,
  createTenant,
  instanceAdmin,
  type Tenant,
  uniq,
} from "../helpers";
import { ingestDoc } from "../knowledge/knowledge-helpers";
import { ERAS } from "./clients";

type AnyClient = V1Client | V2Client;

/** Reads a resource and returns its one content block. */
async function read(client: AnyClient, uri: string) {
  const result = await client.readResource({ uri });
  expect(result.contents).toHaveLength(1);
  const [content] = result.contents;
  if (!content || !("text" in content)) throw new Error(`${uri}: no text content`);
  return content;
}

const readJson = async <T = Record<string, unknown>>(client: AnyClient, uri: string) =>
  JSON.parse((await read(client, uri)).text) as T;

let t: Tenant;
let tech: { id: string; title: string };
let repo: { id: string; owner: string; name: string };
let task: { id: string; title: string };
let documentId: string;
let jobId: string;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
  tech = await createTechnology(t.write, { title: uniq("Demeter"), description: "A scheduling library" });
  repo = await createRepository(t.write);
  task = await createTask(t.write, { title: uniq("Assess Demeter"), technologyId: tech.id });
  const doc = await ingestDoc(t.write, {
    title: "Demeter notes",
    content: "# Demeter\n\nDemeter schedules work across regions.",
  });
  documentId = doc.document.id;
  jobId = (await expectStatus(api(t.write).jobs.$post({ json: { type: "test.steps", params: { steps: 1 } } }), 202)).id;
  await expectStatus(
    api(t.write).schedules.$post({
      json: { name: uniq("weekly"), frequency: "weekly", jobType: "test.steps", jobParams: { steps: 3 } },
    }),
    201,
  );
});

describe.each(ERAS)("resources and prompts over $era", ({ connect }) => {
  it("lists the fixed and list resources and every template", async () => {
    const client = await connect(t.read);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(
      [
        "commandcenter://jobs",
        "commandcenter://jobs/active",
        "commandcenter://knowledge/documents",
        "commandcenter://overview",
        "commandcenter://project",
        "commandcenter://radar",
        "commandcenter://radar.svg",
        "commandcenter://repositories",
        "commandcenter://research-tasks",
        "commandcenter://schedules",
        "commandcenter://schedules/active",
        "commandcenter://technologies",
      ].sort(),
    );
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((r) => r.uriTemplate)).toEqual(
      expect.arrayContaining([
        "commandcenter://technologies/{id}",
        "commandcenter://research-tasks/{id}",
        "commandcenter://repositories/{id}",
        "commandcenter://jobs/{id}",
        "commandcenter://knowledge/documents/{id}",
        "commandcenter://knowledge/documents/{id}/text",
        "commandcenter://technologies{?cursor}",
      ]),
    );
    await client.close();
  });

  it("reads the project, the overview and the radar as JSON and SVG", async () => {
    const client = await connect(t.read);
    expect(await readJson(client, "commandcenter://project")).toMatchObject({ id: t.projectId });
    const overview = await readJson<{ technologies: { total: number }; researchTasks: number; jobTypes: unknown[] }>(
      client,
      "commandcenter://overview",
    );
    expect(overview.technologies.total).toBeGreaterThan(0);
    expect(overview.researchTasks).toBeGreaterThan(0);
    expect(overview.jobTypes.length).toBeGreaterThan(0);
    const radar = await readJson<{ blips: { id: string }[] }>(client, "commandcenter://radar");
    expect(radar.blips.map((b) => b.id)).toContain(tech.id);
    const svg = await read(client, "commandcenter://radar.svg");
    expect(svg.mimeType).toBe("image/svg+xml");
    expect(svg.text).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.text).toContain(tech.title);
    await client.close();
  });

  it("reads every list resource through its REST list", async () => {
    const client = await connect(t.read);
    const lists: [string, string][] = [
      ["technologies", tech.id],
      ["research-tasks", task.id],
      ["repositories", repo.id],
      ["jobs", jobId],
      ["jobs/active", jobId],
      ["knowledge/documents", documentId],
    ];
    for (const [path, id] of lists) {
      const page = await readJson<{ data: { id: string }[]; nextCursor: string | null }>(
        client,
        `commandcenter://${path}`,
      );
      expect(
        page.data.map((r) => r.id),
        path,
      ).toContain(id);
      expect(page.nextCursor).toBeNull();
    }
    const schedules = await readJson<{ data: { enabled: boolean }[] }>(client, "commandcenter://schedules/active");
    expect(schedules.data.length).toBeGreaterThan(0);
    expect(schedules.data.every((s) => s.enabled)).toBe(true);
    expect((await readJson<{ data: unknown[] }>(client, "commandcenter://schedules")).data.length).toBeGreaterThan(0);
    await client.close();
  });

  it("reads every per-row template", async () => {
    const client = await connect(t.read);
    const technology = await readJson<{ technology: { id: string }; history: unknown[] }>(
      client,
      `commandcenter://technologies/${tech.id}`,
    );
    expect(technology.technology.id).toBe(tech.id);
    expect(technology.history.length).toBeGreaterThan(0);
    expect(await readJson(client, `commandcenter://research-tasks/${task.id}`)).toMatchObject({ id: task.id });
    expect(await readJson(client, `commandcenter://repositories/${repo.id}`)).toMatchObject({
      repository: { id: repo.id },
      latestAnalysis: null,
    });
    expect(await readJson(client, `commandcenter://jobs/${jobId}`)).toMatchObject({ id: jobId, type: "test.steps" });
    expect(await readJson(client, `commandcenter://knowledge/documents/${documentId}`)).toMatchObject({
      id: documentId,
      title: "Demeter notes",
    });
    const text = await read(client, `commandcenter://knowledge/documents/${documentId}/text`);
    expect(text).toMatchObject({ mimeType: "text/plain" });
    expect(text.text).toContain("Demeter schedules work across regions.");
    await client.close();
  });

  it("answers a missing row as resource not found", async () => {
    const client = await connect(t.read);
    await expect(client.readResource({ uri: "commandcenter://technologies/tech_missing" })).rejects.toThrow(
      /not found/i,
    );
    await client.close();
  });

  it("gets every prompt filled with the project's data", async () => {
    const client = await connect(t.read);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(
      [
        "analyze_project",
        "architecture_review",
        "evaluate_technology",
        "generate_report",
        "plan_research",
        "prioritize_tasks",
        "radar_review",
        "review_code",
      ].sort(),
    );
    const cases: [string, Record<string, string>, string][] = [
      ["analyze_project", {}, tech.title],
      ["evaluate_technology", { technology: tech.title.toLowerCase() }, "A scheduling library"],
      ["plan_research", { topic: "Demeter", task: task.title }, task.id],
      ["review_code", { repository: `${repo.owner}/${repo.name}` }, "not been analysed yet"],
      ["generate_report", { since: "2000-01-01" }, "technology.created"],
      ["prioritize_tasks", {}, task.title],
      ["architecture_review", {}, `${repo.owner}/${repo.name}`],
      ["radar_review", { staleDays: "0" }, tech.title],
    ];
    for (const [name, args, expected] of cases) {
      const result = await client.getPrompt({ name, arguments: args });
      const message = result.messages[0]?.content;
      expect(message?.type, name).toBe("text");
      expect(message && "text" in message ? message.text : "", name).toContain(expected);
    }
    await expect(client.getPrompt({ name: "evaluate_technology", arguments: { technology: "nope" } })).rejects.toThrow(
      /technology 'nope' not found/,
    );
    await client.close();
  });

  it("completes technology, repository and task names", async () => {
    const client = await connect(t.read);
    const complete = async (prompt: string, argument: string, value: string) =>
      (await client.complete({ ref: { type: "ref/prompt", name: prompt }, argument: { name: argument, value } }))
        .completion.values;
    expect(await complete("evaluate_technology", "technology", tech.title.slice(0, 6))).toContain(tech.title);
    expect(await complete("review_code", "repository", repo.name)).toEqual([`${repo.owner}/${repo.name}`]);
    expect(await complete("plan_research", "task", "Assess")).toContain(task.title);
    expect(await complete("analyze_project", "focus", "x")).toEqual([]);
    await client.close();
  });

  it("answers invalid params (-32602) to completion of a resource it does not have or an argument its prompt lacks", async () => {
    const client = await connect(t.read);
    const known = await client.complete({
      ref: { type: "ref/resource", uri: "commandcenter://technologies/{id}" },
      argument: { name: "id", value: "tec" },
    });
    expect(known.completion.values).toEqual([]);
    const refusals = [
      { ref: { type: "ref/resource", uri: "commandcenter://nothing/{id}" }, argument: { name: "id", value: "x" } },
      { ref: { type: "ref/prompt", name: "evaluate_technology" }, argument: { name: "colour", value: "x" } },
    ] as const;
    for (const params of refusals) {
      await expect(client.complete(params)).rejects.toMatchObject({ code: -32602 });
    }
    const unknownPrompt = await client.complete({
      ref: { type: "ref/prompt", name: "not_a_prompt" },
      argument: { name: "arg1", value: "x" },
    });
    expect(unknownPrompt.completion.values).toEqual([]);
    await client.close();
  });
});

describe("list resource paging", () => {
  it("pages a list with cursors until the last page", async () => {
    const own = await createTenant(await instanceAdmin());
    // The rows only need to exist: written in one batch, as the paging is what is under test.
    const insert = env.DB.prepare("insert into technologies (id, project_id, title) values (?, ?, ?)");
    await env.DB.batch(
      Array.from({ length: 51 }, (_, i) => insert.bind(`tech_paged${i}`, own.projectId, `paged-${i}`)),
    );
    const client = await ERAS[1].connect(own.read);
    const first = await readJson<{ data: unknown[]; nextCursor: string; next: string }>(
      client,
      "commandcenter://technologies",
    );
    expect(first.data).toHaveLength(50);
    expect(first.next).toBe(`commandcenter://technologies?cursor=${first.nextCursor}`);
    const second = await readJson<{ data: unknown[]; nextCursor: string | null }>(client, first.next);
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    await expect(client.readResource({ uri: "commandcenter://technologies?cursor=bogus" })).rejects.toThrow(
      /invalid cursor/,
    );
    await client.close();
  });
});
