import type { Context } from "hono";
import { AppError } from "./errors";

/**
 * The version a client expects to overwrite: from `If-Match` (an ETag such as `"3"` or `W/"3"`)
 * or from `version` in the body. Undefined means "whatever is current", still guarded against races.
 */
export function expectedVersion(c: Context, bodyVersion?: number): number | undefined {
  const header = c.req.header("if-match");
  if (header === undefined || header.trim() === "*") return bodyVersion;
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!m?.[1]) throw new AppError("bad_request", `If-Match must be an ETag returned by this API, got ${header}`);
  const v = Number(m[1]);
  if (bodyVersion !== undefined && bodyVersion !== v) {
    throw new AppError("bad_request", "If-Match and body version disagree");
  }
  return v;
}

/** The ETag for a row version. */
export const etag = (version: number): string => `"${version}"`;

/** The 409 a lost update gets, naming the version the client should re-read. */
export function staleVersion(entity: string, id: string, expected: number, current: number): AppError {
  return new AppError(
    "conflict",
    `${entity} ${id} was changed by someone else (you sent version ${expected}, current is ${current}); re-read and retry`,
    { expectedVersion: expected, currentVersion: current },
  );
}

/** True for a D1 error caused by a UNIQUE constraint. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/i.test(`${err.message} ${String(err.cause ?? "")}`);
}
