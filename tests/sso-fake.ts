import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { vi } from "vitest";
import { SSO_TEST_CLIENT, SSO_TEST_GITHUB, SSO_TEST_ISSUER } from "./sso-config";

/** Claims an ID token is signed with, overridable to make a token the Worker must refuse. */
export interface IdTokenClaims {
  email?: string;
  email_verified?: boolean;
  iss?: string;
  aud?: string;
  nonce?: string;
  exp?: number;
  /** Leave the e-mail out of the ID token so the Worker has to ask the userinfo endpoint. */
  emailOnlyInUserinfo?: boolean;
  /** Sign with a key the issuer's key set does not hold. */
  stranger?: boolean;
}

interface Grant {
  redirectUri: string;
  challenge: string;
  nonce: string;
  claims: IdTokenClaims;
  used: boolean;
}

type Keys = { privateKey: CryptoKey; jwk: JWK };

const s256 = async (verifier: string) =>
  btoa(
    String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)))),
  )
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

async function keyPair(kid: string): Promise<Keys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

const json = (body: unknown, status = 200) => Response.json(body, { status });

/**
 * A small OpenID Connect issuer and GitHub for the workerd tests, reached through a spied global
 * `fetch`: discovery, JWKS, a token endpoint that checks client secret, redirect URI, PKCE and
 * single use of each code and signs real RS256 ID tokens, userinfo; GitHub's token, `/user` and
 * `/user/emails`. `authorize` plays the provider's consent screen and returns the code.
 */
export class FakeProviders {
  private readonly grants = new Map<string, Grant>();
  private readonly userinfo = new Map<string, Record<string, unknown>>();
  private readonly gitHubGrants = new Map<string, { challenge: string; emails: unknown[]; used: boolean }>();
  private readonly gitHubTokens = new Map<string, unknown[]>();

  private constructor(
    private readonly issuerKeys: Keys,
    private readonly strangerKeys: Keys,
  ) {}

  /** Makes the fakes and routes the Worker's outbound fetch to them for the rest of the file. */
  static async install(): Promise<FakeProviders> {
    const fake = new FakeProviders(await keyPair("issuer-1"), await keyPair("issuer-1"));
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => fake.answer(new Request(input, init)));
    return fake;
  }

  /** The OIDC provider approves the sign-in an authorization URL asks for; returns the code. */
  authorize(authorizationUrl: string, claims: IdTokenClaims = {}): string {
    const q = new URL(authorizationUrl).searchParams;
    const code = crypto.randomUUID();
    this.grants.set(code, {
      redirectUri: q.get("redirect_uri") ?? "",
      challenge: q.get("code_challenge") ?? "",
      nonce: q.get("nonce") ?? "",
      claims,
      used: false,
    });
    return code;
  }

  /** GitHub approves the sign-in for an account with these `/user/emails` entries; returns the code. */
  authorizeGitHub(authorizationUrl: string, emails: { email: string; primary: boolean; verified: boolean }[]): string {
    const code = crypto.randomUUID();
    const challenge = new URL(authorizationUrl).searchParams.get("code_challenge") ?? "";
    this.gitHubGrants.set(code, { challenge, emails, used: false });
    return code;
  }

  private async answer(req: Request): Promise<Response> {
    const url = new URL(req.url);
    if (url.origin === SSO_TEST_ISSUER) return this.oidc(req, url.pathname);
    if (url.origin === SSO_TEST_GITHUB.web || url.origin === SSO_TEST_GITHUB.api) return this.gitHub(req, url.pathname);
    return new Response("no such host in the test", { status: 502 });
  }

  private async oidc(req: Request, path: string): Promise<Response> {
    if (path === "/.well-known/openid-configuration") {
      return json({
        issuer: SSO_TEST_ISSUER,
        authorization_endpoint: `${SSO_TEST_ISSUER}/authorize`,
        token_endpoint: `${SSO_TEST_ISSUER}/token`,
        jwks_uri: `${SSO_TEST_ISSUER}/jwks`,
        userinfo_endpoint: `${SSO_TEST_ISSUER}/userinfo`,
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (path === "/jwks") return json({ keys: [this.issuerKeys.jwk] });
    if (path === "/userinfo") {
      const info = this.userinfo.get(req.headers.get("authorization")?.replace("Bearer ", "") ?? "");
      return info ? json(info) : json({ error: "invalid_token" }, 401);
    }
    if (path !== "/token" || req.method !== "POST") return json({ error: "not_found" }, 404);
    const expected = `Basic ${btoa(`${SSO_TEST_CLIENT.id}:${SSO_TEST_CLIENT.secret}`)}`;
    if (req.headers.get("authorization") !== expected) return json({ error: "invalid_client" }, 401);
    const form = new URLSearchParams(await req.text());
    const grant = this.grants.get(form.get("code") ?? "");
    if (!grant || grant.used) return json({ error: "invalid_grant" }, 400);
    grant.used = true;
    if (form.get("redirect_uri") !== grant.redirectUri) return json({ error: "invalid_grant" }, 400);
    if ((await s256(form.get("code_verifier") ?? "")) !== grant.challenge) return json({ error: "invalid_grant" }, 400);
    const c = grant.claims;
    const sub = `sub-${crypto.randomUUID()}`;
    const email = {
      email: c.email ?? `ada-${crypto.randomUUID()}@example.com`,
      email_verified: c.email_verified ?? true,
    };
    const now = Math.floor(Date.now() / 1000);
    const keys = c.stranger ? this.strangerKeys : this.issuerKeys;
    const idToken = await new SignJWT({ nonce: c.nonce ?? grant.nonce, ...(c.emailOnlyInUserinfo ? {} : email) })
      .setProtectedHeader({ alg: "RS256", kid: keys.jwk.kid })
      .setIssuer(c.iss ?? SSO_TEST_ISSUER)
      .setAudience(c.aud ?? SSO_TEST_CLIENT.id)
      .setSubject(sub)
      .setIssuedAt(now - 5)
      .setExpirationTime(c.exp ?? now + 300)
      .sign(keys.privateKey);
    const accessToken = crypto.randomUUID();
    this.userinfo.set(accessToken, { sub, ...email, name: "Ada Lovelace" });
    return json({ id_token: idToken, access_token: accessToken, token_type: "Bearer", expires_in: 300 });
  }

  private async gitHub(req: Request, path: string): Promise<Response> {
    if (path === "/login/oauth/access_token" && req.method === "POST") {
      const form = new URLSearchParams(await req.text());
      if (form.get("client_id") !== SSO_TEST_GITHUB.clientId || form.get("client_secret") !== SSO_TEST_GITHUB.secret) {
        return json({ error: "incorrect_client_credentials" });
      }
      const grant = this.gitHubGrants.get(form.get("code") ?? "");
      if (!grant || grant.used || (await s256(form.get("code_verifier") ?? "")) !== grant.challenge) {
        return json({ error: "bad_verification_code" });
      }
      grant.used = true;
      const token = `gho_${crypto.randomUUID()}`;
      this.gitHubTokens.set(token, grant.emails);
      return json({ access_token: token, token_type: "bearer", scope: "read:user,user:email" });
    }
    const emails = this.gitHubTokens.get(req.headers.get("authorization")?.replace("Bearer ", "") ?? "");
    if (!emails) return json({ message: "Bad credentials" }, 401);
    if (path === "/user")
      return json({ login: "octo-test", name: "Octo Test", avatar_url: "https://avatars.example.test/1" });
    if (path === "/user/emails") return json(emails);
    return json({ message: "Not Found" }, 404);
  }
}
