import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Env as HonoEnv } from "hono";
import type { AppEnv } from "../env";
import type { AuthEnv } from "../middleware/auth";
import type { TenantEnv } from "../middleware/tenant";
import { AppError, type FieldIssue } from "./errors";

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
    requestId: z.string(),
  })
  .openapi("Error");

const ERROR_TEXT = {
  400: "Invalid input; `details` lists each failing field",
  401: "Missing, malformed, unknown or revoked API key",
  403: "The key lacks the scope this needs",
  404: "Not found (also for another project's object)",
  409: "Conflict: a duplicate, or the row changed since you read it",
} as const;

/** The documented error answers of a route, all with the one error envelope. */
export function errors(...statuses: (keyof typeof ERROR_TEXT)[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: ERROR_TEXT[s], content: { "application/json": { schema: ErrorResponse } } },
    ]),
  ) as {
    [S in (typeof statuses)[number]]: {
      description: string;
      content: { "application/json": { schema: typeof ErrorResponse } };
    };
  };
}

/** A JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** A JSON response. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/**
 * Converts zod issues to `{ path, message }` pairs a form can show next to each field. Zod reports
 * unknown keys as one issue on the enclosing object, so each unknown key becomes its own entry.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((key) => ({ path: [...i.path, key].join("."), message: "unknown field" }))
      : [{ path: i.path.join(".") || "(root)", message: i.message }],
  );
}

/**
 * A feature router whose validation failures become the 400 envelope with every field issue.
 * `E` says what its handlers may read: `AppEnv` for public routes, `AuthEnv` behind a key.
 */
export function createRouter<E extends HonoEnv = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = fieldIssues(result.error);
        const where = result.target === "json" ? "body" : result.target;
        throw new AppError(
          "validation_failed",
          `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
          issues,
        );
      }
    },
  });
}

/** A router for instance-level routes: mounted behind `authenticate()`, so `principal` is set. */
export const createAuthRouter = () => createRouter<AuthEnv>();

/**
 * A router for one project's data: mounted on the tenant sub-app, so `projectId` is set and a
 * handler cannot exist without it.
 */
export const createTenantRouter = () => createRouter<TenantEnv>();
