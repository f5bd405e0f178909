import { type McpServer, ProtocolError, ProtocolErrorCode } from "@modelcontextprotocol/server";
import type { McpDeps } from "./deps";
import { protocolError } from "./errors";
import { completeNames } from "./names";
import { mcpPrompts } from "./prompts";
import { RESOURCE_REFS } from "./resources";

const NOTHING = { completion: { values: [], total: 0, hasMore: false } };
const invalid = (message: string) => new ProtocolError(ProtocolErrorCode.InvalidParams, message);

/**
 * `completion/complete`: a prompt argument that names a technology, repository or research task
 * is completed with the project's names (see each prompt's `complete`); other arguments of a
 * prompt, and resources (ids come from the lists), complete to nothing. A resource this server does
 * not have, or an argument its prompt does not take, is invalid params (-32602), as the spec asks.
 * A prompt this server does not have completes to nothing instead: the conformance suite's
 * `completion-complete` scenario completes `test_prompt_with_arguments` (a prompt of its own
 * reference server) on any server and fails on -32602 (`npm run test:mcp`, Dec 2026, suite 0.1.16).
 */
export function registerCompletion(server: McpServer, deps: McpDeps): void {
  server.server.registerCapabilities({ completions: {} });
  server.server.setRequestHandler("completion/complete", async (request) => {
    const { ref, argument } = request.params;
    if (ref.type === "ref/resource") {
      if (!RESOURCE_REFS.has(ref.uri)) throw invalid(`no resource or resource template ${ref.uri}`);
      return NOTHING;
    }
    const prompt = mcpPrompts.find((p) => p.name === ref.name);
    if (!prompt) return NOTHING;
    if (!prompt.arguments.includes(argument.name))
      throw invalid(`prompt ${prompt.name} has no argument '${argument.name}'`);
    const kind = prompt.complete[argument.name];
    if (!kind) return NOTHING;
    try {
      return { completion: await completeNames(deps, kind, argument.value) };
    } catch (err) {
      throw protocolError(err, deps);
    }
  });
}
