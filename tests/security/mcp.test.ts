import type { Client } from "@modelcontextprotocol/client";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { call, instanceAdmin, uniq } from "../helpers";
import { connectV1, connectV2 } from "../mcp/clients";
import { type Seeded, seedTenant } from "./seed";

let a: Seeded;
let b: Seeded;
beforeAll(async () => {
  const admin = await instanceAdmin();
  [a, b] = await Promise.all([seedTenant(admin), seedTenant(admin)]);
});

interface Answer {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
}

const callTool = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as Answer;

/** Every tool call that carries another project's id somewhere, as project A's write key sends it. */
const foreignCalls = (): [string, Record<string, unknown>][] => [
  ["get_technology", { id: b.ids.technologyId }],
  ["move_technology", { id: b.ids.technologyId, status: "archived" }],
  ["add_knowledge_document", { content: "# x\n\nforeign link", technologyIds: [b.ids.technologyId] }],
  ["analyze_repository", { repositoryId: b.ids.repositoryId }],
  ["create_research_task", { title: uniq("task"), technologyId: b.ids.technologyId }],
  ["create_research_task", { title: uniq("task"), repositoryId: b.ids.repositoryId }],
  ["update_research_task", { id: b.ids.taskId, status: "done" }],
  ["update_research_task", { id: a.ids.taskId, technologyId: b.ids.technologyId }],
  ["execute_schedule", { id: b.ids.scheduleId }],
  ["enable_schedule", { id: b.ids.scheduleId }],
  ["disable_schedule", { id: b.ids.scheduleId }],
  ["create_job", { type: "repository.analyse", params: { repositoryId: b.ids.repositoryId, source: "github" } }],
  ["get_job_status", { id: b.ids.jobId }],
  ["cancel_job", { id: b.ids.jobId }],
];

