import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { AppError } from "../lib/errors";

/** What a request body may weigh unless its route says otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Route-level limits, so the app-wide default can step aside for them. */
const routeLimits = new WeakSet<MiddlewareHandler>();

const tooLarge = (maxSize: number, message: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError("payload_too_large", message);
    },
  });

/**
 * A route's own body limit, in its `createRoute({ middleware })`, for routes that take archives
 * or uploads; `message` is the 413's text.
 */
export function routeBodyLimit(maxSize: number, message: string): MiddlewareHandler {
  const handler = tooLarge(maxSize, message);
  routeLimits.add(handler);
  return handler;
}

/** The default limit (1 MiB) for every route that declares none of its own. */
export function defaultBodyLimit() {
  const fallback = tooLarge(DEFAULT_BODY_LIMIT, "request body is larger than 1 MiB");
  return createMiddleware(async function defaultBodyLimit(c, next) {
    if (matchedRoutes(c).some((route) => routeLimits.has(route.handler))) return next();
    return fallback(c, next);
  });
}
