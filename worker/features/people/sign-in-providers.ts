import { z } from "@hono/zod-openapi";
import { AppError } from "../../lib/errors";
import { allowsPrivateTargets, targetProblem } from "../../lib/outbound-policy";

/** An OpenID Connect provider as a deployer configures it in `OIDC_PROVIDERS`. */
const OidcSetting = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/),
    name: z.string().min(1).max(60).optional(),
    issuer: z.string().url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.string().optional(),
  })
  .strict();

/** An OpenID Connect provider this deployment trusts. */
export interface OidcProvider {
  type: "oidc";
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
}

/** GitHub's OAuth app: its web and API base URLs are settings so tests can point them at a local fake. */
export interface GitHubProvider {
  type: "github";
  id: "github";
  name: string;
  clientId: string;
  clientSecret: string;
  webUrl: string;
  apiUrl: string;
}

export type SignInProvider = OidcProvider | GitHubProvider;

/**
 * Every identity provider this deployment trusts, in the order the sign-in page shows them:
 * the OpenID Connect providers of the `OIDC_PROVIDERS` secret (a JSON list of `{ id, name?,
 * issuer, clientId, clientSecret, scopes? }`), then GitHub when `GITHUB_CLIENT_ID` and
 * `GITHUB_CLIENT_SECRET` are set. A malformed `OIDC_PROVIDERS` is a deployment error (500 with a
 * message naming the setting, never its content).
 */
export function signInProviders(env: Env): SignInProvider[] {
  const list: SignInProvider[] = [];
  if (env.OIDC_PROVIDERS?.trim()) {
    let parsed: z.infer<typeof OidcSetting>[];
    try {
      parsed = z.array(OidcSetting).max(20).parse(JSON.parse(env.OIDC_PROVIDERS));
    } catch {
      throw new AppError("internal", "the OIDC_PROVIDERS setting is not a valid JSON list of providers");
    }
    for (const p of parsed) {
      if (p.id === "github") throw new AppError("internal", "OIDC_PROVIDERS: the id 'github' is reserved");
      const issuer = p.issuer.replace(/\/+$/, "");
      list.push({ type: "oidc", ...p, issuer, name: p.name ?? p.id, scopes: p.scopes ?? "openid email profile" });
    }
  }
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    list.push({
      type: "github",
      id: "github",
      name: "GitHub",
      clientId: env.GITHUB_CLIENT_ID,
      clientSecret: env.GITHUB_CLIENT_SECRET,
      webUrl: (env.GITHUB_OAUTH_URL || "https://github.com").replace(/\/+$/, ""),
      apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    });
  }
  return list;
}

/** The configured provider with this id, or a 404. */
export function signInProvider(env: Env, id: string): SignInProvider {
  const found = signInProviders(env).find((p) => p.id === id);
  if (!found) throw new AppError("not_found", `no sign-in provider '${id}' is configured here`);
  return found;
}

/**
 * `fetch` for a call to an identity provider, under the Worker's outbound policy: https only
 * (plain http and loopback only where private targets are allowed, i.e. the local server and
 * tests), no credentials in the URL, no redirects followed. A refusal or an unreachable provider
 * answers 401 naming the provider, never a 5xx.
 */
export async function providerFetch(env: Env, what: string, url: string, init?: RequestInit): Promise<Response> {
  const local = allowsPrivateTargets(env);
  const problem = targetProblem(url, local) ?? (!local && !url.startsWith("https://") ? "must use https" : null);
  if (problem) throw new AppError("unauthorized", `sign-in refused: the provider's ${what} URL ${problem}`);
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: "manual" });
  } catch {
    throw new AppError("unauthorized", `sign-in failed: the provider's ${what} could not be reached`);
  }
  if (res.status >= 300 && res.status < 400) {
    throw new AppError("unauthorized", `sign-in refused: the provider's ${what} answered with a redirect`);
  }
  return res;
}
