import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "../deps";

/** Registers every commandcenter:// resource and template. */
export function registerResources(_server: McpServer, _deps: McpDeps): void {}
