import type { McpPrompt } from "../prompt";

/** Every MCP prompt. */
export const mcpPrompts: readonly McpPrompt[] = [];
