import { type ClientResponse, DetailedError, hc, parseResponse } from "hono/client";
import type { ApiType } from "../../worker/app";
import { session } from "./session";

/** An error answer of the API, with its stable code and any per-field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Field path → message, for showing validation errors next to form fields. */
  fieldErrors(): Record<string, string> {
    if (!Array.isArray(this.details)) return {};
    const out: Record<string, string> = {};
    for (const d of this.details as { path?: string; message?: string }[]) {
      if (d.path && d.message && !out[d.path]) out[d.path] = d.message;
    }
    return out;
  }
}

const listeners = new Set<() => void>();

/** Called when the API says the key is no longer valid: the app returns to sign-in. */
export function onUnauthorized(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The typed client: paths, parameters and answers come from the Worker's route types. */
export const api = hc<ApiType>("/api/v1", {
  headers: (): Record<string, string> => session.headers(),
});

type Parsed<T> = Awaited<ReturnType<typeof parseResponse<T extends ClientResponse<unknown> ? T : never>>>;

/**
 * Awaits a typed client call and returns its success body, or throws ApiError carrying the API's
 * error code, message and field details. A 401 also signs the user out; a 429 says how long to wait.
 */
export async function call<T extends ClientResponse<unknown>>(request: Promise<T>): Promise<Parsed<T>> {
  const response = await request;
  try {
    return (await parseResponse(response)) as Parsed<T>;
  } catch (err) {
    if (!(err instanceof DetailedError)) throw err;
    const status = Number(err.statusCode ?? 0);
    const body = (
      err.detail as { data?: { error?: { code?: string; message?: string; details?: unknown } } } | undefined
    )?.data;
    if (status === 401) for (const l of listeners) l();
    const message = body?.error?.message ?? err.message;
    if (status === 429) {
      throw new ApiError(429, "rate_limited", tooManyRequests(message, response.headers.get("retry-after")));
    }
    throw new ApiError(status, body?.error?.code ?? "error", message, body?.error?.details);
  }
}

/**
 * A 429 in words: the server's reason and when to try again, from the answer's `Retry-After`
 * (seconds until the limiter's window ends); "a minute" when it is missing, since every limit here
 * counts per minute.
 */
export function tooManyRequests(reason: string, retryAfter: string | null = null): string {
  const seconds = Number(retryAfter);
  const wait = retryAfter && Number.isInteger(seconds) && seconds > 0 ? `${seconds} s` : "a minute";
  return `Too many requests (${reason}). Wait ${wait}, then try again.`;
}
