/** Worker secrets and optional settings (wrangler secret put / .dev.vars); never logged. */
interface Env {
  /**
   * Cloudflare Access sign-in: the team domain (`https://<team>.cloudflareaccess.com`, the tokens'
   * issuer, whose `/cdn-cgi/access/certs` holds the signing keys) and the application's audience
   * tag. Sign-in through Access is off unless both are set.
   */
  CF_ACCESS_TEAM_DOMAIN?: string;
  CF_ACCESS_AUD?: string;
  /** A JSON Web Key Set to trust instead of fetching the team's keys (tests, air-gapped installs). */
  CF_ACCESS_JWKS?: string;
  /**
   * Sign-in with OpenID Connect: a JSON list of `{ "id", "name"?, "issuer", "clientId",
   * "clientSecret", "scopes"? }` (`wrangler secret put OIDC_PROVIDERS`). Each provider's redirect
   * URI is `<origin>/api/v1/auth/sso/<id>/callback`.
   */
  OIDC_PROVIDERS?: string;
  /** Sign-in with GitHub (an OAuth app; callback `<origin>/api/v1/auth/sso/github/callback`). Off unless both are set. */
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  /** GitHub's web and API base URLs (default https://github.com and https://api.github.com; GitHub Enterprise or a test fake). */
  GITHUB_OAUTH_URL?: string;
  GITHUB_API_URL?: string;
  /** Optional GitHub token for analysing private repositories and a higher API rate limit. */
  GITHUB_TOKEN?: string;
  /** Key material for secrets stored in D1 (webhook and GitHub secrets); AES-GCM key derived with HKDF. */
  ENCRYPTION_KEY?: string;
  /** Optional: hostnames (comma-separated) whose browser pages may call /mcp besides localhost. */
  MCP_ALLOWED_ORIGINS?: string;
  /** Bearer token a Prometheus scraper sends to `GET /metrics`; unset, the metrics are off. */
  METRICS_TOKEN?: string;
  /**
   * Not a secret: `npm start` sets "text" (with `--var`) so the Worker leaves the request line to
   * wrangler's own `GET /path 200 OK (3ms)`; anything else (production, tests) logs JSON lines.
   */
  LOG_FORMAT?: string;
  /**
   * Not a secret: "off" stops recording the HTTP request families (`commandcenter_http_*`), so an
   * operator can measure what they cost (`BENCH_METRICS_COMPARE=1 npm run bench:api`) or shed it;
   * unset or anything else records them. Every other family is unaffected.
   */
  METRICS?: string;
}
