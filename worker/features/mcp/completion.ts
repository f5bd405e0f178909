import type { McpServer } from "@modelcontextprotocol/server";
import type { McpDeps } from "./deps";
import { protocolError } from "./errors";
import { completeNames } from "./names";
import { mcpPrompts } from "./prompts";

const NOTHING = { completion: { values: [], total: 0, hasMore: false } };

/**
 * `completion/complete`: a prompt argument that names a technology, repository or research task
 * is completed with the project's names (see each prompt's `complete`). Anything else, including
 * a prompt or resource this server does not have, completes to nothing rather than failing, so a
 * client probing completion support gets an answer.
 */
export function registerCompletion(server: McpServer, deps: McpDeps): void {
  server.server.registerCapabilities({ completions: {} });
  server.server.setRequestHandler("completion/complete", async (request) => {
    const { ref, argument } = request.params;
    if (ref.type !== "ref/prompt") return NOTHING;
    const kind = mcpPrompts.find((p) => p.name === ref.name)?.complete[argument.name];
    if (!kind) return NOTHING;
    try {
      return { completion: await completeNames(deps, kind, argument.value) };
    } catch (err) {
      throw protocolError(err, deps);
    }
  });
}
