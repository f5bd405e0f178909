import { exports } from "cloudflare:workers";
import { Client as V2Client, StreamableHTTPClientTransport as V2Transport } from "@modelcontextprotocol/client";
import { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport as V1Transport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ORIGIN } from "../client";

/** The MCP endpoint's URL as the tests address it. */
export const MCP_URL = new URL(`${ORIGIN}/mcp`);

const workerFetch = (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init));

/** Headers a client sends: the key, and for an instance-wide key the project. */
export function callerHeaders(key: string, project?: string): Record<string, string> {
  return { authorization: `Bearer ${key}`, ...(project ? { "x-project-id": project } : {}) };
}

/** A 2025-era client (the v1 SDK): `initialize`, then requests over Streamable HTTP. */
export async function connectV1(key: string, project?: string): Promise<V1Client> {
  const client = new V1Client({ name: "tests-v1", version: "1.0.0" });
  const transport = new V1Transport(MCP_URL, {
    fetch: workerFetch,
    requestInit: { headers: callerHeaders(key, project) },
  });
  await client.connect(transport);
  return client;
}

/** A 2026-era client (the v2 SDK) pinned to the stateless 2026-07-28 revision: `server/discover`, no session. */
export async function connectV2(key: string, project?: string): Promise<V2Client> {
  const client = new V2Client(
    { name: "tests-v2", version: "1.0.0" },
    { versionNegotiation: { mode: { pin: "2026-07-28" } } },
  );
  const transport = new V2Transport(MCP_URL, {
    fetch: workerFetch,
    requestInit: { headers: callerHeaders(key, project) },
  });
  await client.connect(transport);
  return client;
}

/** Both eras' clients, for tests that must hold in each. */
export const ERAS = [
  { era: "2025-11-25", connect: connectV1 },
  { era: "2026-07-28", connect: connectV2 },
] as const;
