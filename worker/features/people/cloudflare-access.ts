import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { AppError } from "../../lib/errors";

/** The request header Cloudflare Access adds to every request it lets through. */
export const ACCESS_HEADER = "cf-access-jwt-assertion";

/** How to check an Access token: who must have issued it, for which application, with which keys. */
export interface AccessConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

const remoteKeys = new Map<string, JWTVerifyGetKey>();

/**
 * The Access settings of this deployment, or null when Access sign-in is not configured. Remote
 * key sets are kept per isolate, so the team's keys are fetched once and refreshed by `jose` when
 * a token names a key it has not seen.
 */
export function accessConfig(env: Env): AccessConfig | null {
  const team = env.CF_ACCESS_TEAM_DOMAIN?.trim().replace(/\/+$/, "");
  const audience = env.CF_ACCESS_AUD?.trim();
  if (!team || !audience) return null;
  const issuer = team.startsWith("https://") ? team : `https://${team}`;
  if (env.CF_ACCESS_JWKS) return { issuer, audience, keys: createLocalJWKSet(JSON.parse(env.CF_ACCESS_JWKS)) };
  const certs = `${issuer}/cdn-cgi/access/certs`;
  let keys = remoteKeys.get(certs);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(certs));
    remoteKeys.set(certs, keys);
  }
  return { issuer, audience, keys };
}

/**
 * The verified e-mail address in an Access token: signature against the team's keys (RS256
 * only), issuer, audience and expiry all checked by `jose`. Anything else answers 401 with the
 * reason (never the token).
 */
export async function verifyAccessToken(config: AccessConfig, token: string): Promise<{ email: string }> {
  let email: unknown;
  try {
    const { payload } = await jwtVerify(token, config.keys, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ["RS256"],
    });
    email = payload.email;
  } catch (err) {
    throw new AppError("unauthorized", `Cloudflare Access token refused: ${reason(err)}`);
  }
  if (typeof email !== "string" || !email.includes("@")) {
    throw new AppError("unauthorized", "Cloudflare Access token refused: it names no e-mail address");
  }
  return { email: email.toLowerCase() };
}

function reason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return "expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `wrong ${err.claim}`;
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) {
    return "not signed by this team's keys";
  }
  return "malformed";
}
