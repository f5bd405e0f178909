/** Worker secrets (wrangler secret put / .dev.vars); never in wrangler.toml, never logged. */
interface Env {
  /** Optional GitHub token for analysing private repositories and a higher API rate limit. */
  GITHUB_TOKEN?: string;
  /** Key material for secrets stored in D1 (webhook and GitHub secrets); AES-GCM key derived with HKDF. */
  ENCRYPTION_KEY?: string;
  /** Optional: hostnames (comma-separated) whose browser pages may call /mcp besides localhost. */
  MCP_ALLOWED_ORIGINS?: string;
}
