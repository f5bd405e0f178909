import { localhostAllowedOrigins, originValidationResponse } from "@modelcontextprotocol/server";

/**
 * DNS rebinding protection: a browser request (one with an `Origin`) is served only from a
 * localhost origin (the MCP Inspector, a local client) or a host listed in `MCP_ALLOWED_ORIGINS`
 * (comma-separated hostnames). Requests without an `Origin`, as non-browser clients send them,
 * pass. The request's own Host is not trusted: under DNS rebinding it is the attacker's name.
 */
export function refuseForeignOrigin(request: Request, env: Env): Response | undefined {
  const configured = (env.MCP_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return originValidationResponse(request, [...localhostAllowedOrigins(), ...configured]);
}
