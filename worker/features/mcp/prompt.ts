import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "./deps";

/** A prompt ready to be registered on a per-request server. */
export interface McpPrompt {
  name: string;
  register(server: McpServer, deps: McpDeps): void;
}
