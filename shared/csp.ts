/**
 * The Content-Security-Policy of the pages this project serves, shared by the Worker (pages it
 * answers itself: the API reference and the dashboard fallback) and the build (the `_headers` file
 * the static assets are served with). Scripts run only from this origin or when their inline text
 * hashes to one of the page's own hashes; styles allow inline attributes (React's `style={}` and
 * the API reference's themes set them); images may be data: or blob: URLs (radar export).
 */

/** The texts of a page's inline `<script>` elements, in order, as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    if (!/\bsrc\s*=/i.test(attrs) && body.length > 0) out.push(body);
  }
  return out;
}

/**
 * The policy of an HTML page whose inline scripts hash (base64 SHA-256) to `scriptHashes`.
 * `allowEval` is for the API reference only: its bundled zod probes `new Function("")` on load,
 * which a policy without `'unsafe-eval'` reports as a violation (the reference works either way).
 */
export function pagePolicy(scriptHashes: string[], { allowEval = false } = {}): string {
  const sources = ["'self'", ...(allowEval ? ["'unsafe-eval'"] : []), ...scriptHashes.map((h) => `'sha256-${h}'`)];
  return [
    "default-src 'self'",
    `script-src ${sources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of every answer that is not a page (JSON, text, files): nothing may load from it. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The headers every answer carries, pages and data alike. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** HTTP Strict Transport Security for production (two years, subdomains included). */
export const HSTS = "max-age=63072000; includeSubDomains";
