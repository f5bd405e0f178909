import type { McpTool } from "../tool";
import { technologyTools } from "./technologies";

/**
 * Every MCP tool, by feature. A new group of tools is one file exporting `defineTool(...)`s and
 * one line here.
 */
export const mcpTools: readonly McpTool[] = [...technologyTools];
