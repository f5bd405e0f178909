import { z } from "@hono/zod-openapi";
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWK, type JWTPayload, jwtVerify } from "jose";
import { AppError } from "../../lib/errors";
import { type OidcProvider, providerFetch } from "./sign-in-providers";
import type { PendingSignIn } from "./sign-in-requests";

/** The parts of a provider's discovery document (`.well-known/openid-configuration`) sign-in uses. */
const DiscoveryDoc = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  userinfo_endpoint: z.string().url().optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});
type Discovery = z.infer<typeof DiscoveryDoc>;

const KeySet = z.object({ keys: z.array(z.custom<JWK>((k) => typeof k === "object" && k !== null)) });

const CACHE_MS = 3600_000;
const discoveries = new Map<string, { doc: Discovery; at: number }>();
const keySets = new Map<string, { keys: JSONWebKeySet; at: number }>();
const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

const refuse = (why: string) => new AppError("unauthorized", `sign-in refused: ${why}`);

async function jsonFrom(res: Response, what: string): Promise<Record<string, unknown>> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok || typeof body !== "object" || body === null)
    throw refuse(`the provider's ${what} answered ${res.status}`);
  return body as Record<string, unknown>;
}

/**
 * The provider's discovery document, fetched once an hour per isolate. Its `issuer` must equal
 * the configured issuer exactly (OpenID Connect Discovery §4.3), and every endpoint it names goes
 * through the outbound policy when it is called.
 */
export async function discover(env: Env, provider: OidcProvider): Promise<Discovery> {
  const cached = discoveries.get(provider.issuer);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.doc;
  const url = `${provider.issuer}/.well-known/openid-configuration`;
  const parsed = DiscoveryDoc.safeParse(
    await jsonFrom(await providerFetch(env, "discovery document", url), "discovery document"),
  );
  if (!parsed.success) throw refuse("the provider's discovery document lacks required endpoints");
  if (parsed.data.issuer !== provider.issuer) throw refuse("the discovery document names another issuer");
  discoveries.set(provider.issuer, { doc: parsed.data, at: Date.now() });
  return parsed.data;
}

/** The provider's authorization URL for this sign-in: code flow, PKCE S256, state and nonce. */
export async function oidcAuthorizationUrl(
  env: Env,
  provider: OidcProvider,
  pending: PendingSignIn,
  redirectUri: string,
): Promise<string> {
  const url = new URL((await discover(env, provider)).authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: provider.clientId,
    redirect_uri: redirectUri,
    scope: provider.scopes,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: pending.codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}

/** The provider's signing keys, refetched when a token names a key not seen yet (rotation). */
async function keysFor(env: Env, jwksUri: string, fresh: boolean): Promise<JSONWebKeySet> {
  const cached = keySets.get(jwksUri);
  if (cached && !fresh && Date.now() - cached.at < CACHE_MS) return cached.keys;
  const parsed = KeySet.safeParse(await jsonFrom(await providerFetch(env, "key set", jwksUri), "key set"));
  if (!parsed.success) throw refuse("the provider's key set is malformed");
  const keys: JSONWebKeySet = parsed.data;
  keySets.set(jwksUri, { keys, at: Date.now() });
  return keys;
}

/**
 * Checks an ID token with `jose`: signature against the issuer's JWKS (asymmetric algorithms
 * only), issuer, audience = our client id, expiry (one minute of clock skew) and the nonce this
 * sign-in sent. Returns its claims or a 401 saying which check failed.
 */
export async function verifyIdToken(
  env: Env,
  provider: OidcProvider,
  doc: Discovery,
  idToken: string,
  nonce: string,
): Promise<JWTPayload> {
  const algorithms = (doc.id_token_signing_alg_values_supported ?? ["RS256"]).filter((a) => ASYMMETRIC.includes(a));
  const options = { issuer: provider.issuer, audience: provider.clientId, algorithms, clockTolerance: 60 };
  let payload: JWTPayload;
  try {
    payload = (await jwtVerify(idToken, createLocalJWKSet(await keysFor(env, doc.jwks_uri, false)), options)).payload;
  } catch (err) {
    if (!(err instanceof errors.JWKSNoMatchingKey)) throw refuse(`ID token ${reason(err)}`);
    try {
      payload = (await jwtVerify(idToken, createLocalJWKSet(await keysFor(env, doc.jwks_uri, true)), options)).payload;
    } catch (again) {
      throw refuse(`ID token ${reason(again)}`);
    }
  }
  if (payload.nonce !== nonce) throw refuse("ID token has the wrong nonce");
  return payload;
}

function reason(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof errors.JWTExpired) return "expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `has the wrong ${err.claim}`;
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) {
    return "is not signed by the issuer's keys";
  }
  return "is malformed";
}

