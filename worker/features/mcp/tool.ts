import type { McpServer, ServerContext, StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type { z } from "zod";
import { requestGuards } from "../../lib/request-guard";
import { assertScope } from "../../middleware/auth";
import { type McpDeps, publishWrite } from "./deps";
import { errorResult } from "./errors";
import { cachedJsonSchema } from "./json-schema-cache";

/** How a tool behaves, as MCP clients read it; `readOnlyHint` also decides the scope it needs. */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/** What a running tool may do besides computing its answer. */
export interface ToolCall {
  /** Whether the client sent a progress token (so progress notifications reach someone). */
  wantsProgress: boolean;
  /** Sends `notifications/progress` when the client asked for progress; a no-op otherwise. */
  progress(progress: number, total?: number, message?: string): Promise<void>;
  /** Aborted when the client cancels or goes away. */
  signal: AbortSignal;
}

/** An object answer: MCP's `structuredContent` is always a JSON object. */
type ObjectSchema = z.ZodType<Record<string, unknown>>;

/** A tool definition: schemas from the feature's own zod schemas, and a run that calls its service. */
export interface ToolSpec<I extends ObjectSchema, O extends ObjectSchema> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: ToolAnnotations;
  run(deps: McpDeps, input: z.output<I>, call: ToolCall): Promise<z.input<O>>;
  /** The readable text block next to the structured answer (parsed by `output`: unknown keys gone). */
  text(output: z.output<O>): string;
}

/** A tool ready to be registered on a per-request server. */
export interface McpTool {
  name: string;
  register(server: McpServer, deps: McpDeps): void;
}

/**
 * Makes a tool registrable. A tool that is not read-only needs the `write` scope, and after it
 * succeeds the request's events are published as the REST API publishes them. The answer is
 * parsed by the output schema, so clients validating it against the advertised JSON Schema see
 * no keys it does not name. Every failure answers as an `isError` result with the API's message.
 */
export function defineTool<I extends ObjectSchema, O extends ObjectSchema>(spec: ToolSpec<I, O>): McpTool {
  const inputSchema: StandardSchemaWithJSON<z.input<I>, z.output<I>> = cachedJsonSchema(spec.input);
  const outputSchema: StandardSchemaWithJSON<z.input<O>, z.output<O>> = cachedJsonSchema(spec.output);
  return {
    name: spec.name,
    register(server, deps) {
      const config = {
        title: spec.title,
        description: spec.description,
        inputSchema,
        outputSchema,
        annotations: { title: spec.title, openWorldHint: false, ...spec.annotations },
      };
      server.registerTool(spec.name, config, async (args, ctx) => {
        try {
          if (!spec.annotations.readOnlyHint) {
            assertScope(deps.principal, "write");
            // A write does nothing (a queue, a Durable Object, a fetch) before the key is known to be live.
            await requestGuards.getStore()?.ensure();
          }
          const output = spec.output.parse(await spec.run(deps, args, toolCall(ctx)));
          if (!spec.annotations.readOnlyHint) publishWrite(deps);
          return { content: [{ type: "text", text: spec.text(output) }], structuredContent: output };
        } catch (err) {
          return errorResult(err, deps);
        }
      });
    },
  };
}

function toolCall(ctx: ServerContext): ToolCall {
  const token = ctx.mcpReq._meta?.progressToken;
  return {
    wantsProgress: token !== undefined,
    signal: ctx.mcpReq.signal,
    async progress(progress, total, message) {
      if (token === undefined) return;
      await ctx.mcpReq.notify({
        method: "notifications/progress",
        params: { progressToken: token, progress, total, message },
      });
    },
  };
}
