/** Exit codes, as documented in the README: scripts branch on them. */
export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, notFound: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI explains in one line and ends with `exitCode`; no stack unless --debug. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The API's error envelope, `{ error: { code, message, details? }, requestId }`, as an exception. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details?: unknown,
  ) {
    super(message, exitCodeForStatus(status));
    this.name = "ApiError";
  }
}

/** 401/403 mean "not signed in or not allowed" (3), 404 "not found" (4), anything else "failed" (1). */
export function exitCodeForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 404) return EXIT.notFound;
  return EXIT.failed;
}

/** Reads an error envelope from a failed answer; a body that is not one becomes a generic message. */
export async function apiErrorOf(res: AnswerLike): Promise<ApiError> {
  const text = await res.text().catch(() => "");
  const requestId = res.headers.get("x-request-id");
  try {
    const body: unknown = JSON.parse(text);
    if (isEnvelope(body)) {
      return new ApiError(
        res.status,
        body.error.code,
        body.error.message,
        body.requestId ?? requestId,
        body.error.details,
      );
    }
  } catch {}
  return new ApiError(
    res.status,
    `http_${res.status}`,
    `the server answered ${res.status} ${res.statusText}`.trim(),
    requestId,
  );
}

/** What is read of a failed answer: a fetch Response or a typed client's answer. */
export interface AnswerLike {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

interface Envelope {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

function isEnvelope(body: unknown): body is Envelope {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string";
}
