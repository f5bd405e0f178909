import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/** The origins `CORS_ALLOWED_ORIGINS` lists (comma-separated), or none. `*` means any origin. */
export function allowedOrigins(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/$/, ""))
    .filter(Boolean);
}

const handlers = new Map<string, MiddlewareHandler>();

/**
 * CORS for the API, off unless `CORS_ALLOWED_ORIGINS` names origins: then those origins (or any,
 * for `*`) may call it with the `Authorization` and `X-Project-Id` headers. Credentials (cookies)
 * are never allowed: the API takes bearer keys, so `*` never meets credentials.
 */
export function apiCors() {
  return createMiddleware<AppEnv>(async function apiCors(c, next) {
    const setting = c.env.CORS_ALLOWED_ORIGINS ?? "";
    const origins = allowedOrigins(setting);
    if (origins.length === 0) return next();
    let handler = handlers.get(setting);
    if (!handler) {
      handler = cors({
        origin: origins.includes("*") ? "*" : origins,
        allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
        allowHeaders: ["Authorization", "Content-Type", "X-Project-Id", "X-Request-Id", "If-Match"],
        exposeHeaders: ["X-Request-Id", "ETag", "Location", "Retry-After", "RateLimit", "RateLimit-Policy"],
        credentials: false,
        maxAge: 600,
      });
      handlers.set(setting, handler);
    }
    return handler(c, next);
  });
}
