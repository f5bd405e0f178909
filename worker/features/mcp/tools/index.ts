import type { McpTool } from "../tool";
import { eventTools } from "./events";
import { jobTools } from "./jobs";
import { knowledgeTools } from "./knowledge";
import { portfolioTools } from "./portfolio";
import { repositoryTools } from "./repositories";
import { researchTaskTools } from "./research-tasks";
import { scheduleTools } from "./schedules";
import { technologyTools } from "./technologies";

/**
 * Every MCP tool, by feature. A new group of tools is one file exporting `defineTool(...)`s and
 * one line here.
 */
export const mcpTools: readonly McpTool[] = [
  ...technologyTools,
  ...knowledgeTools,
  ...repositoryTools,
  ...researchTaskTools,
  ...scheduleTools,
  ...jobTools,
  ...eventTools,
  ...portfolioTools,
];