/** The token endpoint's answer: the ID token, and the access token for the userinfo endpoint. */
async function exchangeCode(
  env: Env,
  provider: OidcProvider,
  doc: Discovery,
  code: string,
  codeVerifier: string,
  redirectUri: string,
): Promise<{ idToken: string; accessToken: string | null }> {
  const form = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri });
  form.set("code_verifier", codeVerifier);
  const headers: Record<string, string> = { accept: "application/json" };
  const methods = doc.token_endpoint_auth_methods_supported ?? ["client_secret_basic"];
  if (methods.includes("client_secret_basic")) {
    const enc = (s: string) => encodeURIComponent(s).replaceAll("%20", "+");
    headers.authorization = `Basic ${btoa(`${enc(provider.clientId)}:${enc(provider.clientSecret)}`)}`;
  } else {
    form.set("client_id", provider.clientId);
    form.set("client_secret", provider.clientSecret);
  }
  const res = await providerFetch(env, "token endpoint", doc.token_endpoint, { method: "POST", headers, body: form });
  const body = await jsonFrom(res, "token endpoint");
  if (typeof body.id_token !== "string") throw refuse("the token endpoint returned no ID token");
  return { idToken: body.id_token, accessToken: typeof body.access_token === "string" ? body.access_token : null };
}

/**
 * Finishes an OpenID Connect sign-in: exchanges the code (with the PKCE verifier), verifies the
 * ID token, and returns the person's verified e-mail address and profile. The address comes from
 * the ID token, else from the userinfo endpoint (for the same `sub`); either way it must come
 * with `email_verified: true`, since the person is found by it.
 */
export async function oidcIdentity(
  env: Env,
  provider: OidcProvider,
  input: { code: string; codeVerifier: string; nonce: string; redirectUri: string },
): Promise<{ email: string; name?: string; avatarUrl?: string }> {
  const doc = await discover(env, provider);
  const tokens = await exchangeCode(env, provider, doc, input.code, input.codeVerifier, input.redirectUri);
  let claims: Record<string, unknown> = await verifyIdToken(env, provider, doc, tokens.idToken, input.nonce);
  if (typeof claims.email !== "string" && doc.userinfo_endpoint && tokens.accessToken) {
    const headers = { authorization: `Bearer ${tokens.accessToken}`, accept: "application/json" };
    const info = await jsonFrom(await providerFetch(env, "userinfo", doc.userinfo_endpoint, { headers }), "userinfo");
    if (info.sub !== claims.sub) throw refuse("the userinfo answer is for another subject");
    claims = { ...claims, ...info };
  }
  if (typeof claims.email !== "string" || !claims.email.includes("@")) throw refuse("the provider gave no e-mail");
  if (claims.email_verified !== true) throw refuse("the provider has not verified this e-mail address");
  return {
    email: claims.email.toLowerCase(),
    name: typeof claims.name === "string" ? claims.name : undefined,
    avatarUrl: typeof claims.picture === "string" ? claims.picture : undefined,
  };
}
