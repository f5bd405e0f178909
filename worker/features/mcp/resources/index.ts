import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "../deps";
import { ENTITY_RESOURCES, registerEntity } from "./entities";
import { FIXED_RESOURCES, registerFixed } from "./fixed";
import { LIST_RESOURCES, listUris, registerList } from "./lists";

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

/** Every URI and URI template a `ref/resource` may name: the fixed resources, the lists and their pages, the rows. */
export const RESOURCE_REFS: ReadonlySet<string> = new Set([
  ...FIXED_RESOURCES.map((r) => r.uri),
  ...LIST_RESOURCES.flatMap((l) => Object.values(listUris(l))),
  ...ENTITY_RESOURCES.map((e) => e.template),
]);
