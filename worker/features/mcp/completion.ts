import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "./deps";

/** Argument completion for technology, repository and task names. */
export function registerCompletion(_server: McpServer, _deps: McpDeps): void {}
