import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "../deps";
import { ENTITY_RESOURCES, registerEntity } from "./entities";
import { FIXED_RESOURCES, registerFixed } from "./fixed";
import { LIST_RESOURCES, registerList } from "./lists";

/**
 * Registers every commandcenter:// resource: the fixed ones, the lists (paged with a cursor) and
 * the per-row templates. Lists come before the per-row templates, so `jobs/active` is the list
 * and not a job with the id "active".
 */
export function registerResources(server: McpServer, deps: McpDeps): void {
  for (const resource of FIXED_RESOURCES) registerFixed(server, deps, resource);
  for (const list of LIST_RESOURCES) registerList(server, deps, list);
  for (const entity of ENTITY_RESOURCES) registerEntity(server, deps, entity);
}
