import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Stable machine-readable error codes; clients branch on these, never on messages. */
export type ErrorCode =
  | "bad_request"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "precondition_required"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal";

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

/** One field that failed validation: where (`path`, dotted) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The only error type services throw on purpose; `app.onError` turns it into the JSON envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }
}

/** 404 for a missing row and for another project's row alike, so existence never leaks. */
export const notFound = (entity: string, id: string): AppError =>
  new AppError("not_found", `${entity} ${id} not found`);

/** The JSON body every error answer carries. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
  requestId: string;
}
