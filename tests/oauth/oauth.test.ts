import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus } from "../client";
import { createTechnology, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { addMember, insertUser, type Person, signIn } from "../people";
import {
  authorizationQuery,
  authorize,
  connectWithToken,
  dashboard,
  exchangeCode,
  LOCAL,
  pkce,
  rawToolCall,
  registerClient,
  workerFetch,
} from "./flow";

let a: Tenant;
let b: Tenant;
let techA: string;
let techB: string;
beforeAll(async () => {
  const admin = await instanceAdmin();
  [a, b] = await Promise.all([createTenant(admin), createTenant(admin)]);
  techA = (await createTechnology(a.write, { title: "Alpha tech" })).id;
  techB = (await createTechnology(b.write, { title: "Beta tech" })).id;
});

async function editorOfA(): Promise<Person> {
  const userId = await insertUser();
  await addMember(a.projectId, userId, "editor");
  return signIn(userId);
}

const setRole = (person: Person, role: string) =>
  env.DB.prepare("update memberships set role = ? where user_id = ? and project_id = ?")
    .bind(role, person.userId, a.projectId)
    .run();

const getJson = async (path: string) => {
  const res = await workerFetch(`${LOCAL}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("OAuth discovery", () => {
  it("publishes protected resource metadata for /mcp naming this origin as its authorization server", async () => {
    const { status, body } = await getJson("/.well-known/oauth-protected-resource/mcp");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      resource: `${LOCAL}/mcp`,
      authorization_servers: [LOCAL],
      scopes_supported: ["read", "write"],
    });
  });

  it("publishes authorization server metadata with registration and S256 PKCE only", async () => {
    const { status, body } = await getJson("/.well-known/oauth-authorization-server");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      issuer: LOCAL,
      authorization_endpoint: `${LOCAL}/authorize`,
      token_endpoint: `${LOCAL}/oauth/token`,
      registration_endpoint: `${LOCAL}/oauth/register`,
      code_challenge_methods_supported: ["S256"],
      scopes_supported: ["read", "write"],
    });
  });

  it("answers /mcp without a token with 401 and a challenge pointing at the resource metadata", async () => {
    const res = await workerFetch(`${LOCAL}/mcp`, { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain(
      `resource_metadata="${LOCAL}/.well-known/oauth-protected-resource/mcp"`,
    );
  });

  it("registers a client dynamically and refuses a registration without redirect URIs", async () => {
    expect(await registerClient()).toMatch(/\S{8,}/);
    const res = await workerFetch(`${LOCAL}/oauth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_name: "no redirect" }),
    });
    expect(res.status).toBe(400);
  });
});

