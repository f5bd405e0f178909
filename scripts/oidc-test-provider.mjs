// A real OpenID Connect provider for the end-to-end suite: `oidc-provider` on loopback with one
// confidential test client (code flow, PKCE, client_secret_basic) and one test account, signed in
// through the package's own development login and consent pages (Chromium fills them in).
// scripts/e2e.mjs starts it before `wrangler dev` and hands its issuer to the Worker as OIDC_PROVIDERS.
// Run alone: `node scripts/oidc-test-provider.mjs <port> <redirect-uri>` (prints the issuer; Ctrl-C stops it).
import { createServer } from "node:http";
import Provider from "oidc-provider";

/** The one account the provider knows: its login name, and the verified address it signs in with. */
export const TEST_ACCOUNT = { login: "sso-e2e", email: "sso-e2e@example.com", name: "Sso Person" };

/**
 * Starts the provider on 127.0.0.1 (`port` 0 picks a free one) for a client whose only redirect
 * URI is `redirectUri`. Resolves with the issuer URL, the client's credentials and `close()`.
 * @param {{ port?: number, redirectUri: string }} options
 */
export async function startOidcProvider({ port = 0, redirectUri }) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  const client = { id: "commandcenter-e2e", secret: `e2e-secret-${crypto.randomUUID()}` };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: [crypto.randomUUID()] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      if (id !== TEST_ACCOUNT.login) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: TEST_ACCOUNT.email, email_verified: true, name: TEST_ACCOUNT.name };
        },
      };
    },
  });
  // Development-mode warnings (dev keys, dev interactions) are expected here and only noise.
  provider.on("server_error", (_ctx, err) => console.error(`oidc-provider: ${err.message}`));
  server.on("request", provider.callback());
  return {
    issuer,
    client,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port = "0", redirectUri = "http://127.0.0.1:8787/api/v1/auth/sso/local/callback"] = process.argv.slice(2);
  const idp = await startOidcProvider({ port: Number(port), redirectUri });
  console.log(JSON.stringify({ issuer: idp.issuer, clientId: idp.client.id, clientSecret: idp.client.secret }));
}
