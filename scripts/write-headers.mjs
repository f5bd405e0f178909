// After `react-router build`: writes build/client/_headers, the headers the static assets (the
// dashboard) are served with: the page policy of shared/csp.ts with the hashes of index.html's
// inline scripts, and the common security headers. `--hsts` adds Strict-Transport-Security (the
// production deploy passes it; a local server on plain HTTP has no use for it).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMMON_SECURITY_HEADERS, HSTS, inlineScripts, pagePolicy } from "../shared/csp.ts";

const dir = join(import.meta.dirname, "..", "build", "client");
const html = readFileSync(join(dir, "index.html"), "utf8");
const hashes = inlineScripts(html).map((s) => createHash("sha256").update(s).digest("base64"));
const headers = {
  "Content-Security-Policy": pagePolicy(hashes),
  ...COMMON_SECURITY_HEADERS,
  ...(process.argv.includes("--hsts") ? { "Strict-Transport-Security": HSTS } : {}),
};
const lines = ["/*", ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ""];
writeFileSync(join(dir, "_headers"), lines.join("\n"));
console.log(`wrote build/client/_headers (${hashes.length} inline script hashes)`);
