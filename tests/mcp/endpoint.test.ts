import { beforeAll, describe, expect, it } from "vitest";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { connectV1, connectV2 } from "./clients";

let t: Tenant;
let admin: string;
beforeAll(async () => {
  admin = await instanceAdmin();
  t = await createTenant(admin);
});

const ACCEPT = "application/json, text/event-stream";

/** A 2026-07-28 request as a stateless client sends it, naming `version` in its header and `_meta`. */
function modernRequest(key: string, version: string, extra: Record<string, string> = {}) {
  const _meta = {
    "io.modelcontextprotocol/protocolVersion": version,
    "io.modelcontextprotocol/clientInfo": { name: "raw", version: "1.0.0" },
    "io.modelcontextprotocol/clientCapabilities": {},
  };
  return call<{ error?: { code: number; message: string; data?: { supported?: string[] } } }>("POST", "/mcp", {
    key,
    headers: { accept: ACCEPT, "mcp-protocol-version": version, "mcp-method": "tools/list", ...extra },
    body: { jsonrpc: "2.0", id: 1, method: "tools/list", params: { _meta } },
  });
}

describe("MCP endpoint", () => {
  it("a 2025-era client negotiates 2025-11-25 through initialize", async () => {
    const client = await connectV1(t.read);
    expect(client.getServerVersion()).toMatchObject({ name: "commandcenter", version: "0.1.0" });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {}, prompts: {}, completions: {} });
    await client.ping();
    await client.close();
  });

  it("a 2026-era client discovers the server and gets 2026-07-28 without a session", async () => {
    const client = await connectV2(t.read);
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    expect(client.getServerVersion()).toMatchObject({ name: "commandcenter" });
    await client.close();
  });

  it("answers a 2026-era request naming an unknown version with 400 and -32022 listing the supported ones", async () => {
    const res = await modernRequest(t.read, "2099-01-01");
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe(-32022);
    expect(JSON.stringify(res.body.error?.data)).toContain("2026-07-28");
    const good = await modernRequest(t.read, "2026-07-28");
    expect(good.status, JSON.stringify(good.body)).toBe(200);
  });

  it("answers GET and DELETE with 405", async () => {
    for (const method of ["GET", "DELETE"]) {
      const res = await call(method, "/mcp", { key: t.read, headers: { accept: "text/event-stream" } });
      expect(res.status, method).toBe(405);
    }
  });

  it("refuses a browser request from a foreign Origin and serves a localhost one", async () => {
    const evil = await modernRequest(t.read, "2026-07-28", { origin: "http://evil.example.com" });
    expect(evil.status).toBe(403);
    const local = await modernRequest(t.read, "2026-07-28", { origin: "http://localhost:6274" });
    expect(local.status).toBe(200);
  });

  it("answers 401 with WWW-Authenticate without a key or with an unknown one", async () => {
    const none = await call("POST", "/mcp", { body: { jsonrpc: "2.0", id: 1, method: "ping" } });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer realm="commandcenter"/);
    const unknown = await modernRequest("cc_unknownkey_0000000000000000000000000000", "2026-07-28");
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("serves an instance-wide key the project named by X-Project-Id, and asks for one without it", async () => {
    const client = await connectV2(admin, t.projectId);
    const project = await client.readResource({ uri: "commandcenter://project" });
    const text = project.contents[0] && "text" in project.contents[0] ? project.contents[0].text : "";
    expect(JSON.parse(text)).toMatchObject({ id: t.projectId });
    await client.close();
    const without = await modernRequest(admin, "2026-07-28");
    expect(without.status).toBe(400);
  });
});
