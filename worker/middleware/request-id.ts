import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import type { AuthVariables } from "./auth";

/** At the door a request may or may not come to carry a key (public routes never do). */
interface DoorEnv {
  Bindings: Env;
  Variables: AppEnv["Variables"] & Partial<AuthVariables>;
}

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Accepts a caller's `X-Request-Id` when it is a sane token, otherwise generates one; echoes it on
 * the response and emits one JSON log line per request, unless `LOG_FORMAT` is "text" (`npm start`,
 * where wrangler prints the readable line). The key prefix is logged, never a secret.
 */
export function requestContext() {
  return createMiddleware<DoorEnv>(async function requestContext(c, next) {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && VALID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", requestId);
    const started = performance.now();
    await next();
    c.header("X-Request-Id", requestId);
    if (c.env.LOG_FORMAT === "text") return;
    const principal = c.get("principal");
    console.log(
      JSON.stringify({
        level: "info",
        msg: "request",
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        requestId,
        keyPrefix: principal?.prefix ?? null,
      }),
    );
  });
}
