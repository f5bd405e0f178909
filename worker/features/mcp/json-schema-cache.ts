import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";

type Options = Parameters<StandardSchemaWithJSON["~standard"]["jsonSchema"]["input"]>[0];

/**
 * `schema` with its JSON Schema conversions made once per isolate. The SDK converts a tool's input
 * and output schemas to JSON Schema on every call served by a fresh server (to scan for
 * `Mcp-Param` headers and to shape the result) and on every `tools/list`; the schemas never change,
 * and converting a list's schemas cost about a third of the SDK's CPU time per `tools/call`
 * (CPU profile, 20-row `list_technologies`). Validation is the schema's own. The conversions are
 * shared, so they are frozen: an attempt to change one throws instead of reaching the next answer.
 */
export function cachedJsonSchema<I, O>(schema: StandardSchemaWithJSON<I, O>): StandardSchemaWithJSON<I, O> {
  const standard = schema["~standard"];
  const made = new Map<string, Record<string, unknown>>();
  const convert = (io: "input" | "output") => (options: Options) => {
    const key = `${io} ${options.target} ${JSON.stringify(options.libraryOptions ?? null)}`;
    let json = made.get(key);
    if (!json) {
      json = deepFreeze(standard.jsonSchema[io](options));
      made.set(key, json);
    }
    return json;
  };
  return { "~standard": { ...standard, jsonSchema: { input: convert("input"), output: convert("output") } } };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
