import { createRoute } from "@hono/zod-openapi";
import { AppError } from "../../lib/errors";
import { createAuthRouter, createRouter, errors, json, jsonBody } from "../../lib/openapi";
import { SessionInfo, SignedOutEverywhere, SignInLinkBody } from "./auth.schema";
import { ACCESS_HEADER, accessConfig, verifyAccessToken } from "./cloudflare-access";
import { personByEmail, sessionInfo } from "./people.service";
import { assertSameOrigin, clearSessionCookie, sessionToken, setSessionCookie } from "./session-cookie";
import { consumeSignInLink, endAllSessions, endSession, startSession } from "./sessions.service";

const tags = ["Sign-in"];

/** Sign-in routes that need no key or session: they are how a browser gets one. */
export const signInRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-in-link",
      tags,
      summary: "Spend a single-use sign-in link: sets the session cookie",
      security: [],
      request: { body: jsonBody(SignInLinkBody) },
      responses: { 200: json(SessionInfo, "Signed in"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      assertSameOrigin(c);
      const db = c.get("db");
      const userId = await consumeSignInLink(db, c.req.valid("json").token);
      const session = await startSession(db, userId, sessionToken(c));
      setSessionCookie(c, session.token, session.expiresAt);
      c.header("Cache-Control", "no-store");
      return c.json(await sessionInfo(db, userId, session.csrfToken), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/cloudflare-access",
      tags,
      summary: "Sign in with the Cf-Access-Jwt-Assertion that Cloudflare Access adds: sets the session cookie",
      security: [],
      responses: { 200: json(SessionInfo, "Signed in"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      assertSameOrigin(c);
      const config = accessConfig(c.env);
      if (!config) throw new AppError("not_found", "sign-in through Cloudflare Access is not configured here");
      const token = c.req.header(ACCESS_HEADER);
      if (!token) throw new AppError("unauthorized", "missing Cf-Access-Jwt-Assertion header");
      const db = c.get("db");
      const userId = await personByEmail(db, (await verifyAccessToken(config, token)).email);
      const session = await startSession(db, userId, sessionToken(c));
      setSessionCookie(c, session.token, session.expiresAt);
      c.header("Cache-Control", "no-store");
      return c.json(await sessionInfo(db, userId, session.csrfToken), 200);
    },
  );

const notASession = () => new AppError("bad_request", "this request carries an API key, not a session");

/** The caller's own session: who is signed in, sign-out, and sign-out everywhere. */
export const sessionRoutes = createAuthRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/session",
      tags,
      summary: "The signed-in person, their CSRF token and their projects (session cookie only)",
      responses: { 200: json(SessionInfo, "The session"), ...errors(400, 401) },
    }),
    async (c) => {
      const principal = c.get("principal");
      if (principal.kind !== "person") throw notASession();
      c.header("Cache-Control", "no-store");
      return c.json(await sessionInfo(c.get("db"), principal.userId, principal.csrfToken), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-out",
      tags,
      summary: "End this session and clear its cookie",
      responses: { 204: { description: "Signed out" }, ...errors(400, 401, 403) },
    }),
    async (c) => {
      const principal = c.get("principal");
      if (principal.kind !== "person") throw notASession();
      await endSession(c.get("db"), principal.sessionId);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-out-everywhere",
      tags,
      summary: "End every session of the signed-in person, on every device",
      responses: { 200: json(SignedOutEverywhere, "Signed out everywhere"), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const principal = c.get("principal");
      if (principal.kind !== "person") throw notASession();
      const ended = await endAllSessions(c.get("db"), principal.userId);
      clearSessionCookie(c);
      return c.json({ ended }, 200);
    },
  );
