/** Worker secrets (wrangler secret put / .dev.vars); never in wrangler.toml, never logged. */
interface Env {
  /** Optional GitHub token for analysing private repositories and a higher API rate limit. */
  GITHUB_TOKEN?: string;
}
