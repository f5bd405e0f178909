import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../worker/index";
import { ORIGIN } from "./client";

/**
 * The Worker's real fetch handler with some bindings or variables replaced: a binding taken away,
 * another namespace in a binding's place, or a production setting. Runs inside workerd like
 * every other test; only the env object differs.
 */
export async function fetchWithEnv(
  path: string,
  overrides: Partial<Record<keyof Env, unknown>>,
  init?: RequestInit,
): Promise<Response> {
  const ctx = createExecutionContext();
  const changed = { ...env, ...overrides } as Env;
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), changed, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}
