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
  /** Optional GitHub token for analysing private repositories and a higher API rate limit. */
  GITHUB_TOKEN?: string;
  /** Key material for secrets stored in D1 (webhook and GitHub secrets); AES-GCM key derived with HKDF. */
  ENCRYPTION_KEY?: string;
}
