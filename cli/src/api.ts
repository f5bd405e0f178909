import { type ClientResponse, hc } from "hono/client";
import type { ApiType } from "../../worker/app";
import { apiErrorOf, CliError, EXIT } from "./errors";

/** Where and as whom to call the API. */
export interface Connection {
  url: string;
  key: string;
  /** Project id or slug sent as X-Project-Id (needed with an instance-wide key). */
  project?: string;
}

/** Headers every call carries: the key, the project, and who is calling. */
export function headersOf(conn: Connection): Record<string, string> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${conn.key}`,
    "user-agent": `commandcenter-cli/${__CLI_VERSION__}`,
  };
  if (conn.project) headers["x-project-id"] = conn.project;
  return headers;
}

/** The instance's base URL without a trailing slash. */
export const baseUrl = (url: string) => url.replace(/\/+$/, "");

/**
 * A typed client over the API (paths, bodies and answers come from the Worker's route types, so
 * a renamed route breaks this package's compile). A connection failure becomes a one-line error.
 */
export function apiClient(conn: Connection) {
  return hc<ApiType>(`${baseUrl(conn.url)}/api/v1`, {
    headers: headersOf(conn),
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      try {
        return await fetch(input, init);
      } catch (err) {
        const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
        throw new CliError(`cannot reach ${conn.url}: ${cause}`, EXIT.failed);
      }
    },
  });
}

export type Api = ReturnType<typeof apiClient>;

type AnyResponse = ClientResponse<unknown, number, string>;
/** The JSON body type of a call's successful (2xx) answers. */
export type OkBody<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends 200 | 201 | 202
      ? F extends "json"
        ? T
        : never
      : never
    : never;

/** Awaits a typed call: its JSON body when it succeeded, else the API's error as an ApiError. */
export async function ok<R extends AnyResponse>(pending: Promise<R>): Promise<OkBody<R>> {
  const res = await pending;
  if (!res.ok) throw await apiErrorOf(res);
  if (res.status === 204) return null as OkBody<R>;
  return (await res.json()) as OkBody<R>;
}

/** A raw call for bodies the typed client does not carry (archives, files, downloads). */
export async function rawRequest(conn: Connection, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [k, v] of Object.entries(headersOf(conn))) if (!headers.has(k)) headers.set(k, v);
  let res: Response;
  try {
    res = await fetch(`${baseUrl(conn.url)}/api/v1${path}`, { ...init, headers });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new CliError(`cannot reach ${conn.url}: ${cause}`, EXIT.failed);
  }
  if (!res.ok) throw await apiErrorOf(res);
  return res;
}
