import { type OAuthClientProvider, UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from "@modelcontextprotocol/sdk/shared/auth.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, BASE, launch, newProject, openPage, screenshot, WIDTHS } from "./support";

const LINK = process.env.CC_E2E_OAUTH_SIGN_IN_LINK ?? "";
/** Nothing listens here: Chromium's navigation to it is caught, which is how the code reaches the test. */
const REDIRECT = "http://127.0.0.1:8904/callback";

/** The MCP client's side of OAuth, kept in memory as a desktop assistant would keep it on disk. */
class MemoryProvider implements OAuthClientProvider {
  client?: OAuthClientInformationMixed;
  saved?: OAuthTokens;
  verifier = "";
  authorizationUrl?: URL;
  readonly redirectUrl = REDIRECT;
  readonly clientMetadata: OAuthClientMetadata = {
    client_name: "E2E assistant",
    redirect_uris: [REDIRECT],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: "none",
    scope: "read write",
  };
  clientInformation = () => this.client;
  saveClientInformation = (info: OAuthClientInformationMixed) => {
    this.client = info;
  };
  tokens = () => this.saved;
  saveTokens = (tokens: OAuthTokens) => {
    this.saved = tokens;
  };
  redirectToAuthorization = (url: URL) => {
    this.authorizationUrl = url;
  };
  saveCodeVerifier = (verifier: string) => {
    this.verifier = verifier;
  };
  codeVerifier = () => this.verifier;
}

/** Connects with the official SDK client; on 401 the provider has been sent to authorization. */
async function connect(
  provider: MemoryProvider,
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), { authProvider: provider });
  const client = new Client({ name: "e2e-oauth", version: "1.0.0" });
  await client.connect(transport);
  return { client, transport };
}

/** Approves on the consent page for `projectName` and returns the code the browser was sent back with. */
async function consent(page: Page, url: URL, projectName: string): Promise<string> {
  let code = "";
  await page.route(`${REDIRECT}**`, async (route) => {
    code = new URL(route.request().url()).searchParams.get("code") ?? "";
    await route.fulfill({ status: 200, contentType: "text/plain", body: "You can close this window." });
  });
  await page.goto(url.toString());
  await page.getByText("E2E assistant").waitFor();
  await page.getByRole("radio", { name: new RegExp(projectName) }).check();
  await page.getByRole("button", { name: "Allow" }).click();
  await page.waitForURL(`${REDIRECT}**`);
  return code;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("OAuth for MCP with the official SDK client", () => {
  it("registers, gets consent in the dashboard, calls a tool, and is refused once the grant is revoked", async () => {
    expect(LINK, "scripts/e2e.mjs passes CC_E2E_OAUTH_SIGN_IN_LINK").not.toBe("");
    const project = await newProject("OAuth");
    const title = `Seen through OAuth ${Date.now()}`;
    await api("POST", "/technologies", { project: project.id, body: { title } });
    const projectName = (await api<{ name: string }>("GET", `/projects/${project.id}`)).name;

    const provider = new MemoryProvider();
    await expect(connect(provider)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(provider.client?.client_id, "dynamic registration").toBeTruthy();
    const authorizationUrl = provider.authorizationUrl;
    expect(authorizationUrl?.pathname).toBe("/authorize");
    expect(authorizationUrl?.searchParams.get("code_challenge_method")).toBe("S256");

    const { context, page } = await openPage(browser);
    await page.goto(`/signin#link=${LINK}`);
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    if (!authorizationUrl) throw new Error("the SDK did not start authorization");

    const shots = await openPage(browser, WIDTHS.mobile);
    await shots.context.addCookies(await context.cookies());
    for (const [p, name] of [
      [page, "oauth-consent-1280"],
      [shots.page, "oauth-consent-375"],
    ] as const) {
      await p.goto(authorizationUrl.toString());
      await p.getByText("E2E assistant").waitFor();
      await p.getByRole("radio", { name: new RegExp(projectName) }).check();
      await screenshot(p, name);
    }
    await shots.context.close();

    const code = await consent(page, authorizationUrl, projectName);
    expect(code).not.toBe("");
    const first = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), { authProvider: provider });
    await first.finishAuth(code);
    expect(provider.saved?.access_token).toBeTruthy();
    expect(provider.saved?.scope?.split(" ").sort(), "the owner's grant holds both scopes").toEqual(["read", "write"]);

    const { client } = await connect(provider);
    const listed = (await client.callTool({ name: "list_technologies", arguments: { q: title } })) as {
      structuredContent?: { data: { title: string }[] };
    };
    expect(listed.structuredContent?.data.map((t) => t.title)).toEqual([title]);
    await client.close();

    await page.goto("/settings");
    const row = page.getByRole("row", { name: /E2E assistant/ });
    await row.waitFor();
    await row.getByRole("button", { name: "Revoke E2E assistant" }).click();
    await row.waitFor({ state: "detached" });

    const refused = await fetch(`${BASE}/mcp`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${provider.saved?.access_token}`,
        accept: "application/json, text/event-stream",
        "content-type": "application/json",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("resource_metadata=");
    const again = new MemoryProvider();
    again.client = provider.client;
    again.saved = provider.saved ? { ...provider.saved, refresh_token: undefined } : undefined;
    await expect(connect(again)).rejects.toBeInstanceOf(UnauthorizedError);
    await context.close();
  });
});
