import { z } from "@hono/zod-openapi";
import { PATTERN } from "../../lib/event-log";

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
