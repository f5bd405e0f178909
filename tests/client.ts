import { exports } from "cloudflare:workers";
import { type ClientResponse, hc } from "hono/client";
import { expect } from "vitest";
import type { ApiType } from "../worker/app";

/** The origin every test request is sent to; the Worker never looks at it. */
export const ORIGIN = "http://commandcenter.test";

/** Who a typed call acts as: a key, and for an instance-wide key the project it names. */
export interface CallAs {
  project?: string;
  headers?: Record<string, string>;
}

/**
 * A typed client over the Worker's own fetch handler: paths, params, bodies and answers come from
 * the route types, so a renamed route or response field breaks the tests' compile.
 */
export function api(key?: string, as: CallAs = {}) {
  const headers: Record<string, string> = { ...as.headers };
  if (key) headers.authorization = `Bearer ${key}`;
  if (as.project) headers["x-project-id"] = as.project;
  return hc<ApiType>(`${ORIGIN}/api/v1`, {
    headers,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
  });
}

type AnyResponse = ClientResponse<unknown, number, string>;
type StatusOf<R> = R extends ClientResponse<unknown, infer S, string> ? S : never;
type BodyAt<R, S extends number> =
  R extends ClientResponse<infer T, infer U, infer F>
    ? S extends U
      ? F extends "json"
        ? T
        : unknown
      : never
    : never;

/**
 * Awaits a typed call, fails the test (showing the body) unless it answered `status`, and returns
 * the body typed for that status. A 204 or a non-JSON answer returns its text.
 */
export async function expectStatus<R extends AnyResponse, S extends StatusOf<R>>(
  pending: Promise<R> | R,
  status: S,
): Promise<BodyAt<R, S>> {
  return (await expectAnswer(pending, status)).body;
}

/** {@link expectStatus} that also hands back the answer's headers (ETag, Location, Retry-After, ...). */
export async function expectAnswer<R extends AnyResponse, S extends StatusOf<R>>(
  pending: Promise<R> | R,
  status: S,
): Promise<{ body: BodyAt<R, S>; headers: Headers }> {
  const res = await pending;
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const type = res.headers.get("content-type") ?? "";
  return { body: (type.includes("json") && text ? JSON.parse(text) : text) as BodyAt<R, S>, headers: res.headers };
}

/** The error envelope of a typed call that is expected to fail with `status` and `code`. */
export async function expectFailure(
  pending: Promise<AnyResponse> | AnyResponse,
  status: number,
  code: string,
): Promise<{ error: { code: string; message: string; details?: unknown }; requestId: string }> {
  const res = await pending;
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const body = JSON.parse(text) as { error: { code: string; message: string; details?: unknown }; requestId: string };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  return body;
}