describe("consent", () => {
  it("shows the client, the redirect host and only the person's projects with the scopes their role allows", async () => {
    const person = await editorOfA();
    const viewerOf = await createTenant(await instanceAdmin());
    await addMember(viewerOf.projectId, person.userId, "viewer");
    const clientId = await registerClient("Claude test");
    const request = authorizationQuery(clientId, (await pkce()).challenge);
    const res = await dashboard(person).auth.oauth.authorization.$get({ query: { request } });
    const details = await expectStatus(res, 200);
    expect(details).toMatchObject({ clientName: "Claude test", redirectHost: "127.0.0.1", redirectIsLoopback: true });
    expect(details.scopes).toEqual(["read", "write"]);
    const byId = new Map(details.projects.map((p) => [p.id, p]));
    expect(byId.get(a.projectId)).toMatchObject({ role: "editor", scopes: ["read", "write"] });
    expect(byId.get(viewerOf.projectId)).toMatchObject({ role: "viewer", scopes: ["read"] });
    expect(byId.has(b.projectId)).toBe(false);
  });

  it("refuses to grant a project the person is not a member of", async () => {
    const person = await editorOfA();
    const request = authorizationQuery(await registerClient(), (await pkce()).challenge);
    const res = await dashboard(person).auth.oauth.authorization.$post({ json: { request, projectId: b.projectId } });
    expect(res.status).toBe(404);
  });

  it("refuses an authorization request without PKCE, with plain PKCE, or with an unregistered redirect URI", async () => {
    const person = await editorOfA();
    const clientId = await registerClient();
    const { challenge } = await pkce();
    const bad = [
      authorizationQuery(clientId, challenge, { code_challenge: "" }),
      authorizationQuery(clientId, challenge, { code_challenge_method: "plain" }),
      authorizationQuery(clientId, challenge, { redirect_uri: "https://evil.example/cb" }),
    ];
    for (const request of bad) {
      const res = await dashboard(person).auth.oauth.authorization.$get({ query: { request } });
      expect(res.status, request).toBe(400);
    }
  });

  it("refuses a token exchange with the wrong code verifier, and the right code a second time", async () => {
    const person = await editorOfA();
    const clientId = await registerClient();
    const { verifier, challenge } = await pkce();
    const request = authorizationQuery(clientId, challenge);
    const approved = await expectStatus(
      dashboard(person).auth.oauth.authorization.$post({ json: { request, projectId: a.projectId } }),
      200,
    );
    const code = new URL(approved.redirectTo).searchParams.get("code") ?? "";
    expect(new URL(approved.redirectTo).searchParams.get("state")).toBe("st-123");
    const wrong = await exchangeCode(clientId, code, (await pkce()).verifier);
    expect(wrong).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect((await exchangeCode(clientId, code, verifier)).status).toBe(200);
    const reused = await exchangeCode(clientId, code, verifier);
    expect(reused).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("sends access_denied back to the client when the person declines", async () => {
    const person = await editorOfA();
    const request = authorizationQuery(await registerClient(), (await pkce()).challenge);
    const denied = await expectStatus(
      dashboard(person).auth.oauth.authorization.deny.$post({ json: { request } }),
      200,
    );
    const back = new URL(denied.redirectTo);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("st-123");
  });

  it("is for people only: an API key cannot grant access", async () => {
    const request = authorizationQuery(await registerClient(), (await pkce()).challenge);
    const res = await workerFetch(`${LOCAL}/api/v1/auth/oauth/authorization?${new URLSearchParams({ request })}`, {
      headers: { authorization: `Bearer ${a.admin}` },
    });
    expect(res.status).toBe(400);
  });
});

describe("MCP with an OAuth access token", () => {
  it("calls tools in the chosen project only: another project's id is not found", async () => {
    const token = await authorize(await editorOfA(), a.projectId);
    const client = await connectWithToken(token);
    const listed = (await client.callTool({ name: "list_technologies", arguments: {} })) as {
      structuredContent?: { data: { id: string }[] };
    };
    const ids = listed.structuredContent?.data.map((t) => t.id) ?? [];
    expect(ids).toContain(techA);
    expect(ids).not.toContain(techB);
    const foreign = (await client.callTool({ name: "get_technology", arguments: { id: techB } })) as {
      isError?: boolean;
      content: { text?: string }[];
    };
    expect(foreign.isError).toBe(true);
    expect(foreign.content[0]?.text).toMatch(/^not_found: /);
    await client.close();
  });

  it("writes as the person: the audit row names them and says mcp", async () => {
    const person = await editorOfA();
    const client = await connectWithToken(await authorize(person, a.projectId));
    const added = (await client.callTool({
      name: "add_technology",
      arguments: { title: `Via OAuth ${crypto.randomUUID().slice(0, 6)}`, domain: "infrastructure" },
    })) as { structuredContent?: { id: string } };
    await client.close();
    const row = await env.DB.prepare("select user_id, key_id, via from audit_log where entity_id = ?")
      .bind(added.structuredContent?.id ?? "")
      .first();
    expect(row).toEqual({ user_id: person.userId, key_id: null, via: "mcp" });
  });

  it("follows the person's role at each call: demoted to viewer, writes are refused; removed, the token is refused", async () => {
    const person = await editorOfA();
    const token = await authorize(person, a.projectId);
    await setRole(person, "viewer");
    const write = await rawToolCall(token, "add_technology", { title: "Refused", domain: "infrastructure" });
    expect(write.text).toContain("forbidden");
    const read = await rawToolCall(token, "list_technologies");
    expect(read.status).toBe(200);
    expect(read.text).not.toContain('isError":true');
    await env.DB.prepare("delete from memberships where user_id = ?").bind(person.userId).run();
    const gone = await rawToolCall(token, "list_technologies");
    expect(gone.status).toBe(401);
  });

  it("refuses an unknown token with 401 and keeps API keys working", async () => {
    expect((await rawToolCall("not-a-real-token", "list_technologies")).status).toBe(401);
    expect((await rawToolCall(a.read, "list_technologies")).status).toBe(200);
  });
});

describe("connected apps", () => {
  it("lists the person's grants and revokes one: the next call is refused", async () => {
    const person = await editorOfA();
    const token = await authorize(person, a.projectId);
    expect((await rawToolCall(token, "list_technologies")).status).toBe(200);
    const grants = await expectStatus(dashboard(person).auth.oauth.grants.$get(), 200);
    expect(grants.data).toHaveLength(1);
    const grant = grants.data[0];
    expect(grant).toMatchObject({ clientName: "Test assistant", projectId: a.projectId, scopes: ["read", "write"] });
    await expectStatus(
      dashboard(person).auth.oauth.grants[":grantId"].$delete({ param: { grantId: grant?.id ?? "" } }),
      204,
    );
    const refused = await rawToolCall(token, "list_technologies");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("resource_metadata=");
    expect((await expectStatus(dashboard(person).auth.oauth.grants.$get(), 200)).data).toHaveLength(0);
  });

  it("answers 404 for another person's grant and leaves it working", async () => {
    const owner = await editorOfA();
    const token = await authorize(owner, a.projectId);
    const [grant] = (await expectStatus(dashboard(owner).auth.oauth.grants.$get(), 200)).data;
    const other = await editorOfA();
    const res = await dashboard(other).auth.oauth.grants[":grantId"].$delete({ param: { grantId: grant?.id ?? "" } });
    expect(res.status).toBe(404);
    expect((await rawToolCall(token, "list_technologies")).status).toBe(200);
  });

  it("refuses a revocation without the CSRF token", async () => {
    const person = await editorOfA();
    await authorize(person, a.projectId);
    const [grant] = (await expectStatus(dashboard(person).auth.oauth.grants.$get(), 200)).data;
    const res = await workerFetch(`${LOCAL}/api/v1/auth/oauth/grants/${grant?.id}`, {
      method: "DELETE",
      headers: { cookie: person.cookie },
    });
    expect(res.status).toBe(403);
    expect((await expectStatus(dashboard(person).auth.oauth.grants.$get(), 200)).data).toHaveLength(1);
  });
});
