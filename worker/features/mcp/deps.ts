import type { Principal } from "../../env";
import type { TenantDeps } from "../../lib/context";
import { notifyEventStream } from "../events/events.service";
import { enqueueDeliveries } from "../webhooks/enqueue";

/**
 * What every MCP tool, resource and prompt is handed: the tenant deps the REST handlers build
 * (the actor marked `via: "mcp"`), the bindings, the caller, and a way to keep work alive.
 */
export interface McpDeps extends TenantDeps {
  env: Env;
  principal: Principal;
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * After a successful write, what the REST API does after its own: wake the project's live event
 * stream and hand the request's events' webhook deliveries to the queue (the sweeper is the net).
 */
export function publishWrite(deps: McpDeps): void {
  deps.waitUntil(notifyEventStream(deps.env, deps.projectId));
  const correlationId = deps.actor.requestId ?? undefined;
  deps.waitUntil(enqueueDeliveries(deps.env, { correlationId, projectId: deps.projectId }));
}
