import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { type Caller, callerOf, doorOf } from "../../middleware/auth";

/**
 * How the MCP endpoint learns who calls: the caller of a request, or an `AppError` ("unauthorized"
 * answers 401 with `challenge` as `WWW-Authenticate`). A caller may come with a guard still to
 * pass (see `Caller`); the endpoint serves inside it and holds the answer until it has passed.
 * The API key is the one way in today; an OAuth authenticator plugs in here with its own challenge.
 */
export interface McpAuthenticator {
  authenticate(c: Context<AppEnv>): Promise<Caller>;
  challenge(c: Context<AppEnv>): string;
}

/**
 * `Authorization: Bearer <API key>`, verified exactly as the REST API verifies it. Every MCP call
 * is a POST, reads included, so a key this isolate knows always defers its revocation check to
 * the request's first read batch: writes wait for it (`GuardedD1`, and write tools before they
 * start), and no answer leaves before it has passed.
 */
export const apiKeyAuthenticator: McpAuthenticator = {
  authenticate: (c) => callerOf(doorOf(c), true),
  challenge: () => 'Bearer realm="commandcenter", error="invalid_token"',
};