describe("MCP security", () => {
  it("answers another project's id in every tool as not found, and leaves B's rows as they were", async () => {
    const client = await connectV2(a.tenant.write);
    for (const [name, args] of foreignCalls()) {
      const answer = await callTool(client, name, args);
      expect(answer.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(answer.content[0]?.text, name).toMatch(/^not_found: /);
    }
    await client.close();
    const as = api(b.tenant.read);
    const tech = await expectStatus(as.technologies[":id"].$get({ param: { id: b.ids.technologyId } }), 200);
    expect(tech).toMatchObject({ status: "discovery", version: 1 });
    const task = await expectStatus(as["research-tasks"][":id"].$get({ param: { id: b.ids.taskId } }), 200);
    expect(task.version).toBe(1);
    const schedule = await expectStatus(as.schedules[":id"].$get({ param: { id: b.ids.scheduleId } }), 200);
    expect(schedule).toMatchObject({ enabled: false, version: 1 });
    const job = await expectStatus(as.jobs[":id"].$get({ param: { id: b.ids.jobId } }), 200);
    expect(job.status).toBe("scheduled");
  });

  it("shows no other project's rows in any list or search, the portfolio tools included", async () => {
    const client = await connectV2(a.tenant.read);
    const theirs = Object.values(b.ids);
    const reads: [string, Record<string, unknown>][] = [
      ["list_technologies", { limit: 100 }],
      ["list_repositories", { limit: 100 }],
      ["search_knowledge", { q: "Seeded security suite" }],
      ["search_knowledge", { q: "Seeded", technology: b.ids.technologyId }],
      ["list_events", { limit: 500 }],
      ["get_radar", {}],
      ["portfolio_radar", { limit: 500 }],
      ["find_drift", { state: "open,dismissed,resolved", limit: 100 }],
      ["find_drift", { projectId: b.tenant.projectId, state: "open,dismissed,resolved" }],
      ["search_all_projects", { q: "Seeded security suite" }],
    ];
    for (const [name, args] of reads) {
      const answer = await callTool(client, name, args);
      expect(answer.isError, name).toBeFalsy();
      const text = JSON.stringify(answer.structuredContent);
      for (const id of theirs) expect(text, `${name} shows ${id}`).not.toContain(id);
    }
    await client.close();
  });

  it("reads another project's row in every resource template exactly as a missing one", async () => {
    const client = await connectV2(a.tenant.read);
    const templates: [string, string][] = [
      ["technologies/{id}", b.ids.technologyId],
      ["research-tasks/{id}", b.ids.taskId],
      ["repositories/{id}", b.ids.repositoryId],
      ["jobs/{id}", b.ids.jobId],
      ["knowledge/documents/{id}", b.ids.documentId],
      ["knowledge/documents/{id}/text", b.ids.documentId],
    ];
    const failure = async (uri: string) => {
      try {
        await client.readResource({ uri });
      } catch (err) {
        const { code, message } = err as { code?: number; message: string };
        return { code, message: message.replace(uri, "<uri>") };
      }
      throw new Error(`${uri} was readable`);
    };
    for (const [template, id] of templates) {
      const foreign = await failure(`commandcenter://${template.replace("{id}", id)}`);
      const missing = await failure(`commandcenter://${template.replace("{id}", `${id.split("_")[0]}_missing`)}`);
      expect(foreign, template).toEqual(missing);
      expect(foreign.message, template).toMatch(/not found/i);
    }
    await client.close();
  });

  it("answers another project's names in prompts as not found", async () => {
    const client = await connectV2(a.tenant.read);
    await expect(
      client.getPrompt({ name: "evaluate_technology", arguments: { technology: b.ids.technologyId } }),
    ).rejects.toThrow(/not_found/);
    await expect(
      client.getPrompt({ name: "review_code", arguments: { repository: b.ids.repositoryId } }),
    ).rejects.toThrow(/not_found/);
    await client.close();
  });

  it("refuses every write tool to a read key with the API's message, over both eras, writing nothing", async () => {
    for (const connect of [connectV1, connectV2]) {
      const client = await connect(a.tenant.read);
      const { tools } = await client.listTools();
      const writes = tools.filter((x) => x.annotations?.readOnlyHint === false);
      expect(writes.length).toBe(12);
      for (const x of writes) {
        const answer = (await client.callTool({ name: x.name, arguments: {} })) as Answer;
        expect(answer.isError, x.name).toBe(true);
        expect(answer.content[0]?.text, x.name).toMatch(
          /forbidden: this API key lacks the 'write' scope|Input validation/,
        );
      }
      const title = uniq("read-key");
      const add = (await client.callTool({ name: "add_technology", arguments: { title } })) as Answer;
      expect(add.content[0]?.text).toBe("forbidden: this API key lacks the 'write' scope");
      const move = (await client.callTool({
        name: "move_technology",
        arguments: { id: a.ids.technologyId, status: "archived" },
      })) as Answer;
      expect(move.content[0]?.text).toBe("forbidden: this API key lacks the 'write' scope");
      await client.close();
    }
    const list = await expectStatus(api(a.tenant.read).technologies.$get({ query: { q: "read-key" } }), 200);
    expect(list.total).toBe(0);
    const tech = await expectStatus(
      api(a.tenant.read).technologies[":id"].$get({ param: { id: a.ids.technologyId } }),
      200,
    );
    expect(tech.status).toBe("discovery");
  });

  /** A write key of project A that has already served one MCP call (so this isolate knows it), then revoked. */
  async function revokedAfterUse(connect: typeof connectV1 | typeof connectV2) {
    const as = api(a.tenant.admin);
    const minted = await expectStatus(as.keys.$post({ json: { name: uniq("late"), scopes: ["read", "write"] } }), 201);
    const client = await connect(minted.secret);
    const before = await callTool(client as Client, "list_technologies", {});
    expect(before.isError).toBeFalsy();
    await expectStatus(as.keys[":id"].revoke.$post({ param: { id: minted.key.id } }), 200);
    return { client, secret: minted.secret };
  }

  it.each([
    ["2025-11-25", connectV1],
    ["2026-07-28", connectV2],
  ] as const)("refuses a key revoked after it served a call on its very next %s call", async (_era, connect) => {
    const { client } = await revokedAfterUse(connect);
    await expect(client.callTool({ name: "list_technologies", arguments: {} })).rejects.toThrow(/401|revoked/i);
    await expect(client.readResource({ uri: "commandcenter://radar" })).rejects.toThrow(/401|revoked/i);
    await client.close();
  });

  it("answers 401 and writes nothing when a key revoked after it served a call writes through MCP", async () => {
    const { secret } = await revokedAfterUse(connectV2);
    const title = uniq("after-revoke");
    const answer = await call("POST", "/mcp", {
      key: secret,
      headers: { accept: "application/json, text/event-stream", "mcp-protocol-version": "2026-07-28" },
      body: {
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: {
          name: "add_technology",
          arguments: { title },
          _meta: {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientInfo": { name: "t", version: "1" },
            "io.modelcontextprotocol/clientCapabilities": {},
          },
        },
      },
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    const found = await expectStatus(api(a.tenant.read).technologies.$get({ query: { q: title } }), 200);
    expect(found.total).toBe(0);
  });

  it("answers 401 without a key and with a revoked one, and 404 to a project key naming another project", async () => {
    const none = await call("POST", "/mcp", { body: { jsonrpc: "2.0", id: 1, method: "initialize" } });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const as = api(a.tenant.admin);
    const minted = await expectStatus(as.keys.$post({ json: { name: uniq("revoked"), scopes: ["read"] } }), 201);
    await expectStatus(as.keys[":id"].revoke.$post({ param: { id: minted.key.id } }), 200);
    const revoked = await call("POST", "/mcp", { key: minted.secret, body: { jsonrpc: "2.0", id: 1, method: "ping" } });
    expect(revoked.status).toBe(401);
    const elsewhere = await call("POST", "/mcp", {
      key: a.tenant.read,
      headers: { "x-project-id": b.tenant.projectId },
      body: { jsonrpc: "2.0", id: 1, method: "ping" },
    });
    expect(elsewhere.status).toBe(404);
  });
});
