import { exports } from "cloudflare:workers";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { hc } from "hono/client";
import { expect } from "vitest";
import type { ApiType } from "../../worker/app";
import type { Person } from "../people";

/** OAuth is served on https or loopback http only, so these tests address the Worker as localhost. */
export const LOCAL = "http://localhost";
export const REDIRECT_URI = "http://127.0.0.1:9555/callback";

export const workerFetch = (input: RequestInfo | URL, init?: RequestInit) =>
  exports.default.fetch(new Request(input, init));

/** The typed API as the dashboard on this origin calls it, signed in with the person's cookie. */
export function dashboard(person: Person) {
  const headers = { cookie: person.cookie, "x-csrf-token": person.csrf, origin: LOCAL };
  return hc<ApiType>(`${LOCAL}/api/v1`, { headers, fetch: workerFetch });
}

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

/** A PKCE pair (RFC 7636, S256). */
export async function pkce(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  return { verifier, challenge };
}

/** Dynamic client registration (RFC 7591) of a public client with one loopback redirect URI. */
export async function registerClient(name = "Test assistant"): Promise<string> {
  const res = await workerFetch(`${LOCAL}/oauth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_name: name, redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: "none" }),
  });
  const body = (await res.json()) as { client_id: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.client_id;
}

/** The query a client sends to `/authorize`. */
export function authorizationQuery(clientId: string, challenge: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state: "st-123",
    scope: "read write",
    resource: `${LOCAL}/mcp`,
    ...extra,
  }).toString();
}

/** The token endpoint's answer to an authorization code exchange. */
export async function exchangeCode(clientId: string, code: string, verifier: string) {
  const res = await workerFetch(`${LOCAL}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      client_id: clientId,
      code_verifier: verifier,
      resource: `${LOCAL}/mcp`,
    }),
  });
  return { status: res.status, body: (await res.json()) as { access_token?: string; scope?: string; error?: string } };
}

/** The full flow for a signed-in person: register, consent for `projectId`, exchange; the access token. */
export async function authorize(person: Person, projectId: string): Promise<string> {
  const clientId = await registerClient();
  const { verifier, challenge } = await pkce();
  const request = authorizationQuery(clientId, challenge);
  const approved = await dashboard(person).auth.oauth.authorization.$post({ json: { request, projectId } });
  const { redirectTo } = (await approved.json()) as { redirectTo: string };
  expect(approved.status, redirectTo).toBe(200);
  const code = new URL(redirectTo).searchParams.get("code") ?? "";
  const token = await exchangeCode(clientId, code, verifier);
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  return token.body.access_token ?? "";
}

/** An MCP client of the official SDK calling `/mcp` with an OAuth access token. */
export async function connectWithToken(token: string): Promise<Client> {
  const client = new Client(
    { name: "oauth-tests", version: "1.0.0" },
    { versionNegotiation: { mode: { pin: "2026-07-28" } } },
  );
  const transport = new StreamableHTTPClientTransport(new URL(`${LOCAL}/mcp`), {
    fetch: workerFetch,
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  return client;
}

/** A raw MCP `tools/call` with a bearer token: the HTTP status and body, for refusals the SDK would hide. */
export async function rawToolCall(token: string, name: string, args: Record<string, unknown> = {}) {
  const res = await workerFetch(`${LOCAL}/mcp`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/json, text/event-stream",
      "content-type": "application/json",
      "mcp-protocol-version": "2025-11-25",
    },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } }),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
