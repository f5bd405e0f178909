import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError } from "../../lib/errors";
import { createRouter, errors, json } from "../../lib/openapi";
import { gitHubAuthorizationUrl, gitHubIdentity } from "./github";
import { oidcAuthorizationUrl, oidcIdentity } from "./oidc.service";
import { personByEmail } from "./people.service";
import { assertSameOrigin, sameText, sessionToken, setSessionCookie } from "./session-cookie";
import { startSession } from "./sessions.service";
import { signInProvider, signInProviders } from "./sign-in-providers";
import { beginSignIn, finishSignIn } from "./sign-in-requests";
import { ProviderParam, SignInProviderList, SsoCallbackQuery, SsoStart } from "./sso.schema";

const tags = ["Sign-in"];
/** Holds the state of the sign-in this browser started, so a callback made in another browser is refused. */
const STATE_COOKIE = "cc_sso_state";
const STATE_PATH = "/api/v1/auth/sso/";

const callbackUrl = (c: Context, provider: string) => `${new URL(c.req.url).origin}${STATE_PATH}${provider}/callback`;

/**
 * Sign-in through an identity provider: the configured providers (for the sign-in page's
 * buttons), the start (state, nonce and PKCE verifier kept in D1, the state also in a short-lived
 * HttpOnly cookie), and the callback the provider redirects back to, which checks both, verifies
 * the identity, finds or creates the person by verified e-mail and starts a session.
 */
export const ssoRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/providers",
      tags,
      summary: "The identity providers this deployment signs in with (no secrets)",
      security: [],
      responses: { 200: json(SignInProviderList, "Configured providers") },
    }),
    (c) => {
      const providers = signInProviders(c.env).map(({ id, name, type }) => ({ id, name, type }));
      return c.json({ providers }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sso/{provider}/start",
      tags,
      summary: "Start signing in with a provider: answers the URL to open, sets a short-lived state cookie",
      security: [],
      request: { params: ProviderParam },
      responses: { 200: json(SsoStart, "Open authorizationUrl"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      assertSameOrigin(c);
      const provider = signInProvider(c.env, c.req.valid("param").provider);
      const pending = await beginSignIn(c.get("db"), provider.id);
      const redirectUri = callbackUrl(c, provider.id);
      const authorizationUrl =
        provider.type === "github"
          ? gitHubAuthorizationUrl(provider, pending, redirectUri)
          : await oidcAuthorizationUrl(c.env, provider, pending, redirectUri);
      setCookie(c, STATE_COOKIE, pending.state, {
        httpOnly: true,
        sameSite: "Lax",
        secure: new URL(c.req.url).protocol === "https:",
        path: STATE_PATH,
        maxAge: 600,
      });
      c.header("Cache-Control", "no-store");
      return c.json({ authorizationUrl }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/sso/{provider}/callback",
      tags,
      summary: "Where the provider sends the browser back: signs in and redirects to the dashboard",
      security: [],
      request: { params: ProviderParam, query: SsoCallbackQuery },
      responses: { 303: { description: "Signed in: on to the dashboard" }, ...errors(400, 401, 404) },
    }),
    async (c) => {
      const provider = signInProvider(c.env, c.req.valid("param").provider);
      const query = c.req.valid("query");
      const cookieState = getCookie(c, STATE_COOKIE) ?? "";
      deleteCookie(c, STATE_COOKIE, { path: STATE_PATH, secure: new URL(c.req.url).protocol === "https:" });
      if (query.error) throw new AppError("unauthorized", `${provider.name} refused the sign-in: ${query.error}`);
      if (!query.code || !query.state) throw new AppError("bad_request", "the callback needs code and state");
      if (provider.type === "oidc" && query.iss !== undefined && query.iss !== provider.issuer) {
        throw new AppError("unauthorized", "sign-in refused: the response names another issuer (RFC 9207)");
      }
      if (!sameText(cookieState, query.state)) {
        throw new AppError(
          "unauthorized",
          "sign-in refused: the state does not match the sign-in this browser started",
        );
      }
      const db = c.get("db");
      const { nonce, codeVerifier } = await finishSignIn(db, provider.id, query.state);
      const redirectUri = callbackUrl(c, provider.id);
      const identity =
        provider.type === "github"
          ? await gitHubIdentity(c.env, provider, { code: query.code, codeVerifier, redirectUri })
          : await oidcIdentity(c.env, provider, { code: query.code, codeVerifier, nonce, redirectUri });
      const userId = await personByEmail(db, identity.email, identity);
      const session = await startSession(db, userId, sessionToken(c));
      setSessionCookie(c, session.token, session.expiresAt);
      c.header("Cache-Control", "no-store");
      return c.redirect("/signin", 303);
    },
  );
