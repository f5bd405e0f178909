import type { McpServer, StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type { z } from "zod";
import type { McpDeps } from "./deps";
import { protocolError } from "./errors";
import type { NameKind } from "./names";

/** Prompt arguments: named strings, as MCP passes them. */
type ArgsSchema = z.ZodObject<Record<string, z.ZodType<string | undefined>>>;

/** A prompt definition: its arguments, which of them name rows (for completion), and its text. */
export interface PromptSpec<A extends ArgsSchema> {
  name: string;
  title: string;
  description: string;
  args: A;
  /** Arguments that name a technology, repository or research task: `completion/complete` suggests names. */
  complete?: Record<string, NameKind>;
  /** The user message, filled with the project's data. */
  build(deps: McpDeps, args: z.output<A>): Promise<string>;
}

/** A prompt ready to be registered on a per-request server. */
export interface McpPrompt {
  name: string;
  /** The names of its arguments. */
  arguments: readonly string[];
  complete: Record<string, NameKind>;
  register(server: McpServer, deps: McpDeps): void;
}

/** Makes a prompt registrable; a failure (a name that matches nothing) answers as invalid params. */
export function definePrompt<A extends ArgsSchema>(spec: PromptSpec<A>): McpPrompt {
  return {
    name: spec.name,
    arguments: Object.keys(spec.args.shape),
    complete: spec.complete ?? {},
    register(server, deps) {
      const argsSchema: StandardSchemaWithJSON<z.input<A>, z.output<A>> = spec.args;
      const config = { title: spec.title, description: spec.description, argsSchema };
      server.registerPrompt(spec.name, config, async (args: z.output<A>) => {
        try {
          const text = await spec.build(deps, args);
          return { description: spec.description, messages: [{ role: "user", content: { type: "text", text } }] };
        } catch (err) {
          throw protocolError(err, deps);
        }
      });
    },
  };
}
