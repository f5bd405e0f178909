import { z } from "@hono/zod-openapi";

/** A query parameter holding one or more comma-separated values from a fixed set. */
export function csvEnum<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === "") return undefined;
      const parts = raw.split(",").map((p) => p.trim());
      const bad = parts.filter((p) => !values.includes(p));
      if (bad.length) {
        ctx.addIssue({
          code: "custom",
          message: `unknown ${what}: ${bad.join(", ")}; expected one of ${values.join(", ")}`,
        });
        return z.NEVER;
      }
      return parts as T[number][];
    })
    .openapi({ type: "string", description: `Comma-separated ${what} values: ${values.join(", ")}` });
}
