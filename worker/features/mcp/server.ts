import { type McpRequestContext, McpServer } from "@modelcontextprotocol/server";
import { registerCompletion } from "./completion";
import type { McpDeps } from "./deps";
import { mcpPrompts } from "./prompts";
import { registerResources } from "./resources";
import { mcpTools } from "./tools";

/** The server name and version clients see in `initialize` and `server/discover`. */
export const SERVER_INFO = { name: "commandcenter", title: "CommandCenter", version: "0.1.0" } as const;

const INSTRUCTIONS =
  "CommandCenter tracks one project's technology radar, research tasks, repositories, knowledge base, " +
  "schedules and jobs. Read with the list_/get_/search_ tools or the commandcenter:// resources; ids come " +
  "from lists. Writes need a key with the write scope; a move with a stale version fails: re-read and retry. " +
  "portfolio_radar, find_drift and search_all_projects look across every project the key may see.";

/**
 * One request's server: every tool, resource and prompt bound to the caller's deps. In the
 * 2026-07-28 era it also offers resource subscriptions (`subscriptions/listen` with
 * `resourceSubscriptions`, served by the endpoint's change bus); the 2025-era stateless fallback has
 * no stream to deliver `notifications/resources/updated` on, so it does not claim them.
 */
export function buildServer(deps: McpDeps, era: McpRequestContext["era"]): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  if (era === "modern") server.server.registerCapabilities({ resources: { subscribe: true } });
  for (const tool of mcpTools) tool.register(server, deps);
  registerResources(server, deps);
  for (const prompt of mcpPrompts) prompt.register(server, deps);
  registerCompletion(server, deps);
  return server;
}
