import { beforeAll, describe, expect, it } from "vitest";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { connectV1, connectV2 } from "./clients";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

describe("MCP endpoint", () => {
  it("a 2025-era client negotiates 2025-11-25 through initialize", async () => {
    const client = await connectV1(t.read);
    expect(client.getServerVersion()?.name).toBe("commandcenter");
    const tools = await client.listTools();
    expect(tools.tools.map((x) => x.name)).toContain("list_technologies");
    await client.close();
  });

  it("a 2026-era client gets 2026-07-28 without a session", async () => {
    const client = await connectV2(t.read);
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    const tools = await client.listTools();
    expect(tools.tools.map((x) => x.name)).toContain("list_technologies");
    await client.close();
  });

  it("answers 401 with WWW-Authenticate without a key", async () => {
    const res = await call("POST", "/mcp", { body: { jsonrpc: "2.0", id: 1, method: "ping" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });
});
