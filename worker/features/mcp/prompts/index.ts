import type { McpPrompt } from "../prompt";
import { itemPrompts } from "./items";
import { projectPrompts } from "./project";

/** Every MCP prompt; a new one is a `definePrompt(...)` in one of these files (or a new file and a line here). */
export const mcpPrompts: readonly McpPrompt[] = [...projectPrompts, ...itemPrompts];
