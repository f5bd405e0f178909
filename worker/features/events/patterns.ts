import { z } from "@hono/zod-openapi";

/** `technology.created`, `analysis.*`, `*.created`, `*`: dotted subjects with `*` wildcards. */
export const PATTERN = /^[a-z0-9_.*]{1,100}$/;

export const SubjectPatterns = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return undefined;
    const parts = raw
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const bad = parts.filter((p) => !PATTERN.test(p));
    if (bad.length || parts.length > 20) {
      ctx.addIssue({
        code: "custom",
        message: `invalid subject pattern: ${bad.join(", ") || "too many"} (use e.g. analysis.*, *.created)`,
      });
      return z.NEVER;
    }
    return parts;
  })
  .openapi({
    type: "string",
    description: "Comma-separated subjects or wildcards: `technology.created`, `analysis.*`, `*.created`",
  });

/** The same matching as SQLite's GLOB for these patterns: `*` is any run of characters. */
export function matchesSubject(subject: string, patterns: readonly string[] | undefined): boolean {
  if (!patterns || patterns.length === 0) return true;
  return patterns.some((p) => new RegExp(`^${p.replaceAll(".", "\\.").replaceAll("*", ".*")}$`).test(subject));
}
