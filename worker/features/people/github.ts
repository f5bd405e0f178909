import { AppError } from "../../lib/errors";
import { type GitHubProvider, providerFetch } from "./sign-in-providers";
import type { PendingSignIn } from "./sign-in-requests";

const refuse = (why: string) => new AppError("unauthorized", `GitHub sign-in refused: ${why}`);

/** GitHub's authorization URL for this sign-in (OAuth app: `user:email` scope, state, PKCE S256). */
export function gitHubAuthorizationUrl(provider: GitHubProvider, pending: PendingSignIn, redirectUri: string): string {
  const url = new URL(`${provider.webUrl}/login/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: provider.clientId,
    redirect_uri: redirectUri,
    scope: "read:user user:email",
    state: pending.state,
    code_challenge: pending.codeChallenge,
    code_challenge_method: "S256",
    allow_signup: "false",
  }).toString();
  return url.toString();
}

async function api(env: Env, provider: GitHubProvider, path: string, token: string): Promise<unknown> {
  const res = await providerFetch(env, `API ${path}`, `${provider.apiUrl}${path}`, {
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/vnd.github+json",
      "user-agent": "CommandCenter",
      "x-github-api-version": "2022-11-28",
    },
  });
  if (!res.ok) throw refuse(`the API answered ${res.status} for ${path}`);
  return res.json().catch(() => null);
}

/**
 * Finishes a GitHub sign-in: code (with the PKCE verifier) → access token → `/user` and
 * `/user/emails`. Only the account's primary address, and only when GitHub has verified it,
 * signs in: a secondary or unverified address could belong to someone else.
 */
export async function gitHubIdentity(
  env: Env,
  provider: GitHubProvider,
  input: { code: string; codeVerifier: string; redirectUri: string },
): Promise<{ email: string; name?: string; avatarUrl?: string }> {
  const form = new URLSearchParams({
    client_id: provider.clientId,
    client_secret: provider.clientSecret,
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.codeVerifier,
  });
  const res = await providerFetch(env, "token endpoint", `${provider.webUrl}/login/oauth/access_token`, {
    method: "POST",
    headers: { accept: "application/json" },
    body: form,
  });
  const body: unknown = await res.json().catch(() => null);
  const token = typeof body === "object" && body !== null && "access_token" in body ? body.access_token : null;
  if (!res.ok || typeof token !== "string") throw refuse("the code was not accepted");
  const [user, emails] = await Promise.all([
    api(env, provider, "/user", token),
    api(env, provider, "/user/emails", token),
  ]);
  const primary = Array.isArray(emails)
    ? emails.find((e): e is { email: string; verified: boolean } => typeof e === "object" && e?.primary === true)
    : undefined;
  if (!primary || typeof primary.email !== "string") throw refuse("the account has no primary e-mail address");
  if (primary.verified !== true) throw refuse("the account's primary e-mail address is not verified");
  const profile = typeof user === "object" && user !== null ? (user as Record<string, unknown>) : {};
  const name = typeof profile.name === "string" && profile.name ? profile.name : profile.login;
  return {
    email: primary.email.toLowerCase(),
    name: typeof name === "string" ? name : undefined,
    avatarUrl: typeof profile.avatar_url === "string" ? profile.avatar_url : undefined,
  };
}
