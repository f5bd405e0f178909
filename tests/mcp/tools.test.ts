import type { Client as V2Client } from "@modelcontextprotocol/client";
import type { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { auditOf, createRepository, createTenant, instanceAdmin, type Tenant, uniq } from "../helpers";
import { ERAS } from "./clients";

type AnyClient = V1Client | V2Client;
interface ToolAnswer {
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
  content: { type: string; text?: string }[];
}

/** Calls a tool and returns its answer; either era's client answers the same shape. */
async function tool(client: AnyClient, name: string, args: Record<string, unknown> = {}): Promise<ToolAnswer> {
  return (await client.callTool({ name, arguments: args })) as ToolAnswer;
}

/** Calls a tool that must succeed and returns its structured answer. */
async function ok<T = Record<string, unknown>>(client: AnyClient, name: string, args: Record<string, unknown> = {}) {
  const answer = await tool(client, name, args);
  expect(answer.isError, JSON.stringify(answer.content)).toBeFalsy();
  expect(answer.content[0]?.type).toBe("text");
  return answer.structuredContent as T;
}

interface Row {
  id: string;
  version: number;
  [k: string]: unknown;
}

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

describe.each(ERAS)("tools over $era", ({ era, connect }) => {
  it("lists every tool with schemas and annotations", async () => {
    const client = await connect(t.read);
    const { tools } = await client.listTools();
    const names = tools.map((x) => x.name).sort();
    expect(names).toEqual(
      [
        "add_knowledge_document",
        "add_technology",
        "analyze_repository",
        "cancel_job",
        "create_job",
        "create_research_task",
        "create_schedule",
        "disable_schedule",
        "enable_schedule",
        "execute_schedule",
        "get_job_status",
        "get_radar",
        "get_technology",
        "list_events",
        "list_repositories",
        "list_technologies",
        "move_technology",
        "portfolio_radar",
        "find_drift",
        "search_all_projects",
        "search_knowledge",
        "update_research_task",
      ].sort(),
    );
    for (const x of tools) {
      expect(x.inputSchema.type).toBe("object");
      expect(x.outputSchema?.type).toBe("object");
      expect(typeof x.annotations?.readOnlyHint).toBe("boolean");
      expect(x.description).toBeTruthy();
    }
    expect(tools.find((x) => x.name === "cancel_job")?.annotations?.destructiveHint).toBe(true);
    await client.close();
  });

  it("adds, lists, gets and moves a technology, and the move is audited as via MCP", async () => {
    const client = await connect(t.write);
    const title = uniq("Deno");
    const added = await ok<Row>(client, "add_technology", { title, domain: "infrastructure" });
    const listed = await ok<{ data: Row[] }>(client, "list_technologies", { q: title });
    expect(listed.data.map((r) => r.id)).toEqual([added.id]);
    const moved = await ok<Row>(client, "move_technology", {
      id: added.id,
      status: "evaluation",
      note: "worth a look",
      version: added.version,
    });
    expect(moved).toMatchObject({ status: "evaluation", version: added.version + 1 });
    const detail = await ok<{ technology: Row; history: { kind: string; note: string | null }[] }>(
      client,
      "get_technology",
      { id: added.id },
    );
    expect(detail.history.map((h) => h.kind)).toEqual(["status", "created"]);
    expect(detail.history.find((h) => h.kind === "status")?.note).toBe("worth a look");
    const audit = await auditOf(t.admin, added.id);
    expect(audit.map((a) => [a.action, a.via])).toEqual([
      ["update", "mcp"],
      ["create", "mcp"],
    ]);
    await client.close();
  });

  it("refuses a move from a stale version with the conflict's message", async () => {
    const client = await connect(t.write);
    const added = await ok<Row>(client, "add_technology", { title: uniq("stale") });
    await ok(client, "move_technology", { id: added.id, priority: 4, version: added.version });
    const answer = await tool(client, "move_technology", {
      id: added.id,
      status: "integrated",
      version: added.version,
    });
    expect(answer.isError).toBe(true);
    expect(answer.content[0]?.text).toMatch(/^conflict: .*you sent version 1, current is 2/);
    await client.close();
  });

  it("reads the radar now and as it stood before a technology existed", async () => {
    const client = await connect(t.write);
    const added = await ok<Row>(client, "add_technology", { title: uniq("radar") });
    const now = await ok<{ blips: { id: string }[] }>(client, "get_radar");
    expect(now.blips.map((b) => b.id)).toContain(added.id);
    const before = await ok<{ blips: { id: string }[] }>(client, "get_radar", { asOf: "2000-01-01" });
    expect(before.blips).toEqual([]);
    await client.close();
  });

  it("adds a knowledge document and finds it by search with heading path and snippet", async () => {
    const client = await connect(t.write);
    const word = uniq("zebracorn").replace("-", "");
    const added = await ok<{ outcome: string; document: Row }>(client, "add_knowledge_document", {
      title: "Field notes",
      content: `# Notes\n\n## Sightings\n\nThe ${word} was seen near the river.`,
    });
    expect(added.outcome).toBe("created");
    const found = await ok<{ data: { document: Row; chunks: { headingPath: string[]; snippet: string }[] }[] }>(
      client,
      "search_knowledge",
      { q: word, mode: "keyword" },
    );
    expect(found.data[0]?.document.id).toBe(added.document.id);
    expect(found.data[0]?.chunks[0]?.headingPath).toEqual(["Notes", "Sightings"]);
    expect(found.data[0]?.chunks[0]?.snippet).toContain("<mark>");
    await client.close();
  });

  it("lists repositories and starts an analysis by id and by GitHub URL", async () => {
    const client = await connect(t.write);
    const repo = await createRepository(t.write);
    const listed = await ok<{ data: Row[] }>(client, "list_repositories", { q: String(repo.name) });
    expect(listed.data.map((r) => r.id)).toEqual([repo.id]);
    const byId = await ok<{ repository: Row; job: Row }>(client, "analyze_repository", { repositoryId: repo.id });
    expect(byId.job).toMatchObject({ type: "repository.analyse", params: { repositoryId: repo.id } });
    const name = uniq("svc");
    const byUrl = await ok<{ repository: Row; job: Row }>(client, "analyze_repository", {
      url: `https://github.com/acme/${name}`,
    });
    expect(byUrl.repository).toMatchObject({ provider: "github", owner: "acme", name });
    const again = await ok<{ repository: Row }>(client, "analyze_repository", {
      url: `https://github.com/acme/${name}`,
    });
    expect(again.repository.id).toBe(byUrl.repository.id);
    await client.close();
  });

  it("reports an analysis job's progress when the client asks for it", async () => {
    const client = await connect(t.write);
    const repo = await createRepository(t.write);
    const seen: { progress: number; message?: string }[] = [];
    const params = { name: "analyze_repository", arguments: { repositoryId: repo.id, waitSeconds: 1 } };
    const onprogress = (p: { progress: number; message?: string }) => seen.push(p);
    // The v1 client takes (params, resultSchema, options), the v2 client (params, options).
    const answer = (
      "getNegotiatedProtocolVersion" in client
        ? await client.callTool(params, { onprogress })
        : await client.callTool(params, undefined, { onprogress })
    ) as ToolAnswer;
    expect(answer.isError).toBeFalsy();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]?.message).toMatch(/^pending/);
    await client.close();
  });

  it("creates and updates a research task", async () => {
    const client = await connect(t.write);
    const task = await ok<Row>(client, "create_research_task", { title: uniq("task") });
    const updated = await ok<Row>(client, "update_research_task", {
      id: task.id,
      status: "in_progress",
      version: task.version,
    });
    expect(updated).toMatchObject({ status: "in_progress", version: task.version + 1 });
    await client.close();
  });

  it("creates, runs, disables and enables a schedule", async () => {
    const client = await connect(t.write);
    const schedule = await ok<Row>(client, "create_schedule", {
      name: uniq("nightly"),
      frequency: "daily",
      hour: 3,
      jobType: "test.steps",
      jobParams: { steps: era === "2025-11-25" ? 1 : 2 },
    });
    const job = await ok<Row>(client, "execute_schedule", { id: schedule.id });
    expect(job).toMatchObject({ type: "test.steps", status: "pending" });
    expect(await ok<Row>(client, "disable_schedule", { id: schedule.id })).toMatchObject({ enabled: false });
    expect(await ok<Row>(client, "enable_schedule", { id: schedule.id })).toMatchObject({ enabled: true });
    await client.close();
  });

  it("starts, reads and cancels a job", async () => {
    const client = await connect(t.write);
    const job = await ok<Row>(client, "create_job", { type: "test.steps", params: { steps: 2 }, delaySeconds: 60 });
    expect(await ok<Row>(client, "get_job_status", { id: job.id })).toMatchObject({ id: job.id, status: "scheduled" });
    expect(await ok<Row>(client, "cancel_job", { id: job.id })).toMatchObject({ status: "cancelled" });
    await client.close();
  });

  it("lists the events MCP writes leave, the same as the REST API's", async () => {
    const client = await connect(t.write);
    const added = await ok<Row>(client, "add_technology", { title: uniq("evented") });
    const page = await ok<{ data: { subject: string; payload: { id?: string } }[] }>(client, "list_events", {
      subject: "technology.*",
      order: "desc",
      limit: 50,
    });
    expect(page.data.find((e) => e.payload.id === added.id)?.subject).toBe("technology.created");
    const rest = await expectStatus(
      api(t.read).events.$get({ query: { subject: "technology.created", order: "desc" } }),
      200,
    );
    expect(rest.data.map((e) => e.payload.id)).toContain(added.id);
    await client.close();
  });
});
