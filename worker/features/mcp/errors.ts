import type { CallToolResult } from "@modelcontextprotocol/server";
import { ProtocolError, ProtocolErrorCode, ResourceNotFoundError } from "@modelcontextprotocol/server";
import { AppError } from "../../lib/errors";
import type { McpDeps } from "./deps";

const INTERNAL = "internal error; quote the request id when reporting it";

function logUnexpected(err: unknown, deps: Pick<McpDeps, "actor">): void {
  const requestId = deps.actor.requestId;
  const stack = err instanceof Error ? err.stack : undefined;
  console.error(JSON.stringify({ level: "error", msg: "mcp unhandled", requestId, error: String(err), stack }));
}

/** A tool failure as MCP wants it: a result with `isError`, the API's code and message, never a stack. */
export function errorResult(err: unknown, deps: Pick<McpDeps, "actor">): CallToolResult {
  // No structuredContent: 2025-era clients check it against the tool's output schema even on errors.
  if (err instanceof AppError)
    return { isError: true, content: [{ type: "text", text: `${err.code}: ${err.message}` }] };
  logUnexpected(err, deps);
  const text = `internal: ${INTERNAL} (${deps.actor.requestId ?? "no request id"})`;
  return { isError: true, content: [{ type: "text", text }] };
}

/**
 * A resource or prompt failure as a JSON-RPC error: a missing row and another project's row are the
 * same "resource not found"; other API errors keep their message as invalid params.
 */
export function protocolError(err: unknown, deps: Pick<McpDeps, "actor">, uri?: string): Error {
  if (err instanceof AppError) {
    if (err.code === "not_found" && uri) return new ResourceNotFoundError(uri);
    return new ProtocolError(ProtocolErrorCode.InvalidParams, `${err.code}: ${err.message}`);
  }
  logUnexpected(err, deps);
  return new ProtocolError(ProtocolErrorCode.InternalError, `${INTERNAL} (${deps.actor.requestId ?? "-"})`);
}
