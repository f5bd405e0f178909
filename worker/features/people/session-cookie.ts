import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError } from "../../lib/errors";

/** The session cookie's name. */
export const SESSION_COOKIE = "cc_session";

/** The header a cookie-authenticated write must carry, holding the session's CSRF token. */
export const CSRF_HEADER = "x-csrf-token";

/** The session token a request's cookie carries, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/**
 * Sets the session cookie: HttpOnly (page scripts never see it), SameSite=Lax (not sent on
 * cross-site subrequests or form posts), and Secure whenever the request came over https, which
 * it always does in production; plain http is left for the local loopback server.
 */
export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    expires: expiresAt,
  });
}

/** A sign-in posted from another site is refused (login CSRF: it would sign the browser in as someone else). */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header("origin");
  if (origin && origin !== new URL(c.req.url).origin) {
    throw new AppError("forbidden", "cross-site sign-in refused: Origin does not match this site");
  }
}

/** Clears the session cookie in the browser. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: new URL(c.req.url).protocol === "https:" });
}

/**
 * Refuses a write made with the session cookie unless it comes from this origin's own pages: a
 * present `Origin` must be this origin, `Sec-Fetch-Site` (when the browser sends it) must not be
 * cross-site, and the `X-CSRF-Token` header must equal the session's token. A cross-site form can
 * set none of the headers; a script elsewhere cannot read the token.
 */
export function assertSameOriginWrite(c: Context, csrfToken: string): void {
  const origin = c.req.header("origin");
  if (origin && origin !== new URL(c.req.url).origin) {
    throw new AppError("forbidden", "cross-site request refused: Origin does not match this site");
  }
  const site = c.req.header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("forbidden", "cross-site request refused");
  }
  if (!sameText(c.req.header(CSRF_HEADER) ?? "", csrfToken)) {
    throw new AppError("forbidden", `missing or wrong ${CSRF_HEADER} header for a write made with a session cookie`);
  }
}

/** Constant-time string equality (for tokens). */
export function sameText(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y);
}
